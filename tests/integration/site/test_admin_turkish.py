"""The Turkish admin reads in Turkish: strings staff met in English (or in broken Turkish) on the main screens.

Wagtail's and wagtail-localize's Turkish catalogues leave many strings untranslated; the project's
catalogue (locale/tr, first in Django's lookup) overrides them. The workflow's name is a database row
and is shown through gettext (home/workflow_names.py).
"""

import html
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, Workflow
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from home import roles
from home.models import NewsPage
from programs.models import Institution
from tests.factories.site import news_index

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_tree")]


def logged_in(username, group, language=None):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client = Client()
    client.force_login(user)
    return client


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.get("Location"))
    return html.unescape(response.content.decode())


def wagtail_config(page_html):
    return json.loads(re.search(r'<script id="wagtail-config" type="application/json">(.*?)</script>', page_html, re.S).group(1))


@pytest.fixture
def about(about):
    """The Turkish about page (the root conftest's ``about`` builds both languages)."""
    return Page.objects.get(pk=about["tr"].pk)


@pytest.fixture
def translated_news(site_tree):
    """A Turkish news page translated into English with wagtail-localize (a synced translation)."""
    index = news_index(site_tree)("tr")
    page = NewsPage(title="Çeviri denemesi", slug="ceviri-denemesi", intro="Giriş.")
    index.add_child(instance=page)
    page.save_revision().publish()
    client = logged_in("cevirmen", roles.COMMUNICATIONS)
    english = Locale.objects.get(language_code="en")
    client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english.pk]})
    translation = Translation.objects.get(source__object_id=page.translation_key)
    return page, translation.get_target_instance(), translation


def test_page_editor_submits_to_the_workflow_in_turkish(about):
    editor = text(logged_in("iletisim", roles.COMMUNICATIONS), reverse("wagtailadmin_pages:edit", args=[about.pk]))
    assert 'value="Moderatör onayı için gönder"' in editor  # was "Gönderildi Moderators approval"
    assert "Gönderildi" not in editor and "Moderators approval" not in editor


def test_an_english_admin_user_still_sees_the_english_workflow_name(about):
    editor = text(logged_in("editor", roles.COMMUNICATIONS, language="en"), reverse("wagtailadmin_pages:edit", args=[about.pk]))
    assert 'value="Submit to Moderators approval"' in editor
    assert "Moderatör onayı" not in editor


def test_the_workflow_row_keeps_its_name_when_saved_from_a_turkish_screen():
    workflow = Workflow.objects.get(name="Moderators approval")
    assert workflow.name == "Moderatör onayı"  # shown in the active language (Turkish)
    workflow.save()
    workflow.tasks.get().specific.save()
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Moderators approval"]
    assert workflow.name == "Moderatör onayı"
    assert list(workflow.tasks.values_list("name", flat=True)) == ["Moderators approval"]


def test_snippet_bulk_selection_counts_in_turkish():
    listing = text(logged_in("iletisim", roles.COMMUNICATIONS), reverse("wagtailsnippets_programs_institution:list"))
    strings = wagtail_config(listing)["STRINGS"]["BULK_ACTIONS"]["SNIPPET"]
    assert strings["SINGULAR"] == "1 öğe seçildi"  # was "1 snippet seçildi"
    assert strings["PLURAL"] % {"objects": 3} == "3 öğe seçildi"


def test_applications_listing_heads_the_institution_column_in_turkish(applicant):
    assert Institution.objects.exists()
    listing = text(logged_in("sekreterya", roles.SECRETARIAT), reverse("programs_application:index"))
    assert "Institution name" not in listing
    assert re.search(r"<th[^>]*>\s*(<a[^>]*>)?\s*Kurum\b", listing)


def test_page_explorer_and_editor_read_in_turkish(about):
    client = logged_in("iletisim", roles.COMMUNICATIONS)
    explorer = text(client, reverse("wagtailadmin_explore", args=[about.get_parent().pk]))
    for english, turkish in [("Date updated", "Güncellenme tarihi"), ("Edited by", "Düzenleyen"), ("Filter by", "Filtrele")]:
        assert english not in explorer and turkish in explorer
    editor = text(client, reverse("wagtailadmin_pages:edit", args=[about.pk]))
    for english, turkish in [("Title tag", "Başlık etiketi"), ("For site menus", "Site menüleri için"),
                             ("Set publishing schedule", "Yayın zamanlamasını ayarla"), ("Content metrics", "İçerik ölçümleri")]:
        assert english not in editor and turkish in editor
    title_label = re.search(r'<label[^>]*for="id_title"[^>]*>(.*?)</label>', editor, re.S).group(1)
    assert "Başlık" in title_label and "Başla<" not in title_label  # wagtail.documents' catalogue said "start"


def test_moderator_reports_read_in_turkish():
    client = logged_in("moderator", roles.MODERATORS)
    locked = text(client, reverse("wagtailadmin_reports:locked_pages"))
    assert "Kilitli sayfalar" in locked and "Locked pages" not in locked
    history = text(client, reverse("wagtailadmin_reports:site_history"))
    assert "Site geçmişi" in history and "Site history" not in history and "Date / Time" not in history


def test_wagtail_localize_screens_read_in_turkish(translated_news):
    source, english, translation = translated_news
    client = logged_in("iletisim", roles.COMMUNICATIONS)

    explorer = text(client, reverse("wagtailadmin_explore", args=[source.get_parent().pk]))
    assert "Çevrilmiş sayfaları eşitle" in explorer and "Sync translated pages" not in explorer

    sync = text(client, reverse("wagtail_localize:update_translations", args=[translation.source.pk]))
    for english_text, turkish in [("Update existing translations", "Mevcut çevirileri güncelle"),
                                  ("Why would I sync my page?", "Sayfamı neden eşitlemeliyim?")]:
        assert english_text not in sync and turkish in sync

    editor = text(client, reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert "<title>Çeviri denemesi, English çevirisi" in editor  # "Translation of … into English"
    assert "Translation of" not in editor

    report = text(client, reverse("wagtail_localize:translations_report"))
    assert "Kaynak başlığı" in report and "Source title" not in report

    # the translation editor's buttons come from wagtail-localize's JavaScript catalogue
    catalogue_js = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});", catalogue_js, re.S).group(1))
    assert catalogue["Stop Synced translation"] == "Eşitlenmiş çeviriyi durdur"
    assert catalogue["Publish in "] == "Yayınla: "
    assert catalogue["segments translated"] == "bölüm çevrildi"
