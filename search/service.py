"""Site search as plain functions: what the view shows, testable without HTTP.

One query path whatever the backend: the visitor's words are normalised
(search/text.py), pages are limited to what anyone may read in the current
language, and facets are counted in the database over the best matches.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from portal.text import capfirst
from search.hits import FIELDS, Hit, best_hits
from search.text import build_query, normalize_text, query_words

PAGE_SIZE = 10
#: Facets are counted over this many best matches; below it they are exact
#: and the results are paged from memory.
FACET_LIMIT = 200
AUTOCOMPLETE_SIZE = 8


@dataclass(frozen=True)
class FacetOption:
    key: str
    label: str
    count: int
    selected: bool


@dataclass
class Filters:
    """The facet values a visitor picked (keys as they appear in URLs)."""

    type: str = ""
    programme: str = ""
    theme: str = ""

    @classmethod
    def from_params(cls, params) -> Filters:
        return cls(**{name: params.get(name, "").strip()[:100] for name in ("type", "programme", "theme")})

    def active(self) -> bool:
        return bool(self.type or self.programme or self.theme)


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


def readable_pages(locale: Locale):
    """Pages anyone may read in this language: live, public, not expired,
    below the tree's root (Wagtail's root page is no page to visit)."""
    expired = Page.objects.filter(expire_at__lte=timezone.now()).values_list("pk", flat=True)
    return Page.objects.live().public().filter(locale=locale, depth__gt=1).exclude(pk__in=list(expired))


def search(query: str, locale: Locale, filters: Filters | None = None) -> Outcome:
    """Search, falling back from all words to any word when all find nothing."""
    filters = filters or Filters()
    pages = readable_pages(locale)
    outcome = Outcome(query=query, results=RankedResults([]), promoted=promotions(query, pages))
    built = build_query(query)
    if built is None:
        return outcome
    # Only what facets and paging need (search/hits.py); the view loads the shown pages.
    light = pages.only(*FIELDS)
    best, total = best_hits(light.search(built), FACET_LIMIT)
    if not best and len(query_words(query)) > 1:
        built = build_query(query, every_word=False)
        outcome.every_word = False
        best, total = best_hits(light.search(built), FACET_LIMIT)
    values = facet_values(best)
    outcome.facets = facets(values, locale, filters)
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


def promotions(query: str, pages) -> list:
    """Editors' picks for this query (Wagtail's search promotions), matched
    without regard to Turkish letters, limited to readable pages here."""
    wanted = normalize_text(normalise_query_string(query))
    if not wanted:
        return []
    queries = [q.pk for q in Query.objects.filter(editors_picks__isnull=False).distinct() if normalize_text(q.query_string) == wanted]
    picks = SearchPromotion.objects.filter(query__in=queries).select_related("page").order_by("sort_order")
    readable = set(pages.filter(pk__in=[p.page_id for p in picks if p.page_id]).values_list("pk", flat=True))
    return [pick for pick in picks if (pick.page_id in readable) or (not pick.page_id and pick.external_link_url)]


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
    hits, _ = QueryDailyHits.objects.get_or_create(query=Query.get(query), date=timezone.localdate())
    QueryDailyHits.objects.filter(pk=hits.pk).update(hits=F("hits") + 1 + pending)


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


# -- facets -----------------------------------------------------------------


#: A programme page is its own programme in the programme facet.
PROGRAMME_MODEL = "programs.programpage"
#: Named, not imported: search sits below the apps whose pages it indexes.
THEME_MODEL = "programs.theme"


def _type_key(model) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def facet_values(hits: list[Hit]) -> list[tuple]:
    """(pk, type key, programme key, [theme keys]) of every hit given.

    Read from the hits themselves, plus a value query per page type that
    has themes or a programme field: facets are computed on every search.
    """
    hits_by_type: dict = {}
    for hit in hits:
        hits_by_type.setdefault(hit.content_type_id, []).append(hit)
    programme_paths = _ProgrammePaths()
    values = []
    for content_type_id, typed in hits_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        type_key = _type_key(model)
        rows = model.objects.filter(pk__in=[hit.pk for hit in typed])
        programmes = _programme_keys(model, type_key, typed, rows, programme_paths)
        themes: dict = {}
        if hasattr(model, "themes"):
            for pk, key in rows.filter(themes__isnull=False).values_list("pk", "themes__translation_key"):
                themes.setdefault(pk, []).append(str(key))
        values.extend((hit.pk, type_key, programmes.get(hit.pk), themes.get(hit.pk, [])) for hit in typed)
    return values


class _ProgrammePaths:
    """Programme translation keys by tree path, read once per search and only if needed."""

    def __init__(self):
        self._by_path: dict | None = None

    def key_for(self, path: str) -> str | None:
        """The programme a page at ``path`` sits under (programme pages share one depth)."""
        if self._by_path is None:
            app_label, model_name = PROGRAMME_MODEL.split(".")
            programmes = Page.objects.filter(content_type__app_label=app_label, content_type__model=model_name)
            self._by_path = {path: str(key) for path, key in programmes.values_list("path", "translation_key")}
            self._depth = len(next(iter(self._by_path), ""))
        return self._by_path.get(path[: self._depth]) if self._depth else None


def _programme_keys(model, type_key, hits, rows, programme_paths) -> dict:
    """{pk: programme translation key}: the page itself if it is a
    programme, its programme field if it declares one, else the programme
    it sits under (a call under its programme)."""
    if type_key == PROGRAMME_MODEL:
        return {hit.pk: str(hit.translation_key) for hit in hits}
    if hasattr(model, "search_programme_field_name") and (field := model.search_programme_field_name()):
        return {pk: str(key) for pk, key in rows.values_list("pk", f"{field}__translation_key") if key}
    keys = {hit.pk: programme_paths.key_for(hit.path) for hit in hits}
    return {pk: key for pk, key in keys.items() if key}


def section_url(model_label: str, locale: Locale) -> str | None:
    """URL of the first readable page of a type here (the empty state's suggestions)."""
    app_label, model_name = model_label.split(".")
    page = readable_pages(locale).filter(content_type__app_label=app_label, content_type__model=model_name).first()
    return page.url if page is not None else None


def _type_labels(type_keys) -> dict:
    labels = {}
    for key in type_keys:
        app_label, model_name = key.split(".")
        model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
        labels[key] = type_label(model)
    return labels


def type_label(model) -> str:
    """What visitors call a page type (its ``search_type_label``), else its verbose name."""
    return capfirst(getattr(model, "search_type_label", None) or model._meta.verbose_name)


def filter_pages(values: list[tuple], filters: Filters) -> list[int]:
    """Primary keys of the pages (their `facet_values`) that match every chosen facet value."""
    return [
        pk
        for pk, type_key, programme, themes in values
        if (not filters.type or type_key == filters.type)
        and (not filters.programme or programme == filters.programme)
        and (not filters.theme or filters.theme in themes)
    ]


def facets(values: list[tuple], locale: Locale, filters: Filters) -> dict[str, list[FacetOption]]:
    """Counts by page type, programme and theme over the pages given (their `facet_values`).

    Each facet counts the pages that match the *other* facets' choices, so
    a visitor sees how many results a click on an option would leave.
    """
    types, programmes, themes = Counter(), Counter(), Counter()
    for _pk, type_key, programme, theme_keys in values:
        type_ok = not filters.type or type_key == filters.type
        programme_ok = not filters.programme or programme == filters.programme
        theme_ok = not filters.theme or filters.theme in theme_keys
        if programme_ok and theme_ok:
            types[type_key] += 1
        if type_ok and theme_ok and programme:
            programmes[programme] += 1
        if type_ok and programme_ok:
            themes.update(theme_keys)
    return {
        "type": _options(types, _type_labels(types), filters.type),
        "programme": _options(programmes, _programme_labels(programmes, locale), filters.programme),
        "theme": _options(themes, _theme_labels(themes, locale), filters.theme),
    }


def _options(counts: Counter, labels: dict, selected: str) -> list[FacetOption]:
    options = [FacetOption(key, str(labels.get(key, key)), count, key == selected) for key, count in counts.items() if key in labels]
    return sorted(options, key=lambda option: (-option.count, option.label))


def _programme_labels(counts, locale) -> dict:
    if not counts:
        return {}
    pages = Page.objects.filter(translation_key__in=list(counts), locale=locale)
    return {str(key): title for key, title in pages.values_list("translation_key", "title")}


def _theme_labels(counts, locale) -> dict:
    """Theme names in this language, else in the language they were written in."""
    if not counts:
        return {}
    labels = {}
    for key, locale_id, name in apps.get_model(THEME_MODEL).objects.filter(translation_key__in=list(counts)).values_list("translation_key", "locale_id", "name"):
        if locale_id == locale.pk or str(key) not in labels:
            labels[str(key)] = name
    return labels


# -- autocomplete -------------------------------------------------------------


def suggestions(query: str, locale: Locale) -> list[Page]:
    """Titles for the enhanced search box: prefix matches on the folded title."""
    folded = " ".join(normalize_text(query).split())
    if len(folded) < 2:
        return []
    return list(readable_pages(locale).specific().autocomplete(folded)[:AUTOCOMPLETE_SIZE])
