"""Page slugs are ASCII, folded the way Turkish sites write them (ç→c, ğ→g, ı→i, İ→i, ö→o, ş→s, ü→u),
however the page comes to be: the admin, code, a copy, a wagtail-localize translation; slugs already
stored are folded with a redirect from the old address."""

import html
import json
import os
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from demo.loader.common import key_uuid
from home.models import HomePage, StandardPage
from home.slugs import ascii_slug, fold_unicode_slugs
from programs.models import ProgramPage
from tests.integration.site.test_translation_flow import translate

pytestmark = pytest.mark.django_db

TITLE = "Kent bahçeleri ığüşöç İzmir"
FOLDED = "kent-bahceleri-igusoc-izmir"


@pytest.fixture
def home(site_tree):
    return HomePage.objects.get(locale__language_code="tr")


def test_turkish_letters_are_folded_not_dropped():
    assert ascii_slug(TITLE) == FOLDED
    assert ascii_slug("kent-bahçeleri-ılık-ÇĞİÖŞÜ") == "kent-bahceleri-ilik-cgiosu"
    assert ascii_slug("already-ascii_Slug-2") == "already-ascii_Slug-2"  # a valid ASCII slug is left alone


def test_the_admin_slug_widget_transliterates_in_the_browser(admin_client, home):
    page = admin_client.get(f"/admin/pages/add/home/standardpage/{home.pk}/").content.decode()
    widget = re.search(r'<input[^>]*name="slug"[^>]*>', page).group(0)
    attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', widget))
    # WAGTAIL_ALLOW_UNICODE_SLUGS = False: the attribute is left out, so Wagtail's JavaScript fills the
    # slug from the title with its Turkish map (never with "ç")…
    assert "data-w-slug-allow-unicode-value" not in widget
    assert attrs["data-w-slug-locale-value"] == "tr"
    # …and folds a hand-typed "ç" instead of deleting it.
    formatters = json.loads(html.unescape(attrs["data-w-slug-formatters-value"]))
    folded = TITLE
    for (pattern, _flags), replacement in formatters:
        folded = re.sub(pattern, replacement, folded)
    assert folded.lower().replace(" ", "-") == FOLDED


def test_a_page_created_in_the_admin_gets_an_ascii_slug(admin_client, home):
    # What reaches the server when the browser did not fold the slug (no JavaScript, or typed by hand).
    data = nested_form_data({"title": TITLE, "slug": "kent-bahçeleri-ığüşöç-izmir", "intro": "", "body": streamfield([])})
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(title=TITLE)
    assert page.slug == FOLDED
    assert page.url_path.endswith(f"/{FOLDED}/")
    assert page.get_latest_revision().content["slug"] == FOLDED


def test_the_admin_reports_a_folded_slug_that_is_taken(admin_client, home):
    home.add_child(instance=StandardPage(title="Bahçe", slug="bahce"))
    data = nested_form_data({"title": "Bahçe", "slug": "bahçe", "intro": "", "body": streamfield([])})
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 200  # the form again, with the error
    assert "'bahce'" in " ".join(response.context["form"].errors["slug"])
    assert StandardPage.objects.filter(title="Bahçe").count() == 1


def test_pages_made_by_code_get_ascii_slugs(home):
    page = home.add_child(instance=StandardPage(title=TITLE))  # slug made from the title
    assert page.slug == FOLDED
    typed = home.add_child(instance=StandardPage(title="Işık", slug="ışık-ve-gölge"))
    assert (typed.slug, typed.url) == ("isik-ve-golge", "/tr/isik-ve-golge/")
    typed.slug = "ılık-su"
    typed.save_revision().publish()
    assert Page.objects.get(pk=typed.pk).slug == "ilik-su"


def test_a_copy_gets_an_ascii_slug(home, about):
    about = StandardPage.objects.get(slug="hakkinda", locale__language_code="tr")
    copy = about.copy(update_attrs={"slug": "hakkında-kopyası", "title": "Hakkında (kopya)"})
    assert Page.objects.get(pk=copy.pk).slug == "hakkinda-kopyasi"


def test_a_slug_typed_in_the_translation_editor_is_folded_not_cut(django_capture_on_commit_callbacks, programmes):
    english = programmes["expert"]("en")
    copy = english.copy(update_attrs={"slug": "garden-cities", "title": "Garden cities"}, reset_translation_key=True)
    copy.save_revision().publish()
    # English source translated into Turkish; wagtail-localize alone would make "kent-bahceleri-lk".
    turkish = translate(copy, "tr", {"title": "Kent bahçeleri", "slug": "kent-bahçeleri-ılık"}, fallback=True,
                        on_commit=django_capture_on_commit_callbacks)
    assert turkish.slug == "kent-bahceleri-ilik"
    assert turkish.url.isascii()


def test_the_translate_action_gives_ascii_slugs(django_capture_on_commit_callbacks, programmes):
    turkish = programmes["expert"]("tr")
    copy = turkish.copy(update_attrs={"slug": "kent-bahçeleri-ılık", "title": "Kent bahçeleri ılık"}, reset_translation_key=True)
    copy.save_revision().publish()
    english = translate(copy, "en", {"title": "Garden cities"}, fallback=True, on_commit=django_capture_on_commit_callbacks)
    assert (Page.objects.get(pk=copy.pk).slug, english.slug) == ("kent-bahceleri-ilik", "kent-bahceleri-ilik")


def _plant_unicode_slug(page, slug):
    """A page as saved before slugs were ASCII: slug and the url_paths below it."""
    old = page.url_path
    new = old[: -len(page.slug) - 1] + slug + "/"
    for row in Page.objects.filter(path__startswith=page.path):
        Page.objects.filter(pk=row.pk).update(url_path=new + row.url_path[len(old):])
    Page.objects.filter(pk=page.pk).update(slug=slug)


def test_stored_unicode_slugs_are_folded_and_old_links_redirect(client, home):
    parent = home.add_child(instance=StandardPage(title="Kent bahçeleri", slug="kent-bahceleri"))
    parent.save_revision().publish()
    child = parent.add_child(instance=StandardPage(title="Ilık su", slug="ilik-su"))
    child.save_revision().publish()
    _plant_unicode_slug(parent, "kent-bahçeleri")
    _plant_unicode_slug(Page.objects.get(pk=child.pk), "ılık-su")
    assert client.get("/tr/kent-bahçeleri/ılık-su/").status_code == 200  # as it was served before

    assert fold_unicode_slugs() == [("/anasayfa/kent-bahçeleri/", "/anasayfa/kent-bahceleri/"),
                                    ("/anasayfa/kent-bahceleri/ılık-su/", "/anasayfa/kent-bahceleri/ilik-su/")]
    assert Page.objects.get(pk=parent.pk).slug == "kent-bahceleri"
    assert Page.objects.get(pk=child.pk).url == "/tr/kent-bahceleri/ilik-su/"
    response = client.get("/tr/kent-bahçeleri/")
    assert (response.status_code, response["Location"]) == (301, "/tr/kent-bahceleri/")
    response = client.get("/tr/kent-bah%C3%A7eleri/%C4%B1l%C4%B1k-su/")
    assert (response.status_code, response["Location"]) == (301, "/tr/kent-bahceleri/ilik-su/")
    # Both of the child's old addresses: under the parent's old slug and, once folded, its own.
    assert Redirect.objects.filter(redirect_page_id=child.pk).count() == 2
    assert fold_unicode_slugs() == []  # nothing left: idempotent


def test_folding_takes_a_free_slug_and_works_on_the_migrations_historical_models(home):
    home.add_child(instance=StandardPage(title="Bahçe", slug="bahce"))
    taken = home.add_child(instance=StandardPage(title="Bahçe 2", slug="bahce-x"))
    _plant_unicode_slug(taken, "bahçe")
    historical = MigrationExecutor(connection).loader.project_state(("home", "0004_ascii_slugs")).apps
    fold_unicode_slugs(historical)
    assert Page.objects.get(pk=taken.pk).slug == "bahce-2"


@pytest.mark.usefixtures("demo")  # about the demo loader itself
def test_every_demo_page_address_is_ascii_even_after_load_demo_runs_again():
    tr = Locale.objects.get(language_code="tr")
    programme = ProgramPage.objects.get(translation_key=key_uuid("programme:expert"), locale=tr)
    _plant_unicode_slug(programme, "uzman-mentor-programı")  # as an older demo might have stored it
    before = Page.objects.count()
    call_command("load_demo", stdout=open(os.devnull, "w"))
    assert Page.objects.count() == before  # found by translation key, not recreated under a new slug
    assert Page.objects.get(pk=programme.pk).slug == "uzman-mentor-programi"
    addresses = [page.url for page in Page.objects.filter(depth__gt=1).specific()]
    assert addresses and all(address.isascii() for address in addresses), [a for a in addresses if not a.isascii()]
