"""Site search pages: thin over search/service.py, one query path for every backend."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from search import service
from search.highlight import highlight
from search.specific import specific_pages
from search.text import query_words

MAX_QUERY_LENGTH = 200


def _query(request) -> str:
    return " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]


@require_GET
def search(request):
    query = _query(request)
    filters = service.Filters.from_params(request.GET)
    context = {"query": query, "filters": filters, "results": None, "facets": {}, "promoted": []}
    if query:
        language = service.active_language()
        outcome = service.search(query, language, filters)
        page = Paginator(outcome.results, service.PAGE_SIZE).get_page(request.GET.get("page"))
        counted = page.number == 1 and not filters.active()
        if counted:
            service.log_query(query)
        words = query_words(query)
        items = [_item(result, words) for result in specific_pages(page.object_list)]
        promoted = outcome.promoted if page.number == 1 else []
        context.update(
            results=page,
            items=items,
            facets=outcome.facets,
            facet_groups=_facet_groups(outcome.facets, query, filters),
            promoted=promoted,
            every_word=outcome.every_word,
            page_numbers=_page_window(page),
            page_query=urlencode({"q": query, **{k: v for k, v in vars(filters).items() if v}}),
        )
        if not items and not promoted:  # the empty state suggests where else to look
            context.update(
                open_calls_url=service.section_url("programs.callindexpage", language),
                library_url=service.section_url("resources.resourceindexpage", language),
            )
    response = TemplateResponse(request, "search/search.html", context)
    if query and counted:
        # A visitor served this page from the page cache is counted too (portal/page_cache.py).
        response.page_cache_on_hit = ("search.service.log_cached_query", [query])
    return response


@require_GET
def autocomplete(request):
    """Titles for the enhanced search box (static/js/search-autocomplete.js)."""
    pages = service.suggestions(_query(request), service.active_language())
    return JsonResponse({"results": [{"title": page.title, "url": page.url} for page in pages]})


def _page_window(page, size: int = 2) -> range:
    """Page numbers around the current one: 10,000 pages need no 1,000 links."""
    return range(max(1, page.number - size), min(page.paginator.num_pages, page.number + size) + 1)


def _item(page, words) -> dict:
    summary = page.search_summary() if hasattr(page, "search_summary") else (page.search_description or "")
    return {
        "page": page,
        "type": service.type_label(type(page)),
        "summary": highlight(summary, words),
        "date": page.search_date() if hasattr(page, "search_date") else None,
    }


def _facet_groups(facets, query, filters) -> list[dict]:
    """Each facet with a link per option that toggles it and keeps the rest."""
    headings = {"type": _("Type"), "programme": _("Programme"), "theme": _("Theme")}
    groups = []
    for name in ("type", "programme", "theme"):
        options = []
        for option in facets.get(name, []):
            params = {"q": query, **{k: v for k, v in vars(filters).items() if v}}
            if option.selected:
                params.pop(name, None)
            else:
                params[name] = option.key
            options.append({"option": option, "url": "?" + urlencode(params)})
        if options:
            groups.append({"name": name, "heading": headings[name], "options": options})
    return groups
