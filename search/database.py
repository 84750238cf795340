"""Wagtail's database backend, with SQLite results ranked by where words match.

modelsearch's SQLite backend multiplies FTS5's bm25() by a title-length
factor whatever column matched, so a page with a short title outranks the
page whose title is the query. FTS5 weights columns itself: bm25() with a
weight per column (autocomplete, body, title) ranks title matches first.
PostgreSQL and the other databases use modelsearch's backends unchanged.
"""

from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    backend = database.SearchBackend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from search.sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    return backend
