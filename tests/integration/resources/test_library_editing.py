"""Editors: every page type previews, can be scheduled, and its admin form is in Turkish."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from home.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from programs.models import ProgramIndexPage, ProgramPage
from resources.models import GoodPracticePage, ResourceIndexPage, TrainingMaterialPage

pytestmark = pytest.mark.django_db

PAGES = [  # (model, key in the ``pages`` fixture)
    (ProgramIndexPage, "programme_index"), (ProgramPage, "expert"),
    (ResourceIndexPage, "index"), (GoodPracticePage, "good_practice"),
    (TrainingMaterialPage, "training_material"),
    (NewsIndexPage, "news_index"), (NewsPage, "news"),
    (EventIndexPage, "events_index"), (EventPage, "event"),
]
IDS = [model.__name__ for model, _key in PAGES]


@pytest.fixture
def pages(library, programmes):
    """One page of every library, news, event and programme type, in both languages."""
    return {**programmes, **library, "programme_index": programmes["index"]}


def page_of(pages, model, key, language="tr"):
    page = pages[key](language)
    assert type(page) is model
    return page


@pytest.fixture
def turkish_editor(client):
    user = get_user_model().objects.create_superuser("editor-tr", "editor@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "tr"
    profile.save()
    client.force_login(user)
    return client


@pytest.mark.parametrize(("model", "key"), PAGES, ids=IDS)
def test_preview_renders(pages, model, key):
    page = page_of(pages, model, key)
    page.title = "Önizleme başlığı"
    response = page.make_preview_request()
    assert response.status_code == 200
    assert "Önizleme başlığı" in response.render().content.decode()


@pytest.mark.parametrize(("model", "key"), PAGES, ids=IDS)
def test_admin_edit_form_speaks_turkish(pages, turkish_editor, model, key):
    page = page_of(pages, model, key)
    html = turkish_editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'lang="tr"' in html
    soup = BeautifulSoup(html, "html.parser")
    publish = soup.select_one('button[name="action-publish"]')
    assert publish is not None and " ".join(publish.get_text().split()) == "Yayınla"
    save = [" ".join(button.get_text().split()) for button in soup.select("button.action-save")]
    assert "Taslağı kaydet" in save


def test_good_practice_form_labels_are_translated(pages, turkish_editor):
    page = page_of(pages, GoodPracticePage, "good_practice")
    html = turkish_editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for label in ("Neler yapıldı", "Kapsam", "Kaynak bağlantısı", "Belgeler ve görseller"):
        assert label in html


@pytest.mark.parametrize(("model", "key"), [p for p in PAGES if p[0] not in (ProgramIndexPage, ResourceIndexPage, NewsIndexPage, EventIndexPage)],
                         ids=[m.__name__ for m, _k in PAGES if m not in (ProgramIndexPage, ResourceIndexPage, NewsIndexPage, EventIndexPage)])
def test_scheduled_publishing(pages, client, model, key):
    original = page_of(pages, model, key)
    copy = original.copy(update_attrs={"slug": f"{original.slug}-zamanli", "live": False}, keep_live=False, reset_translation_key=True)
    copy.go_live_at = timezone.now() + timedelta(hours=2)
    revision = copy.save_revision()
    revision.publish()
    copy.refresh_from_db()
    assert not copy.live
    assert client.get(copy.get_url()).status_code == 404
    # Two hours pass: the scheduled time is now in the past.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled")
    copy.refresh_from_db()
    assert copy.live
    assert client.get(copy.get_url()).status_code == 200
