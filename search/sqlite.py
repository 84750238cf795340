"""SQLite FTS5 ranking for site search (imported only on SQLite: modelsearch
defines its FTS model on SQLite alone)."""

from django.db.models import FloatField, Func
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
