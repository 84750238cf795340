"""The search page as a visitor sees it: results, facets, pages, empty state,
promotions, the query log and the autocomplete endpoint."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_results_show_type_title_highlighted_summary_and_keep_the_query(client):
    html = _get(client, "/tr/search/?q=egitmen+egitimi")
    assert 'value="egitmen egitimi"' in html
    assert "Grup mentorluğunu kuruma kalıcı kılmak: eğitmen eğitimi" in html
    assert re.search(r'class="search-result__type">İyi uygulama<', html)
    assert "<mark>" in html


def test_english_page_lists_english_results_only(client):
    html = _get(client, "/en/search/?q=reverse+mentoring")
    assert "Young Mentor: Reverse Mentoring Programme" in html
    assert "Tersine Mentorluk" not in html


def test_facets_count_and_filter_by_type(client):
    html = _get(client, "/en/search/?q=mentoring")
    match = re.search(r'<a href="(\?[^"]*type=resources.trainingmaterialpage[^"]*)" data-facet="type">[^<]*<span class="search-facet__count">\((\d+)\)', html)
    assert match, "a type facet for training materials"
    url, count = match.group(1).replace("&amp;", "&"), int(match.group(2))
    filtered = _get(client, "/en/search/" + url)
    assert f"{count} result" in filtered
    assert filtered.count('class="card search-result"') == min(count, 10)
    assert 'aria-current="true"' in filtered  # the chosen option is marked and removable


def test_facets_by_programme_and_theme(client):
    html = _get(client, "/en/search/?q=mentoring")
    assert 'data-facet="programme"' in html and "Group Mentoring for Care Staff" in html
    theme = re.search(r'<a href="(\?[^"]*theme=[^"]*)" data-facet="theme">', html).group(1).replace("&amp;", "&")
    assert "results for" in _get(client, "/en/search/" + theme)


def test_pagination_keeps_query_and_filters(client):
    first = _get(client, "/tr/search/?q=mentor")
    assert 'rel="next"' in first
    second = _get(client, "/tr/search/?q=mentor&page=2")
    assert 'aria-current="page"><span class="visually-hidden">' in second
    assert 'href="?q=mentor&amp;page=1"' in second


def test_empty_state_suggests_calls_and_library(client):
    html = _get(client, "/tr/search/?q=zzxqv")
    assert "No results" in html or "sonuç" in html
    tr = Locale.objects.get(language_code="tr")
    calls = Page.objects.get(content_type__model="callindexpage", locale=tr)
    library = Page.objects.get(content_type__model="resourceindexpage", locale=tr)
    assert f'href="{calls.url}"' in html and f'href="{library.url}"' in html


def test_empty_query_shows_just_the_form(client):
    html = _get(client, "/tr/search/")
    assert 'id="search-query"' in html and "search-result" not in html


def test_queries_are_logged_for_editors_once_per_search(client):
    _get(client, "/tr/search/?q=Dijital")
    _get(client, "/tr/search/?q=dijital&page=2")
    assert Query.objects.get(query_string="dijital").hits == 1


def test_promoted_page_comes_first_even_typed_without_turkish_letters(client):
    tr = Locale.objects.get(language_code="tr")
    contact = Page.objects.get(locale=tr, slug="iletisim")
    SearchPromotion.objects.create(query=Query.get("eğitim"), page=contact, description="Eğitim soruları için bize yazın.", sort_order=0)
    html = _get(client, "/tr/search/?q=egitim")
    assert html.index("search-result--promoted") < html.index('class="card search-result"')
    assert "Eğitim soruları için bize yazın." in html


def test_autocomplete_returns_titles_by_folded_prefix(client):
    response = client.get("/tr/search/autocomplete/?q=cevrim ic")
    titles = [item["title"] for item in response.json()["results"]]
    assert "Çevrim içi mentor oryantasyon eğitimi" in titles
    assert client.get("/tr/search/autocomplete/?q=c").json() == {"results": []}


def test_search_only_answers_get(client):
    assert client.post("/tr/search/", {"q": "x"}).status_code == 405


def test_query_is_escaped(client):
    html = _get(client, "/tr/search/?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert" not in html


@pytest.mark.parametrize(("url", "expected", "jargon"), [
    ("/en/search/?q=mentoring", {"News", "Event", "Programme", "Training material", "Good practice", "Call"}, {"News page", "Event page", "Programme page", "Standard page"}),
    ("/tr/search/?q=mentorluk", {"Haber", "Etkinlik", "Program", "Eğitim materyali", "İyi uygulama", "Çağrı"}, {"Haber sayfası", "Etkinlik sayfası", "Program sayfası", "Standart sayfa"}),
])
def test_page_types_are_named_as_visitors_say_them(client, url, expected, jargon):
    html = _get(client, url)
    facet_labels = {label.strip() for label in re.findall(r'data-facet="type">([^<]+)<span', html)}
    result_types = set(re.findall(r'class="search-result__type">([^<]+)<', html))
    assert expected <= facet_labels, facet_labels
    assert not (facet_labels | result_types) & jargon


@pytest.mark.parametrize(("url", "pattern"), [
    ("/tr/search/?q=mentorluk", r'<a href="#results-heading">(\d+) sonuca git</a>'),
    ("/en/search/?q=mentoring", r'<a href="#results-heading">Go to the (\d+) results</a>'),
])
def test_a_link_before_the_filters_leads_to_the_results(client, url, pattern):
    """On a phone the filters come first; the link skips them (hidden on wide screens by CSS)."""
    html = _get(client, url)
    count = int(re.search(pattern, html).group(1))
    assert re.search(rf'id="results-heading">[^<]*{count}', html)
    assert html.index('href="#results-heading"') < html.index('id="facets-heading"')


def test_results_page_queries_do_not_grow_with_the_results(client):
    """Queries grow with the page types shown, never with the number of results."""
    from home.models import HomePage, StandardPage
    from tests.integration.resources.library_support import count_queries

    home = HomePage.objects.get(locale__language_code="en")

    def add_pages(start, count):
        for number in range(start, start + count):
            page = home.add_child(instance=StandardPage(title=f"Kestane mentoring notes {number}", slug=f"kestane-notes-{number}", intro="Mentoring in practice."))
            page.save_revision().publish()

    url = "/en/search/?q=kestane"  # a word only these pages have: 3 results, then 28

    def result_count():
        return int(re.search(r'id="results-heading">(\d+) result', client.get(url).content.decode()).group(1))

    add_pages(0, 3)
    few, before = count_queries(client, url), result_count()
    add_pages(3, 25)
    assert before == 3 and result_count() == 28
    assert count_queries(client, url) <= few  # fewer page types on the first page may need fewer
