"""The shown results as their specific pages, in one query whatever their types.

Wagtail's ``.specific()`` reads each page type's table in a query of its own: a results page showing
programmes, calls, news and events paid four. Here one query joins ``wagtailcore_page`` to the table of every
type shown (Django's ``select_related`` over the reverse parent links of multi-table inheritance), and Django
builds each specific page from its row: the result cards call the same model methods as before
(``search_summary``, ``search_date``). A type's body is left unread when its summary never reaches it.
"""

from __future__ import annotations

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from wagtail.fields import StreamField
from wagtail.models import Page

from portal import prepared


def specific_pages(results) -> list[Page]:
    """The specific pages of ``results`` (hits or pages: anything with ``pk`` and ``content_type_id``), in their
    order; a page gone since the search is left out."""
    results = list(results)
    paths, deferred = {}, set()
    for result in results:
        model = ContentType.objects.get_for_id(result.content_type_id).model_class()
        paths[result.pk] = _links_from_page(model) if model is not None else []
        if paths[result.pk]:
            deferred.update(_unread_bodies(model))
    joins = sorted({"__".join(name for name, _accessor in links) for links in paths.values() if links})
    deferred = sorted(deferred)

    def build(*pks):
        return Page.objects.filter(pk__in=pks).select_related(*joins).defer(*deferred)

    keys = prepared.padded(paths)
    shape = ("search.specific_pages", tuple(joins), tuple(deferred), len(keys))
    found = {page.pk: page for page in prepared.rows(shape, build, *keys)}
    pages = []
    for result in results:
        page = found.get(result.pk)
        if page is not None:
            pages.append(_descend(page, paths[result.pk]))
    return pages


@cache
def _unread_bodies(model) -> tuple[str, ...]:
    """The StreamFields of a page type whose card never shows them (the largest columns to fetch and decode):
    its summary comes from a required field tried before the body (``search_summary_fields``). Fixed per type."""
    tried = getattr(model, "search_summary_fields", ("body",))
    own = {field.name: field for field in model._meta.concrete_fields}
    required = next((name for name in tried if name in own and not own[name].blank), None)
    if required is None or "body" in tried[: tried.index(required)]:
        return ()
    path = "__".join(name for name, _accessor in _links_from_page(model))
    return tuple(f"{path}__{name}" for name, field in own.items() if isinstance(field, StreamField) and field.model is model)


def _links_from_page(model) -> list[tuple[str, str]]:
    """(query name, attribute) of each parent link from Page down to ``model``; [] for Page itself or a model
    that is no page."""
    links, model = [], model._meta.concrete_model
    while model is not Page and issubclass(model, Page):
        parent = next(parent for parent in model._meta.parents if issubclass(parent, Page))
        link = model._meta.parents[parent]
        links.append((link.related_query_name(), link.remote_field.get_accessor_name()))
        model = parent
    return links[::-1]


def _descend(page: Page, links) -> Page:
    specific = page
    try:
        for _name, accessor in links:
            specific = getattr(specific, accessor)
    except ObjectDoesNotExist:  # its type's row is missing: the page as Wagtail's own .specific would not find it
        return page
    return specific
