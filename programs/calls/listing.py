"""Finding calls: the site-wide list of calls and its filters by state, programme and theme, in one language."""

from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.page_forms import PortalPageMixin
from home.taxonomy import Theme
from portal.public_pages import public_children, unrestricted
from programs.calls.models import CallPage, CallState
from programs.calls.programmes import ProgramPage
from search.indexing import SearchableMixin


def live_calls(locale):
    return CallPage.objects.live().filter(unrestricted()).filter(locale=locale).order_by("closes_at", "opens_at")


def with_state(calls, state: str, now=None):
    """Filter a queryset by derived state; the state is computed from dates in SQL."""
    now = now or timezone.now()
    if state == CallState.UPCOMING:
        return calls.filter(opens_at__gt=now)
    if state == CallState.OPEN:
        return calls.filter(opens_at__lte=now).filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))
    if state == CallState.ANNOUNCED:
        return calls.filter(closes_at__lte=now, results_announced_at__lte=now)
    if state == CallState.CLOSED:
        return calls.filter(closes_at__lte=now).filter(Q(results_announced_at__isnull=True) | Q(results_announced_at__gt=now))
    return calls


def open_calls(language=None, now=None):
    """Open calls in ``language`` (the active one by default), the locale joined rather than read first."""
    calls = CallPage.objects.live().filter(unrestricted()).filter(locale__language_code=language or translation.get_language())
    return with_state(calls.order_by("closes_at", "opens_at"), CallState.OPEN, now)


def filter_calls(request, locale) -> dict:
    """Context for a list of calls filtered by the query string (?state=&programme=&theme=)."""
    calls = live_calls(locale)
    state = request.GET.get("state", "")
    if state not in CallState.values:
        state = ""
    calls = with_state(calls, state)
    programmes = ProgramPage.objects.live().filter(unrestricted()).filter(locale=locale).order_by("path")
    programme = request.GET.get("programme", "")
    chosen = programmes.filter(slug=programme).first() if programme else None
    if chosen is not None:
        calls = calls.child_of(chosen)
    themes = Theme.objects.filter(locale=locale)
    theme = request.GET.get("theme", "")
    chosen_theme = themes.filter(slug=theme).first() if theme else None
    if chosen_theme is not None:
        calls = calls.filter(themes__translation_key=chosen_theme.translation_key)
    return {
        "calls": calls.distinct(),
        "states": CallState.choices,
        "programmes": programmes,
        "themes": themes,
        "selected": {"state": state, "programme": chosen.slug if chosen else "", "theme": chosen_theme.slug if chosen_theme else ""},
        "now": timezone.now(),
    }


def calls_for_programme(programme, state: str = ""):
    return with_state(public_children(CallPage, programme).order_by("-opens_at"), state)


class CallIndexPage(PortalPageMixin, SearchableMixin, Page):
    """The site-wide list of calls, filtered by state, programme and theme."""
    search_type_label = pgettext_lazy("page type in search results", "Call list")

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("call index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(filter_calls(request, self.locale))
        return context
