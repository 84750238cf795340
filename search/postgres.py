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

from django.contrib.postgres.search import SearchRank
from django.db.models import Count, F, Window
from modelsearch.backends.database.postgres import postgres
from modelsearch.query import PlainText

from search.hits import FIELDS, Hit

#: Matches whose bodies are ranked; the best of them are the results.
CANDIDATES = 500


class PostgresSearchResults(postgres.PostgresSearchResults):
    def best_hits(self, limit: int):
        """(hits, number of matches), or None for searches this does not cover."""
        compiler = self.query_compiler
        if not compiler.order_by_relevance or compiler.fields is not None or self._score_field or not isinstance(compiler.query, PlainText):
            return None
        config = compiler.get_config(self.backend)
        tsquery = compiler.build_tsquery(compiler.query, config=config)
        if tsquery is None:
            return [], 0
        weights = compiler.sql_weights
        title_rank = SearchRank(F("index_entries__title"), tsquery, weights=weights) * F("index_entries__title_norm")
        candidates = list(
            compiler.queryset.annotate(_body_=F("index_entries__body"))
            .filter(_body_=tsquery)
            .annotate(_title_rank_=title_rank, _entry_=F("index_entries__pk"), _total_=Window(Count("pk")))
            .order_by("-_title_rank_", "-pk")
            .values_list(*FIELDS, "_title_rank_", "_entry_", "_total_")[: max(limit, CANDIDATES)]
        )
        if not candidates:
            return [], 0
        bodies = (
            postgres.IndexEntry.objects.filter(pk__in=[row[-2] for row in candidates])
            .annotate(rank=SearchRank(F("body"), tsquery, weights=weights))
            .values_list("pk", "rank")
        )
        body_rank = dict(bodies)
        candidates.sort(key=lambda row: (row[-3] + body_rank[row[-2]], row[0]), reverse=True)
        return [Hit(*row[: len(FIELDS)]) for row in candidates[:limit]], candidates[0][-1]


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    results_class = PostgresSearchResults
