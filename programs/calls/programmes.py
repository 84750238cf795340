"""Programme pages: what a mentor programme is and how to take part."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api_fields import ThemesField
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.page_forms import PortalPageMixin
from home.taxonomy import attach_localized, page_themes
from portal.public_pages import public_children, unrestricted
from resources.models import GoodPracticePage, TrainingMaterialPage
from search.indexing import SearchableMixin


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=150)
    text = blocks.TextBlock(label=_("What happens"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Process step")


class ProgramIndexPage(PortalPageMixin, SearchableMixin, Page):
    search_type_label = pgettext_lazy("page type in search results", "Programme list")
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programs.ProgramPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme index page")

    def programmes(self):
        programmes = public_children(ProgramPage, self).select_related("locale")
        return programmes.prefetch_related("themes").order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = attach_localized(self.programmes(), self.locale)
        return context


class ProgramPage(PortalPageMixin, SearchableMixin, Page):
    search_type_label = pgettext_lazy("page type in search results", "Programme")

    class ProgramType(models.TextChoices):
        ONE_TO_ONE = "one_to_one", _("One-to-one mentoring")
        GROUP = "group", _("Group mentoring")
        REVERSE = "reverse", _("Reverse mentoring")
        PEER = "peer", _("Peer mentoring")
        EXPERT_EXCHANGE = "expert_exchange", _("Institutional expert exchange")

    class Format(models.TextChoices):
        FACE_TO_FACE = "face_to_face", _("Face-to-face")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    program_type = models.CharField(_("programme type"), max_length=30, choices=ProgramType.choices)
    summary = models.TextField(_("summary"), max_length=600)
    themes = ParentalManyToManyField("programs.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    objectives = RichTextField(_("objectives"), blank=True, features=RICH_TEXT_FEATURES)
    benefits_institution = RichTextField(_("benefits for institutions"), blank=True, features=RICH_TEXT_FEATURES)
    benefits_mentor = RichTextField(_("benefits for mentors"), blank=True, features=RICH_TEXT_FEATURES)
    benefits_mentee = RichTextField(_("benefits for mentees"), blank=True, features=RICH_TEXT_FEATURES)
    eligibility = RichTextField(_("who may take part"), blank=True, features=RICH_TEXT_FEATURES)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices, default=Format.HYBRID)
    duration_weeks = models.PositiveSmallIntegerField(_("typical duration (weeks)"), null=True, blank=True)
    group_mentors_min = models.PositiveSmallIntegerField(_("mentors per group, from"), null=True, blank=True)
    group_mentors_max = models.PositiveSmallIntegerField(_("mentors per group, to"), null=True, blank=True)
    group_mentees_min = models.PositiveSmallIntegerField(_("mentees per group, from"), null=True, blank=True)
    group_mentees_max = models.PositiveSmallIntegerField(_("mentees per group, to"), null=True, blank=True)
    steps = StreamField([("step", StepBlock())], verbose_name=_("process steps"), blank=True)
    contact = models.TextField(_("contact"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    #: What the public API shows (home/api.py); everything else stays on the page.
    api_fields = [
        APIField("program_type"),
        APIField("summary"),
        APIField("themes", serializer=ThemesField()),
        APIField("format"),
        APIField("duration_weeks"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("program_type"),
        FieldPanel("summary"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [FieldPanel("benefits_institution"), FieldPanel("benefits_mentor"), FieldPanel("benefits_mentee")],
            heading=_("Benefits"),
        ),
        FieldPanel("eligibility"),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("duration_weeks"),
                FieldRowPanel([FieldPanel("group_mentors_min"), FieldPanel("group_mentors_max")]),
                FieldRowPanel([FieldPanel("group_mentees_min"), FieldPanel("group_mentees_max")]),
            ],
            heading=_("Format and duration"),
        ),
        FieldPanel("steps"),
        FieldPanel("contact"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("eligibility"),
        index.SearchField("body"),
        index.FilterField("program_type"),
    ]
    parent_page_types = ["programs.ProgramIndexPage"]
    subpage_types = ["programs.CallPage", "programs.ResultsPage"]

    class Meta:
        verbose_name = _("programme page")
        verbose_name_plural = _("programme pages")

    def clean(self):
        super().clean()
        errors = {}
        for low, high in (("group_mentors_min", "group_mentors_max"), ("group_mentees_min", "group_mentees_max")):
            lo, hi = getattr(self, low), getattr(self, high)
            if lo is not None and hi is not None and lo > hi:
                errors[high] = _("The upper bound must not be smaller than the lower bound.")
        if errors:
            raise ValidationError(errors)

    @property
    def localized_themes(self):
        return page_themes(self)

    def _library(self, model):
        """Live library items in this page's language that point at this programme in any language."""
        return (
            model.objects.live().filter(unrestricted())
            .filter(locale_id=self.locale_id, programme__translation_key=self.translation_key)
            .select_related("locale").order_by("title")
        )

    def related_good_practices(self):
        return self._library(GoodPracticePage)

    def related_training_materials(self):
        return self._library(TrainingMaterialPage)
