"""Whole public pages from the cache for visitors without a session, never stale.

Why our own middleware and not a package: `wagtail-cache`, the well-kept Wagtail page cache, declares
`wagtail<8`; Django's `UpdateCacheMiddleware`/`FetchFromCacheMiddleware` key on the `Vary` header, and every
page that touches the session (Wagtail's user bar does) varies on `Cookie`, so they would cache per visitor.
This module keeps Django's cache framework and its rules, and adds Wagtail's signals for invalidation.

What is cached: the full response (body and headers) of a GET that answered 200, for a request that carries
no session or messages cookie and is not a preview, when the response set no cookie, used no CSRF token
(a page with a POST form), and did not say `private` or `no-store` (status pages, participant pages). Editors
are signed in, so they always see the live truth and never fill the cache.

Never stale: every entry holds the generation number it was made in, read with it in one round trip. Saving, publishing, unpublishing, moving or deleting any
page, and saving or deleting a theme, an institution, the site settings or texts, a search promotion, a
redirect, a view restriction, a site, a locale, an image, a document or a collection starts a new generation, so every page
that could show the change (parents, indexes, the home page, feeds, the sitemap, search) is rendered anew.
A whole-site flush is cheap on a site that is read far more often than it is written, and it cannot miss
a page that lists or links another. A call or an event changes state by the clock, not by a save: an entry
lives at most until the next moment any call opens, closes or announces results, or any event starts or ends.
"""

from __future__ import annotations

import datetime
import pickle
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.module_loading import import_string
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Collection, Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "page-cache:generation"
NEXT_CHANGE_KEY = "page-cache:next-change"
#: With the session cookie, the cookie that means the visitor has a state of their own (a message to show).
MESSAGES_COOKIE = "messages"
#: Paths that are never cached whatever their headers say.
NEVER_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/_util/")


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def generation() -> int:
    cache = _cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _first_generation(), timeout=None)
        value = cache.get(GENERATION_KEY) or _first_generation()
    return value


def _first_generation() -> int:
    """A number no earlier generation had, when the cache lost the count (emptied, evicted, restarted): a
    process's own copies (``remembered``) of an older generation must never match it. Changes are counted up
    from it one by one, so it would take more than one change a nanosecond to reach a later start."""
    return time.time_ns()


def clear(**_kwargs) -> None:
    """Start a new generation: every cached page is from then on a miss (and expires on its own)."""
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(GENERATION_KEY, _first_generation(), timeout=None)
    cache.delete(NEXT_CHANGE_KEY)
    if getattr(_request_memo, "values", None):
        _request_memo.values = {}  # a change made by this request is seen by the rest of it


def remembered(name: str, build, timeout: int = 3600):
    """``build()``'s value, kept in the cache until the next change to the site's content (a new generation),
    for the few rows every page reads (the site, its texts and settings, the view restrictions). Kept whether
    or not whole pages are cached: a page made afresh still needs no query for them.

    In a request the generation is read once, and a value this process has already read in that generation
    comes from its own copy (a fresh object each request, unpickled): one round trip to the cache a request
    for all of them, not one each."""
    memo = getattr(_request_memo, "values", None)
    if memo is None:
        return _shared(name, build, timeout, *lookup(_data_key(name)))
    if name in memo:
        return memo[name]
    if GENERATION_KEY not in memo:
        memo[GENERATION_KEY] = generation()
    current = memo[GENERATION_KEY]
    kept = _process_copies.get(name)
    if kept is not None and kept[0] == current:
        value = pickle.loads(kept[1])
    else:
        entry = _cache().get(_data_key(name))
        value = _shared(name, build, timeout, current, entry if entry is not None and entry.get("generation") == current else None)
        _process_copies[name] = (current, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    memo[name] = value
    return value


def _data_key(name: str) -> str:
    return f"page-cache:data:{name}"


def _shared(name, build, timeout, current, entry):
    """The value in the cache's entry, or built and put there for the other processes."""
    if entry is not None:
        return entry["value"]
    value = build()
    _cache().set(_data_key(name), {"generation": current, "value": value}, timeout=timeout)
    return value


#: name: (generation, pickled value) of what ``remembered`` read in this process (one generation per name).
_process_copies: dict = {}


#: Within one request, ``remembered`` values are read from the cache once (``values`` is None outside requests).
_request_memo = threading.local()


def _request_started(**_kwargs) -> None:
    _request_memo.values = {}


def _request_finished(**_kwargs) -> None:
    _request_memo.values = None


def is_cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return False
    if request.path_info.startswith(NEVER_PREFIXES):
        return False
    return not any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, MESSAGES_COOKIE))


def is_cacheable_response(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if getattr(request, "is_preview", False) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a form with a CSRF token is personal to the visitor's cookie
    if response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    return "private" not in control and "no-store" not in control and "no-cache" not in control


def key_for(request) -> str:
    return f"page-cache:{request.get_host()}:{request.get_full_path()}"


def lookup(key: str) -> tuple[int, dict | None]:
    """The current generation and the entry under ``key`` if it belongs to it: one round trip to the cache."""
    found = _cache().get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:
        current = generation()
    entry = found.get(key)
    return current, (entry if entry is not None and entry.get("generation") == current else None)


#: (model, field names) of moments when a page's state changes by the clock; filled by the apps (`clock`).
_CLOCKS: list[tuple] = []


def clock(model, *fields: str) -> None:
    """Pages of ``model`` change state at each of ``fields`` (a call opens and closes, an event starts and ends)."""
    _CLOCKS.append((model, fields))


def next_change(now: datetime.datetime) -> datetime.datetime | None:
    """The next moment a live call or event changes state: what shows it must not outlive it."""
    cached = _cache().get(NEXT_CHANGE_KEY)
    if cached is not None and cached > now:
        return cached
    moments = []
    for model, fields in _CLOCKS:
        for field in fields:
            moment = model.objects.live().filter(**{f"{field}__gt": now}).order_by(field).values_list(field, flat=True).first()
            if moment:
                moments.append(moment)
    upcoming = min(moments) if moments else None
    if upcoming:
        _cache().set(NEXT_CHANGE_KEY, upcoming, timeout=max(1, int((upcoming - now).total_seconds())))
    return upcoming


def lifetime(now: datetime.datetime | None = None) -> int:
    now = now or timezone.now()
    seconds = settings.PAGE_CACHE_SECONDS
    upcoming = next_change(now)
    if upcoming is not None:
        seconds = min(seconds, int((upcoming - now).total_seconds()))
    return seconds


def _freeze(response, current: int) -> dict:
    return {
        "generation": current, "status": response.status_code, "content": response.content, "headers": list(response.items()),
        "on_hit": getattr(response, "page_cache_on_hit", None),
    }


def _thaw(entry) -> HttpResponse:
    """The stored response; what the view asked to run on every visit (the search's hit count) runs here too.
    Named by dotted path, so that this module imports no app."""
    if entry.get("on_hit"):
        path, args = entry["on_hit"]
        import_string(path)(*args)
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Put right after WhiteNoise: a hit answers before sessions, CSRF and the page's own queries."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or not is_cacheable_request(request):
            return self.get_response(request)
        key = key_for(request)
        # The generation is read before the page is made: a change made meanwhile leaves the entry already stale.
        current, entry = lookup(key)
        if entry is not None:
            return _thaw(entry)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            seconds = lifetime()
            # Browsers and proxies ask again each time (and get 304 through the ETag): only we hold the copy.
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            set_response_etag(response)  # once, stored with the page, not hashed again on every hit
            if seconds > 0:
                _cache().set(key, _freeze(response, current), timeout=seconds)
            response["X-Page-Cache"] = "miss"
        return response


def watch(*models) -> None:
    """Saving or deleting a row of ``models`` (or of a subclass) starts a new generation."""
    global _WATCHED
    _WATCHED = (*_WATCHED, *models)


def connect() -> None:
    """Wagtail's page signals, and saves and deletes of the watched models, start a new generation.
    The apps add their own models and clocks in their ready() (`watch`, `clock`)."""
    post_save.connect(_on_change, dispatch_uid="page-cache-save")
    post_delete.connect(_on_change, dispatch_uid="page-cache-delete")
    page_published.connect(clear, dispatch_uid="page-cache-published")
    page_unpublished.connect(clear, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(clear, dispatch_uid="page-cache-moved")
    request_started.connect(_request_started, dispatch_uid="page-cache-request-started")
    request_finished.connect(_request_finished, dispatch_uid="page-cache-request-finished")
    watch(Page, BaseSiteSetting, BaseGenericSetting, AbstractDocument, AbstractImage, Collection, Locale, Site)


#: The models whose rows show on public pages (`watch`).
_WATCHED: tuple = ()
_WATCHED_LABELS = ("wagtailsearchpromotions.SearchPromotion", "wagtailredirects.Redirect", "wagtailcore.PageViewRestriction")


def _on_change(sender, instance, **kwargs):
    if isinstance(instance, _WATCHED) or sender._meta.label in _WATCHED_LABELS:
        clear()
