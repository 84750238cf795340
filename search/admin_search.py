"""The admin's page search (/admin/pages/search/) also finds what the search index leaves out.

The index holds only what anyone may read (`search.indexing.SearchableMixin`):
drafts, private and expired pages never reach it, so the site search can
never show them. Wagtail's admin page search asks the same index, so an
editor could not find a draft by its title, e.g. the match announcement the
secretariat has just created. This search view adds those pages, matched on
their title (as written or as drafted) the way the index's autocomplete
matches titles: every word of the query begins a word of the title, Turkish
letters or not ("eslesme" finds "eşleşmeleri"). They come first: they are the
pages an editor is working on. The index itself is unchanged.
"""

from __future__ import annotations

import re
from collections import Counter

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, get_page_models
from wagtail.search.query import PlainText
from wagtail.search.utils import parse_query_string

from search.indexing import SearchableMixin
from search.text import normalize_text

_WORD = re.compile(r"[^\W_]+")


class _Slice(list):
    supports_facet = False


class ChainedResults:
    """A short list of pages followed by the search backend's results;
    sliced and counted like search results (for the paginator)."""

    def __init__(self, first, rest):
        self.first, self.rest = list(first), rest

    @property
    def supports_facet(self) -> bool:
        return bool(getattr(self.rest, "supports_facet", False))

    def count(self) -> int:
        return len(self.first) + self.rest.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        yield from self.first
        yield from self.rest

    def __getitem__(self, key):
        if isinstance(key, int):
            return self[key : key + 1][0]
        start, stop = key.start or 0, key.stop
        shown = len(self.first)
        items = _Slice(self.first[start:stop])
        if stop is None or stop > shown:
            items.extend(self.rest[max(start - shown, 0) : None if stop is None else stop - shown])
        items.supports_facet = self.supports_facet
        return items


def title_matches(words: list[str], *titles: str) -> bool:
    """Every query word begins a word of one of the titles (folded)."""
    title_words = {word for title in titles for word in _WORD.findall(normalize_text(title or ""))}
    return all(any(title_word.startswith(word) for title_word in title_words) for word in words)


class PageSearchView(SearchView):
    def get_queryset(self):
        pages = super().get_queryset()
        words = self._query_words()
        if not words:
            return pages
        matched = self._unindexed_matches(words)
        if not matched:
            return pages
        shown = [pk for pk, content_type_id in matched if self.selected_content_type is None or content_type_id == self.selected_content_type.pk]
        extra = self.annotate_queryset(Page.objects.filter(pk__in=shown))
        extra = extra.order_by(self.ordering) if self.ordering else extra.order_by("-latest_revision_created_at", "-pk")
        if pages.supports_facet:
            counts = Counter(dict((content_type.pk, count) for content_type, count in self.content_types))
            counts.update(content_type_id for _pk, content_type_id in matched)
            self.content_types = [(ContentType.objects.get_for_id(pk), count) for pk, count in counts.most_common()]
        self.all_pages = ChainedResults(matched, self.all_pages)
        return ChainedResults(extra, pages)

    def _query_words(self) -> list[str]:
        self._filters, query = parse_query_string(self.search_query or "", operator="and")
        if not isinstance(query, PlainText):
            return []
        return _WORD.findall(normalize_text(query.query_string))

    def _unindexed_matches(self, words) -> list[tuple[int, int]]:
        """(pk, content type id) of the pages the index leaves out whose title matches."""
        types = [ContentType.objects.get_for_model(model).pk for model in get_page_models() if issubclass(model, SearchableMixin)]
        base = Page.objects.filter(content_type_id__in=types)
        if getattr(settings, "WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS", True):
            base = base.filter(pk__in=self.permission_policy.explorable_instances(self.request.user).values_list("pk", flat=True))
        live_filter = (self._filters.get("live") or self._filters.get("published") or "").lower()
        if live_filter in ("yes", "true"):
            base = base.filter(live=True)
        elif live_filter in ("no", "false"):
            base = base.filter(live=False)
        unindexed = base.filter(Q(live=False) | Q(expired=True)) | base.not_public()
        rows = unindexed.values_list("pk", "content_type_id", "title", "draft_title")
        return [(pk, content_type_id) for pk, content_type_id, title, draft_title in rows if title_matches(words, title, draft_title)]


class PortalPageViewSet(PageViewSet):
    """Wagtail's default page views, with `PageSearchView` for the page search."""

    search_view_class = PageSearchView
