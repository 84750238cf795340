"""Site search as plain functions: what the view shows, testable without HTTP.

One query path whatever the backend: the visitor's words are normalised
(search/text.py), pages are limited to what anyone may read in the current
language, and facets are counted in the database over the best matches.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, F, OuterRef, Subquery
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from portal import prepared
from portal.public_pages import unrestricted_in_sql
from search.facets import FacetOption, Filters, facet_values, facets, filter_pages, type_label
from search.hits import FIELDS, best_hits
from search.text import build_query, normalize_text, query_words

# The facets' option, filters and type names are part of this module's interface (the view and tests use them).
__all__ = ["FacetOption", "Filters", "Outcome", "RankedResults", "active_language", "log_cached_query", "log_query",
           "promotions", "readable_pages", "search", "section_url", "suggestions", "type_label"]

PAGE_SIZE = 10
#: Facets are counted over this many best matches; below it they are exact
#: and the results are paged from memory.
FACET_LIMIT = 200
AUTOCOMPLETE_SIZE = 8


@dataclass
class Outcome:
    query: str
    results: object  # RankedResults, or a backend's search results (sliceable, countable)
    facets: dict[str, list[FacetOption]] = field(default_factory=dict)
    promoted: list = field(default_factory=list)
    every_word: bool = True


class RankedResults:
    """Ranked results for the paginator. The best ones, already fetched as
    hits, serve the first pages; with many results the backend serves the
    pages after them, and the count unless the search gave it (``total``).
    ``backend_results`` None: ``best`` is all."""

    def __init__(self, best: list, backend_results=None, total: int | None = None):
        self.best, self.backend_results, self.total = best, backend_results, total

    def count(self) -> int:
        if self.backend_results is None:
            return len(self.best)
        return self.total if self.total is not None else self.backend_results.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        return iter(self.best if self.backend_results is None else self.backend_results)

    def __getitem__(self, key):
        within_best = isinstance(key, slice) and key.stop is not None and key.stop <= len(self.best)
        if self.backend_results is None or within_best:
            return self.best[key]
        return self.backend_results[key]


def active_language() -> str:
    """The language code of the locale ``Locale.get_active()`` would read, without reading it."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _language_code(locale: Locale | str) -> str:
    return locale if isinstance(locale, str) else locale.language_code


def readable_pages(locale: Locale | str, now=None):
    """Pages anyone may read in this language (a Locale or its code): live, public, not expired, below the
    tree's root (Wagtail's root page is no page to visit). Each condition is part of the query that uses the
    pages: nothing is read before it (search/conditions.py)."""
    if isinstance(locale, str):
        locale = Subquery(Locale.objects.filter(language_code=locale).values("pk")[:1])
    expired = Page.objects.filter(expire_at__lte=now or timezone.now()).values("pk")  # a tiny partial index (search/0002)
    return Page.objects.live().filter(unrestricted_in_sql(), locale=locale, depth__gt=1).exclude(pk__in=expired)


def search(query: str, locale: Locale | str, filters: Filters | None = None) -> Outcome:
    """Search in a language (a Locale or its code), falling back from all words to any word when all find
    nothing."""
    filters, language_code, now = filters or Filters(), _language_code(locale), timezone.now()
    pages = readable_pages(language_code, now)
    outcome = Outcome(query=query, results=RankedResults([]), promoted=promotions(query, language_code))
    built = build_query(query)
    if built is None:
        return outcome
    # Only what facets and paging need (search/hits.py); the view loads the shown pages.
    light = (_light_pages, language_code, now)
    best, total = best_hits(_light_pages(language_code, now).search(built), FACET_LIMIT, light)
    if not best and len(query_words(query)) > 1:
        built = build_query(query, every_word=False)
        outcome.every_word = False
        best, total = best_hits(_light_pages(language_code, now).search(built), FACET_LIMIT, light)
    values = facet_values(best, language_code)
    outcome.facets = facets(values, filters)
    if len(best) < FACET_LIMIT:
        # Every match is at hand, ranked: page through it without asking again.
        chosen = set(filter_pages(values, filters)) if filters.active() else None
        results = RankedResults([hit for hit in best if chosen is None or hit.pk in chosen])
    elif filters.active():
        results = pages.filter(pk__in=filter_pages(values, filters)).search(built)
    else:
        results = RankedResults(best, pages.search(built), total)
    outcome.results = results
    return outcome


def _light_pages(language_code: str, now):
    return readable_pages(language_code, now).only(*FIELDS)


def promotions(query: str, language_code: str) -> list:
    """Editors' picks for this query (Wagtail's search promotions), matched
    without regard to Turkish letters, limited to pages readable in this language."""
    wanted = normalize_text(normalise_query_string(query))
    if not wanted:
        return []
    # Every pick with its query's words, in one query: the folding is Python's (search/text.py), and picks are few.
    picks = prepared.rows("search.promotions", _picks, language_code, timezone.now())
    return [
        pick
        for pick in picks
        if normalize_text(pick.query.query_string) == wanted
        and (pick.readable if pick.page_id else bool(pick.external_link_url))
    ]


def _picks(language_code: str, now):
    picks = SearchPromotion.objects.select_related("query", "page").order_by("sort_order", "pk")
    return picks.annotate(readable=Exists(readable_pages(language_code, now).filter(pk=OuterRef("page_id"))))


def log_query(query: str) -> None:
    """Count the query for editors (Wagtail's query hits report), with the visits the page cache answered
    since the last count (`log_cached_query`)."""
    normalised = normalise_query_string(query)
    if not normalised:
        return
    key = _pending_key(normalised)
    _flush_local(key)
    pending = cache.get(key) or 0
    if pending:
        cache.decr(key, pending)  # atomic: visits counted meanwhile stay pending
    today, count = timezone.localdate(), 1 + pending
    # One UPDATE when the query was already made today; the rows are created the first time only.
    if not QueryDailyHits.objects.filter(query__query_string=normalised, date=today).update(hits=F("hits") + count):
        hits, _ = QueryDailyHits.objects.get_or_create(query=Query.get(query), date=today)
        QueryDailyHits.objects.filter(pk=hits.pk).update(hits=F("hits") + count)


#: Searches answered from the page cache, counted in this process and added to the cache's counter
#: LOCAL_BATCH at a time, so that a cached search costs no round trip of its own most of the time.
_LOCAL_HITS: Counter = Counter()
LOCAL_BATCH = 10


def log_cached_query(query: str) -> None:
    """Count a search answered from the page cache (portal/page_cache.py), without a database write: in this
    process, then in the cache's counter by batches; the next time the page is made (at the latest when its
    cache entry ends, within PAGE_CACHE_SECONDS) `log_query` writes them. A worker that stops loses up to
    LOCAL_BATCH - 1 visits per query: the report is about what people look for, not exact counts."""
    normalised = normalise_query_string(query)
    if normalised:
        key = _pending_key(normalised)
        _LOCAL_HITS[key] += 1
        if _LOCAL_HITS[key] >= LOCAL_BATCH:
            _flush_local(key)


def _flush_local(key: str) -> int:
    count = _LOCAL_HITS.pop(key, 0)
    if count:
        try:
            cache.incr(key, count)
        except ValueError:  # the first since the last count (two at once: one of them is lost)
            cache.add(key, count, timeout=None)
    return count


def _pending_key(normalised: str) -> str:
    return "search-hits:" + hashlib.sha256(normalised.encode()).hexdigest()


# -- the empty state ---------------------------------------------------------


def section_url(model_label: str, locale: Locale | str) -> str | None:
    """URL of the first readable page of a type here (the empty state's suggestions)."""
    app_label, model_name = model_label.split(".")
    page = readable_pages(locale).filter(content_type__app_label=app_label, content_type__model=model_name).first()
    return page.url if page is not None else None


# -- autocomplete -------------------------------------------------------------


def suggestions(query: str, locale: Locale | str) -> list[Page]:
    """Titles for the enhanced search box: prefix matches on the folded title."""
    folded = " ".join(normalize_text(query).split())
    if len(folded) < 2:
        return []
    return list(readable_pages(locale).specific().autocomplete(folded)[:AUTOCOMPLETE_SIZE])
