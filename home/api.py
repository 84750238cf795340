"""The public, read-only API for other municipal sites and apps: Wagtail's API v2 (`/api/v2/pages/`).

Why Wagtail's own API: it serves exactly the pages a visitor can read (live, no view restriction, on this
site), already knows types (`?type=programs.CallPage`), languages (`?locale=en`, `?translation_of=`), tree
filters, field selection and paging, and each model lists what it shows in `api_fields`. Added here: the
filters the portal's readers ask for (`?theme=<slug>`, `?programme=<id>`, `?state=open` for calls) and a rate
limit per client address. Responses to anonymous GETs are kept by the page cache (portal/page_cache.py) and
cleared with every content change, like the pages.
"""

from __future__ import annotations

from django.utils import timezone
from rest_framework.filters import BaseFilterBackend
from rest_framework.throttling import AnonRateThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

from home.taxonomy import Theme


def _has_field(model, name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())


class ThemeFilter(BaseFilterBackend):
    """`?theme=<slug>`: pages of a type with themes that carry that theme, its slug given in any language."""

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get("theme")
        if slug is None:
            return queryset
        if not _has_field(queryset.model, "themes"):
            raise BadRequestError("theme filter: choose a type with themes, e.g. type=programs.CallPage")
        keys = Theme.objects.filter(slug=slug).values("translation_key")
        return queryset.filter(themes__translation_key__in=keys).distinct()


class ProgrammeFilter(BaseFilterBackend):
    """`?programme=<page id>`: library items, news and events related to a programme, and its calls."""

    def filter_queryset(self, request, queryset, view):
        value = request.GET.get("programme")
        if value is None:
            return queryset
        try:
            programme = Page.objects.get(pk=int(value))
        except (ValueError, Page.DoesNotExist) as exc:
            raise BadRequestError("programme filter: not the id of a programme page") from exc
        if _has_field(queryset.model, "programme"):
            return queryset.filter(programme_id=programme.pk)
        return queryset.descendant_of(programme)


class StateFilter(BaseFilterBackend):
    """`?state=upcoming|open|closed|announced` for types that change state by the clock (calls)."""

    def filter_queryset(self, request, queryset, view):
        state = request.GET.get("state")
        if state is None:
            return queryset
        by_state = getattr(queryset.model, "filter_by_state", None)
        if by_state is None:
            raise BadRequestError("state filter: only for type=programs.CallPage")
        try:
            return by_state(queryset, state, timezone.now())
        except ValueError as exc:
            raise BadRequestError(f"state filter: {exc}") from exc


class ApiRateThrottle(AnonRateThrottle):
    """Every client, signed in or not, by address (REST_FRAMEWORK's NUM_PROXIES = TRUSTED_PROXY_COUNT)."""

    scope = "api"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class PublicPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [ThemeFilter, ProgrammeFilter, StateFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["theme", "programme", "state"])
    throttle_classes = [ApiRateThrottle]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
