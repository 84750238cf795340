"""The best matches of a search as plain rows, for facets and paging.

Building a few hundred Page objects only to count facets costs more than
the search query itself. The database backends (search/sqlite.py,
search/postgres.py) hand back rows with just what facets and the results
list read, and the number of matches from the same query; any other
backend (Elasticsearch) goes through its ordinary results.
"""

from __future__ import annotations

from typing import NamedTuple
from uuid import UUID


class Hit(NamedTuple):
    pk: int
    content_type_id: int
    path: str
    translation_key: UUID
    title: str


#: The page fields a Hit carries, in order.
FIELDS = Hit._fields


def best_hits(results, limit: int, pages=None) -> tuple[list[Hit], int | None]:
    """The first ``limit`` results as hits, and how many results there are
    in all (None when the backend cannot say without another query).
    ``pages``: how the searched queryset is built, ``(build, *values)``, for a backend that prepares its queries."""
    own = getattr(results, "best_hits", None)
    found = own(limit, pages) if own is not None else None
    if found is not None:
        return found
    return [Hit(*(getattr(page, name) for name in FIELDS)) for page in results[:limit]], None
