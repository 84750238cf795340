"""SQLite FTS5 ranking for site search (imported only on SQLite: modelsearch
defines its FTS model on SQLite alone)."""

from uuid import UUID

from django.db.models import CharField, ExpressionWrapper, F, FloatField, Func
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.hits import Hit

#: FTS5 column weights, in the table's column order: autocomplete, body, title.
BM25_WEIGHTS = (0.0, 1.0, 10.0)


class WeightedBM25(Func):
    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        table = sqlite.SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, {', '.join(map(str, BM25_WEIGHTS))})", []


class SQLiteSearchQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


#: The translation key as SQLite stores it (32 hex digits), made a UUID only for the hits kept: a thousand
#: UUIDs for the rows ranked below them cost more than the rest of reading those rows.
STORED_KEY = ExpressionWrapper(F("translation_key"), output_field=CharField())
#: Below SQLite's default limit of 32,766 bound parameters.
MAX_IN_PYTHON = 30_000


class RankedInPythonResults(sqlite.SQLiteSearchResults):
    """Rank once, then fetch only the page asked for.

    modelsearch scores each result with a correlated subquery that runs the
    full-text match again per row: seconds for a thousand matches. Here
    one match query returns every score, the queryset's own filters pick
    the readable ones, and only the requested slice is loaded.
    """

    def _ranked(self, *fields: str) -> list[tuple] | None:
        """Every readable match as a row (its pk, then ``fields``), best first
        (None: not a search this handles, or too many matches for one IN list)."""
        compiler = self.query_compiler
        query = normalize(compiler.query)
        if not compiler.order_by_relevance or self._score_field or not isinstance(query, PlainText):
            return None
        config = compiler.get_config(self.backend)
        match = MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, compiler.build_search_query(query, config=config))
        entries = (
            sqlite.SQLiteFTSIndexEntry.objects.filter(match)
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(compiler.queryset.model))
            .annotate(score=WeightedBM25())
            .values_list("index_entry__object_id", "score")
        )
        scores = {int(object_id): score for object_id, score in entries}
        if len(scores) > MAX_IN_PYTHON:  # beyond SQLite's bound-parameter limit
            return None
        allowed = compiler.queryset.filter(pk__in=list(scores)).values_list("pk", *fields)
        return sorted(allowed, key=lambda row: (scores[row[0]], -row[0]))

    def _do_search(self):
        ranked = self._ranked()
        if ranked is None:
            return super()._do_search()
        ranked = [pk for pk, in ranked[self.start : self.stop]]
        objects = self.query_compiler.queryset.in_bulk(ranked)
        return [objects[pk] for pk in ranked if pk in objects]

    def best_hits(self, limit: int, pages=None):
        """(hits, number of matches) from the ranking query and the readable matches' rows, or None."""
        ranked = self._ranked("content_type_id", "path", STORED_KEY, "title")  # a Hit's fields after the pk
        if ranked is None:
            return None
        return [Hit(pk, type_id, path, UUID(key), title) for pk, type_id, path, key, title in ranked[:limit]], len(ranked)


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLiteSearchQueryCompiler
    results_class = RankedInPythonResults
