"""PostgreSQL full-text ranking for site search, in two cheap steps.

modelsearch ranks every match by ``ts_rank`` over title and body and
counts the matches in a second query: at 10,000 pages a broad word
matches thousands of rows, and reading every body vector twice took most
of the time of a search. Here one query matches on the body (which holds
the title's stems too, search/indexing.py), counts the matches with a
window function and keeps the best ``CANDIDATES`` by the cheap title
rank; a second query ranks only their bodies. When a search has no more
matches than that, the order is exactly modelsearch's (title rank ×
title norm + body rank, ties newest first); beyond it, a page with none of
the words in its title can only reach the results when fewer than
``CANDIDATES`` titles match.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Count, F, Window
from modelsearch.backends.database.postgres import postgres
from modelsearch.query import PlainText

from portal import prepared
from search.hits import FIELDS, Hit

#: Matches whose bodies are ranked; the best of them are the results.
CANDIDATES = 500


class PostgresSearchResults(postgres.PostgresSearchResults):
    def best_hits(self, limit: int, pages=None):
        """(hits, number of matches), or None for searches this does not cover.

        ``pages``, when given, is ``(build, *values)`` such that ``build(*values)`` is the queryset searched: the
        two queries are then built and compiled once per process (``portal.prepared``), the words given as the
        text of the search query."""
        compiler = self.query_compiler
        if not compiler.order_by_relevance or compiler.fields is not None or self._score_field or not isinstance(compiler.query, PlainText):
            return None
        config = compiler.get_config(self.backend)
        tsquery = compiler.build_tsquery(compiler.query, config=config)
        if tsquery is None:
            return [], 0
        weights, count = compiler.sql_weights, max(limit, CANDIDATES)
        if pages is None:
            candidates = list(_candidates(compiler.queryset, tsquery, weights, count))
        else:
            build_pages, *values = pages
            text = _text(tsquery)
            if getattr(settings, "PREPARED_QUERIES_CHECK", False):
                assert str(build_pages(*values).query) == str(compiler.queryset.query), "pages is not the searched queryset"

            def build(*arguments):
                words = SearchQuery(arguments[-1], search_type="raw", config=config)
                return _candidates(build_pages(*arguments[:-1]), words, weights, count)

            candidates = prepared.rows(("search.postgres.candidates", config, weights, count), build, *values, text)
        if not candidates:
            return [], 0
        entries = [row[-2] for row in candidates]
        if pages is None:
            body_rank = dict(_body_ranks(entries, tsquery, weights))
        else:
            keys = prepared.padded(entries)
            shape = ("search.postgres.body_ranks", config, weights, len(keys))
            build = lambda text, *entries: _body_ranks(entries, SearchQuery(text, search_type="raw", config=config), weights)  # noqa: E731
            body_rank = dict(prepared.rows(shape, build, text, *keys))
        candidates.sort(key=lambda row: (row[-3] + body_rank[row[-2]], row[0]), reverse=True)
        return [Hit(*row[: len(FIELDS)]) for row in candidates[:limit]], candidates[0][-1]


def _candidates(pages, tsquery, weights, count: int):
    """The matches by the title's rank, each with its index entry and the number of matches."""
    title_rank = SearchRank(F("index_entries__title"), tsquery, weights=weights) * F("index_entries__title_norm")
    return (
        pages.annotate(_body_=F("index_entries__body"))
        .filter(_body_=tsquery)
        .annotate(_title_rank_=title_rank, _entry_=F("index_entries__pk"), _total_=Window(Count("pk")))
        .order_by("-_title_rank_", "-pk")
        .values_list(*FIELDS, "_title_rank_", "_entry_", "_total_")[:count]
    )


def _body_ranks(entries, tsquery, weights):
    return (
        postgres.IndexEntry.objects.filter(pk__in=entries)
        .annotate(rank=SearchRank(F("body"), tsquery, weights=weights))
        .values_list("pk", "rank")
    )


def _text(tsquery) -> str:
    """The text of modelsearch's search query (``to_tsquery``'s second argument), as its SQL gives it."""
    _sql, params = postgres.IndexEntry.objects.none().query.get_compiler("default").compile(tsquery)
    return params[-1]


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    results_class = PostgresSearchResults
