"""Networking events (regulation, Article 5(2)ç): upcoming and past, each with an .ics file."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api_fields import ThemesField
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.ical import event_calendar
from home.models.index import SectionIndexPage
from home.page_forms import PortalPageMixin
from home.taxonomy import ThemedContent, attach_localized
from portal.public_pages import public_children
from search.indexing import SearchableMixin


class EventIndexPage(SearchableMixin, SectionIndexPage):
    search_type_label = pgettext_lazy("page type in search results", "Event list")
    subpage_types = ["home.EventPage"]
    past_per_page = 10

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        return (
            public_children(EventPage, self)
            .select_related("locale", "programme").prefetch_related("themes")
        )

    def upcoming(self, now=None):
        """Events not yet over, soonest first (an event in progress is still upcoming)."""
        return self.events().filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        return self.events().filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        past = Paginator(self.past(now).prefetch_related(None), self.past_per_page).get_page(request.GET.get("page"))
        upcoming, past_items = list(self.upcoming(now).prefetch_related(None)), list(past.object_list)
        prefetch_related_objects(upcoming + past_items, "themes")  # both lists' themes in one query, then
        attach_localized(upcoming + past_items, self.locale)  # one query for their rows in this language
        context.update(upcoming=upcoming, results=past, past=past_items)
        return context


class EventKind(models.TextChoices):
    """The kinds of event a programme year holds (the seeds' programme lists them)."""

    NETWORKING = "networking", _("Networking event")
    MENTOR_TRAINING = "mentor_training", _("Mentor training")
    MENTEE_PREPARATION = "mentee_preparation", _("Mentee preparation")
    KICK_OFF = "kick_off", _("Kick-off meeting")
    CLOSING = "closing", _("Closing event")
    SUPERVISION = "supervision", _("Progress or supervision session")
    OTHER = "other", pgettext_lazy("event kind", "Other")


class EventPage(PortalPageMixin, SearchableMixin, ThemedContent, RoutablePageMixin, Page):
    search_type_label = pgettext_lazy("page type in search results", "Event")
    starts_at = models.DateTimeField(_("starts at"), help_text=_("Istanbul time."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("Istanbul time."))
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Shown in listings."))
    location = models.CharField(_("place"), max_length=250, blank=True, help_text=_("Venue and address, if it meets in person."))
    online_url = models.URLField(_("online meeting link"), blank=True)
    registration = RichTextField(_("registration details"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    kind = models.CharField(_("kind of event"), max_length=30, choices=EventKind.choices, default=EventKind.NETWORKING)
    takes_registrations = models.BooleanField(
        _("takes registrations on the site"), default=False,
        help_text=_("Shows a registration form; the secretariat sees the registrations under Event registrations."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Empty: no limit. Registrations beyond it go on a waiting list.")
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes at"), null=True, blank=True, help_text=_("Istanbul time. Empty: when the event starts.")
    )
    call = models.ForeignKey(
        "programs.CallPage", verbose_name=_("networking event for this call"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Applicants who attended are marked on the call's matching screen."),
    )

    #: The registration form of the "register/" route belongs to `programs.events`, which plugs it in
    #: (home does not import programs); None until then.
    register_view = None

    #: What the public API shows (home/api.py); everything else stays on the page.
    api_fields = [
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("summary"),
        APIField("location"),
        APIField("online_url"),
        APIField("themes", serializer=ThemesField()),
        APIField("programme"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]), FieldPanel("location"), FieldPanel("online_url")],
            heading=_("When and where"),
        ),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("takes_registrations"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes_at")]),
                FieldPanel("call"),
                FieldPanel("registration"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("programme"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"), index.SearchField("location"), index.SearchField("body"), index.FilterField("starts_at"),
    ]
    parent_page_types = ["home.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The event must end after it starts.")
        if not self.location.strip() and not self.online_url:
            errors["location"] = _("Give a place, an online meeting link, or both.")
        errors.update(self._registration_errors())
        if errors:
            raise ValidationError(errors)

    def _registration_errors(self) -> dict:
        errors = {}
        if self.capacity == 0:
            errors["capacity"] = _("Give at least one seat, or leave it empty for no limit.")
        if self.registration_closes_at and self.starts_at and self.registration_closes_at > self.starts_at:
            errors["registration_closes_at"] = _("Registration must close by the time the event starts.")
        return errors

    def registration_deadline(self):
        """When the form closes: the set time, else the start of the event."""
        return self.registration_closes_at or self.starts_at

    def registration_open(self, now=None) -> bool:
        return self.takes_registrations and (now or timezone.now()) < self.registration_deadline()

    @property
    def register_url(self):
        return self.url + self.reverse_subpage("register")

    @path("register/", name="register")
    def registration_form(self, request):
        if type(self).register_view is None:
            raise Http404("Registration is not installed")
        return type(self).register_view(request, self)

    def is_past(self, now=None):
        return self.ends_at < (now or timezone.now())

    @property
    def ics_url(self):
        return self.url + self.reverse_subpage("ics")

    # Wagtail's page URLs allow no dot, so the file name comes from Content-Disposition.
    @path("calendar/", name="ics")
    def ics(self, request):
        response = HttpResponse(event_calendar(self, request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response
