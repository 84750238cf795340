"""Thematic calls: how the programme takes requests in (regulation, Article 5(1)-(2)).

A call's state is derived from its dates, never stored, so it can never
disagree with the calendar.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api_fields import ThemesField
from home.blocks import RICH_TEXT_FEATURES
from home.models import PrivacyNoticePage
from home.page_forms import PortalPageMixin
from home.taxonomy import page_themes
from search.indexing import SearchableMixin

# The form-builder types an applicant form needs; the others (hidden,
# number, URL ...) only invite confusing questions.
QUESTION_TYPES = (
    ("singleline", _("Text")),
    ("multiline", _("Long text")),
    ("dropdown", _("Choice (drop-down)")),
    ("radio", _("Choice (buttons)")),
    ("checkboxes", _("Multiple choice")),
    ("date", _("Date")),
    ("checkbox", _("Yes / no")),
)


class TimetableStepBlock(blocks.StructBlock):
    stage = blocks.ChoiceBlock(
        label=_("Stage"),
        choices=[
            ("application", _("Applications")),
            ("matching", _("Matching")),
            ("announcement", _("Announcement")),
            ("mentoring", _("Mentoring period")),
            ("other", _("Other")),
        ],
    )
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    when = blocks.CharBlock(label=_("When"), max_length=200)

    class Meta:
        icon = "date"
        label = _("Timetable step")


class CallRole(models.TextChoices):
    MENTEE = "mentee", _("Mentees")
    MENTOR = "mentor", _("Mentors and experts")
    BOTH = "both", _("Mentors and mentees")
    INSTITUTION_NEED = "institution_need", _("Institutions stating a need or offering expertise")
    INSTITUTION_OFFER = "institution_offer", _("Institutions offering expertise")


class CallState(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    ANNOUNCED = "announced", _("Results announced")


class CallQuestion(AbstractFormField):
    """An extra question an editor adds to one call (Wagtail's form-builder pattern)."""

    call = ParentalKey("programs.CallPage", on_delete=models.CASCADE, related_name="questions")
    field_type = models.CharField(_("field type"), max_length=16, choices=QUESTION_TYPES)

    panels = [
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("required"),
        FieldPanel("field_type", classname="formbuilder-type", required_on_save=True),
        FieldPanel("choices", classname="formbuilder-choices"),
    ]

    class Meta(AbstractFormField.Meta):
        verbose_name = _("extra question")
        verbose_name_plural = _("extra questions")


class CallPage(PortalPageMixin, SearchableMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), max_length=1000)
    themes = ParentalManyToManyField("programs.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    called_roles = models.CharField(_("who is called"), max_length=20, choices=CallRole.choices, default=CallRole.BOTH)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(
        _("closes at"), null=True, blank=True,
        help_text=_("Leave empty for a standing call through which institutions state a need or offer expertise at any time."),
    )
    results_announced_at = models.DateTimeField(_("results announced at"), null=True, blank=True)
    places = models.PositiveSmallIntegerField(_("number of places"), null=True, blank=True)
    eligibility = RichTextField(_("eligibility"), blank=True, features=RICH_TEXT_FEATURES)
    selection_criteria = RichTextField(_("selection criteria"), blank=True, features=RICH_TEXT_FEATURES)
    required_documents = RichTextField(_("required documents"), blank=True, features=RICH_TEXT_FEATURES)
    timetable = StreamField([("step", TimetableStepBlock())], verbose_name=_("timetable"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("privacy notice"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Linked next to the consent box on the application form."),
    )

    #: What the public API shows (home/api.py); everything else stays on the page.
    api_fields = [
        APIField("intro"),
        APIField("themes", serializer=ThemesField()),
        APIField("called_roles"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("results_announced_at"),
        APIField("places"),
        APIField("state"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("called_roles"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("results_announced_at"),
                FieldPanel("places"),
            ],
            heading=_("Dates and places (Europe/Istanbul)"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("selection_criteria"),
        FieldPanel("required_documents"),
        FieldPanel("timetable"),
        PageChooserPanel("privacy_page", page_type="home.PrivacyNoticePage"),
        InlinePanel("questions", label=_("Extra questions")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("eligibility"),
        index.FilterField("called_roles"),
    ]
    parent_page_types = ["programs.ProgramPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("call")
        verbose_name_plural = _("calls")

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("A call must close after it opens.")
        if self.results_announced_at and self.closes_at and self.results_announced_at < self.closes_at:
            errors["results_announced_at"] = _("Results cannot be announced before the call closes.")
        if self.results_announced_at and not self.closes_at:
            errors["results_announced_at"] = _("A standing call has no results date.")
        if self.privacy_page_id and not PrivacyNoticePage.objects.filter(pk=self.privacy_page_id).exists():
            errors["privacy_page"] = _("Choose a privacy notice page: only its versions are recorded with applications.")
        if errors:
            raise ValidationError(errors)

    # -- state -------------------------------------------------------------
    def state(self, now=None) -> str:
        now = now or timezone.now()
        if now < self.opens_at:
            return CallState.UPCOMING
        if self.closes_at is None or now < self.closes_at:
            return CallState.OPEN
        if self.results_announced_at and now >= self.results_announced_at:
            return CallState.ANNOUNCED
        return CallState.CLOSED

    @staticmethod
    def filter_by_state(queryset, state: str, now):
        """The calls of ``queryset`` in ``state`` at ``now``: `state()` as a query (the public API's filter)."""
        opened, not_closed = Q(opens_at__lte=now), Q(closes_at__isnull=True) | Q(closes_at__gt=now)
        announced = Q(results_announced_at__isnull=False, results_announced_at__lte=now)
        conditions = {
            CallState.UPCOMING: Q(opens_at__gt=now),
            CallState.OPEN: opened & not_closed,
            CallState.CLOSED: opened & ~not_closed & ~announced,
            CallState.ANNOUNCED: opened & ~not_closed & announced,
        }
        if state not in conditions:
            raise ValueError(f"one of {', '.join(conditions)}")
        return queryset.filter(conditions[state])

    def state_label(self, now=None):
        return CallState(self.state(now)).label

    def is_open(self, now=None) -> bool:
        return self.state(now) == CallState.OPEN

    @property
    def is_standing(self) -> bool:
        return self.closes_at is None

    def days_left(self, now=None):
        """Whole days until closing (0 on the last day); None for standing calls."""
        if self.closes_at is None:
            return None
        now = now or timezone.now()
        return max((self.closes_at - now).days, 0)

    def fixed_role(self):
        """The role an applicant must take, when the call fixes one."""
        return {  # values of Application.Role
            CallRole.MENTEE: "mentee",
            CallRole.MENTOR: "mentor",
            CallRole.INSTITUTION_OFFER: "mentor",
        }.get(self.called_roles)

    def privacy_notice(self) -> "PrivacyNoticePage | None":
        """The call's notice in the call's language, else the site's notice in that language."""
        page = self.privacy_page
        if page is not None:
            page = (page.get_translation_or_none(self.locale) or page).specific
            if isinstance(page, PrivacyNoticePage):
                return page
        return PrivacyNoticePage.for_locale(self.locale)

    def privacy_url(self, request=None) -> str:
        page = self.privacy_notice()
        if page is None:
            return ""
        return page.get_url(request) or ""

    @property
    def localized_themes(self):
        """The call's themes in the page's language (pages may point at rows of another locale)."""
        return page_themes(self, fallback=False)

    @property
    def programme(self):
        return self.get_parent().specific

    # -- one call in every language ----------------------------------------
    @property
    def original(self) -> "CallPage":
        """The first page of this call's translation group, which holds its matching (settings, groups,
        matches), whatever language the secretariat opened. Applications of every language are the call's
        through `Application.call_key`; the first page never changes, as pages with matches cannot be deleted."""
        cached = self.__dict__.get("_original")
        if cached is None:
            cached = CallPage.objects.filter(translation_key=self.translation_key).order_by("pk").first() or self
            self.__dict__["_original"] = cached
        return cached

    def is_original(self) -> bool:
        return self.original.pk == self.pk

    # -- routes ------------------------------------------------------------
    @path("")
    def index_route(self, request):
        return self.render(request)

    #: The view of the "apply/" route. The application form belongs to `programs.applications`, which
    #: builds on this model, so `ProgramsConfig.ready()` plugs the view in rather than this module importing it.
    apply_view = None

    @path("apply/")
    def apply(self, request):
        return type(self).apply_view(request, self)

    #: The page every sent application ends on, new or not (see `programs.applications.views.sent_view`).
    sent_view = None

    @path("apply/sent/", name="apply_sent")
    def apply_sent(self, request):
        return type(self).sent_view(request, self)
