"""Only what anyone may read is indexed and found: no drafts, private or
expired pages, nothing personal (applications, matches, consents)."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index
from wagtail.search.models import IndexEntry

from demo.loader.common import data
from home.models import HomePage, StandardPage
from search import service

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


@pytest.fixture
def tr():
    return Locale.objects.get(language_code="tr")


@pytest.fixture
def home(tr):
    return HomePage.objects.get(locale=tr)


def _page(home, title, publish=True):
    page = home.add_child(instance=StandardPage(title=title, slug=title.lower().replace(" ", "-"), live=publish))
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    return Page.objects.get(pk=page.pk)


def _indexed(page) -> bool:
    return IndexEntry.objects.filter(object_id=str(page.pk)).exists()


def _found(query, locale) -> list[str]:
    return [page.title for page in service.search(query, locale).results]


def test_a_published_page_is_found_without_turkish_letters(home, tr):
    page = _page(home, "Zürafa gözlem günlüğü")
    assert _indexed(page)
    assert _found("zurafa gozlem", tr) == ["Zürafa gözlem günlüğü"]


def test_a_draft_is_never_indexed_nor_found(home, tr):
    page = _page(home, "Zürafa taslağı", publish=False)
    assert not _indexed(page)
    assert _found("zurafa", tr) == []


def test_unpublishing_takes_a_page_out_of_the_index(home, tr):
    page = _page(home, "Zürafa duyurusu")
    page.specific.unpublish()
    assert not _indexed(page)
    assert _found("zurafa", tr) == []


def test_a_private_page_and_its_children_leave_the_index_until_the_restriction_goes(home, tr):
    page = _page(home, "Zürafa iç belgesi")
    child = page.add_child(instance=StandardPage(title="Zürafa alt belgesi", slug="zurafa-alt"))
    child.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert not _indexed(page) and not _indexed(child)
    assert _found("zurafa", tr) == []
    restriction.delete()
    assert _indexed(page) and _indexed(child)
    assert sorted(_found("zurafa", tr)) == ["Zürafa alt belgesi", "Zürafa iç belgesi"]


def test_an_expired_page_is_not_found_even_before_the_scheduler_unpublishes_it(home, tr):
    page = _page(home, "Zürafa kampanyası")
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    assert _found("zurafa", tr) == []


def test_search_stays_in_the_current_language(home, tr):
    _page(home, "Zürafa sayfası")
    assert _found("zurafa", Locale.objects.get(language_code="en")) == []


@pytest.mark.parametrize("app_label", ["programs"])
def test_personal_records_are_not_searchable_models(app_label):
    personal = {"application", "applicationevent", "applicationattachment", "applicationdraft", "match", "consent", "meeting", "feedback"}
    models = {model._meta.model_name: model for model in apps.get_app_config(app_label).get_models()}
    assert personal & set(models), "the personal models moved; update this test"
    for name in personal & set(models):
        assert not issubclass(models[name], index.Indexed), f"{name} must never be indexed"
    assert not IndexEntry.objects.filter(content_type__model__in=personal).exists()


def test_no_page_holds_an_applicants_name(tr):
    for applicant in data("applications")["applicants"][:3]:
        outcome = service.search(applicant["name"], tr)
        # Single common words ("örnek") may appear on pages; the name as a whole must not.
        assert not (outcome.every_word and outcome.results.count()), applicant["name"]
