"""The fast ranking paths give what the backends' own ranking gives.

search/postgres.py and search/sqlite.py return the best matches as rows
and count them in the same query (search/hits.py); these tests hold them
to the order and count of the slower, plain search on the same database,
and exercise the service's many-results path with a small facet limit.
"""

import pytest
from django.db import connection
from wagtail.models import Locale, Page

from search import service
from search.hits import best_hits
from search.text import build_query

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

QUERIES = [("tr", "mentorluk"), ("tr", "egitim"), ("tr", "belediye"), ("en", "mentoring"), ("en", "training"), ("en", "municipality")]


def _pages(language):
    return service.readable_pages(Locale.objects.get(language_code=language))


def _plain_ranking(results):
    """The backend's own order, without the fast path."""
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchResults

        plain = PostgresSearchResults(results.backend, results.query_compiler)
    else:
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchResults

        plain = SQLiteSearchResults(results.backend, results.query_compiler)
    return [page.pk for page in plain]


@pytest.mark.parametrize(("language", "query"), QUERIES)
def test_best_hits_have_the_backends_order_and_count(language, query):
    results = _pages(language).search(build_query(query))
    hits, total = best_hits(results, 200)
    expected = _plain_ranking(results)
    assert len(expected) > 3, f"{query!r} should match several demo pages"
    assert total == len(expected)
    if connection.vendor == "postgresql":
        assert [hit.pk for hit in hits] == expected[:200]
    else:  # bm25 differs from modelsearch's title-length factor on purpose (search/sqlite.py): same set
        assert sorted(hit.pk for hit in hits) == sorted(expected[:200])
    assert all(hit.title and hit.path and hit.content_type_id for hit in hits)


def test_a_small_candidate_cut_still_counts_every_match_and_ranks_what_it_keeps(monkeypatch):
    import search.postgres

    results = _pages("en").search(build_query("mentoring"))
    if connection.vendor == "postgresql":
        reference = _plain_ranking(results)
        monkeypatch.setattr(search.postgres, "CANDIDATES", 3)  # bodies ranked for the 3 best titles only
    else:
        reference = [page.pk for page in results]  # SQLite ranks every match in one query
    hits, total = best_hits(results, 2)
    assert total == len(reference) > 3
    picked = [hit.pk for hit in hits]
    assert len(picked) == 2
    assert picked == [pk for pk in reference if pk in picked]


def test_many_results_page_from_the_backend_with_the_count_from_the_search(monkeypatch):
    monkeypatch.setattr(service, "FACET_LIMIT", 3)
    tr = Locale.objects.get(language_code="tr")
    outcome = service.search("mentorluk", tr)
    everything = [page.pk for page in _pages("tr").search(build_query("mentorluk"))]
    assert len(everything) > 4
    assert outcome.results.count() == len(everything)
    shown = [item.pk for item in outcome.results[0:3]] + [page.pk for page in outcome.results[3:6]]
    assert len(set(shown)) == len(shown) and set(shown) <= set(everything)


def test_many_results_with_a_facet_chosen_keep_only_that_type(monkeypatch):
    monkeypatch.setattr(service, "FACET_LIMIT", 3)
    tr = Locale.objects.get(language_code="tr")
    everything = service.search("mentorluk", tr)
    chosen = everything.facets["type"][0]
    filtered = service.search("mentorluk", tr, service.Filters(type=chosen.key))
    pages = list(filtered.results[:10])
    assert pages and all(f"{page.specific._meta.app_label}.{page.specific._meta.model_name}" == chosen.key for page in pages)


def test_paging_past_the_best_hits_keeps_one_order(monkeypatch):
    """Pages after the best hits come from the backend's own ranking; they must
    continue the same order, so that no result shows twice and none is skipped.
    (On PostgreSQL the two agree while title matches outrank body-only ones,
    which the title weight makes the rule.)"""
    import search.postgres

    en = Locale.objects.get(language_code="en")
    # Room for every title match, fewer than all the matches: the cut is in play and drops only body-only pages.
    candidates = Page.objects.live().filter(locale=en, title__icontains="mentoring").count() + 2
    monkeypatch.setattr(service, "FACET_LIMIT", 4)
    monkeypatch.setattr(search.postgres, "CANDIDATES", candidates)
    results = service.search("mentoring", en).results
    total = results.count()
    assert total > candidates >= 12
    seen = [item.pk for start in range(0, 12, 4) for item in results[start : start + 4]]
    assert len(seen) == 12 and len(set(seen)) == 12, seen
    best, _total = best_hits(_pages("en").search(build_query("mentoring")), 12)
    assert seen == [hit.pk for hit in best]
