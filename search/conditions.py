"""Conditions only SQL can say, on a search's pages (issue 14).

Wagtail's search backends take a queryset's filters only on indexed fields (``index.FilterField``), so
``pages.public()`` has to read every view restriction first and turn each into a path filter: one more query on
every search. ``portal.public_pages.unrestricted_in_sql()`` says the same inside the page query, as ``Exists``. The
database backends run the queryset's own SQL, so there it needs no indexed field. Elasticsearch and OpenSearch
cannot run it and need not: their index holds only pages anyone may read (search/indexing.py, search/signals.py),
and they load the pages of their results through the same queryset, where the condition applies.

Only for conditions ANDed with the others (as ``readable_pages`` uses them): a backend that translates filters
leaves them out.
"""

from functools import cache

from django.db.models import Exists
from django.db.models.expressions import NegatedExpression
from django.db.models.lookups import Lookup


def _is_sql_condition(node) -> bool:
    """``filter(Exists(...))`` or ``filter(~Exists(...))``: Django keeps it as ``Exists(...) = True``."""
    if not isinstance(node, Lookup):
        return False
    condition = node.lhs.expression if isinstance(node.lhs, NegatedExpression) else node.lhs
    return isinstance(condition, Exists)


class SQLConditionsMixin:
    """For a backend's query compilers: an ``Exists`` condition is no filter on the index."""

    def _get_filters_from_where_node(self, where_node, check_only=False):
        if _is_sql_condition(where_node):
            return None
        return super()._get_filters_from_where_node(where_node, check_only=check_only)


@cache  # one class per backend class, not one per search
def with_sql_conditions(backend_class):
    """A subclass of ``backend_class`` whose search and autocomplete compilers accept ``Exists`` conditions."""
    search, autocomplete = backend_class.query_compiler_class, backend_class.autocomplete_query_compiler_class
    attributes = {
        "query_compiler_class": type(search.__name__, (SQLConditionsMixin, search), {}),
        "autocomplete_query_compiler_class": type(autocomplete.__name__, (SQLConditionsMixin, autocomplete), {}),
        "__module__": backend_class.__module__,
    }
    return type(backend_class.__name__, (backend_class,), attributes)
