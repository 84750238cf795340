"""Wagtail's database backend, with SQLite results ranked by where words match.

modelsearch's SQLite backend multiplies FTS5's bm25() by a title-length
factor whatever column matched, so a page with a short title outranks the
page whose title is the query. FTS5 weights columns itself: bm25() with a
weight per column (autocomplete, body, title) ranks title matches first.
PostgreSQL and the other databases use modelsearch's backends unchanged.
"""

from django.db.models import FloatField, Func
from modelsearch.backends import database
from modelsearch.backends.database.sqlite import sqlite

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


class SQLiteSearchResults(sqlite.SQLiteSearchResults):
    pass


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLiteSearchQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    backend = database.SearchBackend(params)
    if isinstance(backend, sqlite.SQLiteSearchBackend):
        return SQLiteSearchBackend(params)
    return backend
