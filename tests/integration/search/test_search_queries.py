"""Issue 14: each part of the results page reads the database once, whatever page types a search finds, and
shows what it showed when it read them type by type: the cards are the pages' specific rows, the facets their
programmes and themes, private pages stay out though nothing is read before the search, and every search is
counted for the editors."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction

from home.models import HomePage, NewsPage, StandardPage
from programs.models import CallPage, ProgramPage, Theme
from search import service
from search.facets import PROGRAMME, THEME, facet_values
from search.hits import FIELDS, Hit
from search.specific import specific_pages

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def _counted(function, *args):
    """``function(*args)`` and how many queries it ran, after a first call (Django and Wagtail keep content types
    in per-process memory, filled by the first request of a process)."""
    function(*args)
    with CaptureQueriesContext(connection) as ctx:
        result = function(*args)
    return result, len(ctx.captured_queries)


def _hits(language):
    pages = service.readable_pages(language).order_by("path").values_list(*FIELDS)
    return [Hit(*row) for row in pages]


def _fields(page) -> dict:
    return {field.attname: getattr(page, field.attname) for field in type(page)._meta.concrete_fields}


def test_the_shown_results_are_their_specific_pages_read_in_one_query():
    hits = _hits("en")
    shown, queries = _counted(specific_pages, hits)
    reference = {page.pk: page for page in Page.objects.filter(pk__in=[hit.pk for hit in hits]).specific()}
    assert queries == 1
    assert len({type(page) for page in shown}) >= 8, "every kind of demo page"
    assert [page.pk for page in shown] == [hit.pk for hit in hits]  # in the results' order
    for page in shown:
        assert type(page) is type(reference[page.pk])
        assert _fields(page) == _fields(reference[page.pk])
        assert page.search_summary() == reference[page.pk].search_summary()


def test_a_result_whose_page_is_gone_is_left_out():
    first, *_rest, last = _hits("en")
    home = HomePage.objects.get(locale__language_code="en")
    gone = home.add_child(instance=StandardPage(title="Kestane notes", slug="kestane-notes"))
    hits = [first, Hit(gone.pk, gone.content_type_id, gone.path, gone.translation_key, gone.title), last]
    gone.delete()
    assert [page.pk for page in specific_pages(hits)] == [first.pk, last.pk]


def test_the_facets_of_every_page_type_are_one_query_with_their_names_in_the_language():
    values, queries = _counted(facet_values, _hits("en"), "en")
    assert queries == 1
    rows = {pk: (type_key, programme, themes) for pk, type_key, programme, themes in values.rows}
    call = CallPage.objects.live().filter(locale__language_code="en").first()
    news = NewsPage.objects.filter(locale__language_code="en", programme__isnull=False).first()
    assert rows[call.pk][:2] == ("programs.callpage", str(call.get_parent().translation_key))  # the one it sits under
    assert rows[news.pk][1] == str(news.programme.translation_key)  # its programme field
    assert sorted(rows[news.pk][2]) == sorted(str(theme.translation_key) for theme in news.themes.all())
    assert values.labels[PROGRAMME][str(call.get_parent().translation_key)] == call.get_parent().title
    english = Theme.objects.filter(locale__language_code="en").first()
    assert values.labels[THEME][str(english.translation_key)] == english.name


def test_a_theme_without_a_translation_is_named_as_written_and_a_programme_without_one_is_no_option():
    en = Locale.objects.get(language_code="en")
    turkish_only = Theme.objects.create(locale=Locale.objects.get(language_code="tr"), name="Yalnız Türkçe tema", slug="yalniz")
    news = NewsPage.objects.filter(locale=en, programme__isnull=False).first()
    news.themes.add(turkish_only)
    news.save()
    turkish = ProgramPage.objects.get(translation_key=news.programme.translation_key, locale__language_code="tr")
    NewsPage.objects.filter(pk=news.pk).update(programme=turkish)
    Page.objects.filter(translation_key=turkish.translation_key, locale=en).update(translation_key=uuid.uuid4())
    values = facet_values([hit for hit in _hits("en") if hit.pk == news.pk], "en")
    assert values.rows[0][2] == str(turkish.translation_key)
    assert str(turkish.translation_key) not in values.labels[PROGRAMME]
    assert values.labels[THEME][str(turkish_only.translation_key)] == "Yalnız Türkçe tema"


@pytest.fixture
def private_notes():
    """A page and its child behind a view restriction the index has not heard of (no signal: bulk_create)."""
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(instance=StandardPage(title="Kestane private notes", slug="kestane-private"))
    page.save_revision().publish()
    child = page.add_child(instance=StandardPage(title="Kestane private child", slug="kestane-child"))
    child.save_revision().publish()
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)])
    return page, child


def test_private_pages_stay_out_though_the_restrictions_are_not_read_before_the_search(private_notes):
    page, child = private_notes
    assert not service.readable_pages("en").filter(pk__in=[page.pk, child.pk]).exists()
    assert list(service.search("kestane", "en").results) == []


def test_a_promoted_private_page_is_not_shown_and_an_external_link_is():
    en = Locale.objects.get(language_code="en")
    private = HomePage.objects.get(locale=en).get_children().live().first()
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=private, restriction_type=PageViewRestriction.LOGIN)])
    query = Query.get("kestane")
    SearchPromotion.objects.create(query=query, page=private, sort_order=0)
    SearchPromotion.objects.create(query=query, external_link_url="https://example.org/", external_link_text="Kestane", sort_order=1)
    picks, queries = _counted(service.promotions, "Kestane", "en")
    assert [pick.external_link_url for pick in picks] == ["https://example.org/"]
    assert queries == 1


def test_each_search_counts_for_the_editors_a_search_made_again_in_one_query():
    service.log_query("Kestane ağacı")
    with CaptureQueriesContext(connection) as ctx:
        service.log_query("KESTANE ağacı")
    assert len(ctx.captured_queries) == 1
    hits = QueryDailyHits.objects.get(query__query_string="kestane ağacı", date=timezone.localdate())
    assert hits.hits == 2
