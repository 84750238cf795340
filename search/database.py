"""Wagtail's database backend, with site search tuned per database.

SQLite (search/sqlite.py): modelsearch multiplies FTS5's bm25() by a
title-length factor whatever column matched, so a page with a short title
outranks the page whose title is the query; bm25() with a weight per
column ranks title matches first. PostgreSQL (search/postgres.py): ranks
only the best candidates' bodies and counts in the same query. Other
databases use modelsearch's backends. All of them take the readable pages'
``Exists`` conditions in their own SQL (search/conditions.py).
"""

from modelsearch.backends import database

from search.conditions import with_sql_conditions


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    backend_class = type(database.SearchBackend(params))
    if backend_class.__name__ == "SQLiteSearchBackend":
        # Each ranking module is imported only with its database: they build on modelsearch's backend modules for that database.
        from search.sqlite import SQLiteSearchBackend as backend_class
    elif backend_class.__name__ == "PostgresSearchBackend":
        # (as above)
        from search.postgres import PostgresSearchBackend as backend_class
    return with_sql_conditions(backend_class)(params)
