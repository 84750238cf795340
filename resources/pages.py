"""The library's items: good practices and training materials (regulation, Article 7).

Both kinds live under one ``ResourceIndexPage`` (``resources.library``) that
lists and filters them together.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api_fields import ThemesField
from home.blocks import RICH_TEXT_FEATURES, BodyBlock, DocumentLinkBlock, ImageBlock
from home.page_forms import PortalPageMixin
from home.taxonomy import ThemedContent
from search.indexing import SearchableMixin

HOME_COUNTRY = "TR"


class Country(models.TextChoices):
    """Countries a practice may come from; add a line to offer another."""

    TURKIYE = "TR", _("Türkiye")
    AUSTRIA = "AT", _("Austria")
    BELGIUM = "BE", _("Belgium")
    DENMARK = "DK", _("Denmark")
    FINLAND = "FI", _("Finland")
    FRANCE = "FR", _("France")
    GERMANY = "DE", _("Germany")
    GREECE = "GR", _("Greece")
    ITALY = "IT", _("Italy")
    NETHERLANDS = "NL", _("Netherlands")
    POLAND = "PL", _("Poland")
    SPAIN = "ES", _("Spain")
    SWEDEN = "SE", _("Sweden")
    UNITED_KINGDOM = "GB", _("United Kingdom")
    UNITED_STATES = "US", _("United States")
    OTHER = "XX", _("Other country")


class Scope(models.TextChoices):
    NATIONAL = "national", _("National")
    INTERNATIONAL = "international", _("International")


class Audience(models.TextChoices):
    MENTOR = "mentor", _("Mentors")
    MENTEE = "mentee", _("Mentees")
    SECRETARIAT = "secretariat", _("Secretariat")
    EVERYONE = "everyone", _("Everyone")


class MaterialType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    PRESENTATION = "presentation", _("Presentation")
    VIDEO = "video", _("Video")
    CHECKLIST = "checklist", _("Checklist")
    FORM_TEMPLATE = "form_template", _("Form template")


class MaterialLanguage(models.TextChoices):
    TURKISH = "tr", _("Turkish")
    ENGLISH = "en", _("English")
    BOTH = "tr_en", _("Turkish and English")


class AttachmentBlock(blocks.StreamBlock):
    """Files and pictures that belong to a practice, from the shared block library."""

    document = DocumentLinkBlock()
    image = ImageBlock()


class LibraryItemMixin(ThemedContent):
    """What both kinds of library item share: themes, a programme, a summary."""

    summary = models.TextField(_("summary"), max_length=600, help_text=_("Shown in the library listing."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    #: What the public API shows of both kinds (home/api.py); each adds its own fields.
    api_fields = [APIField("summary"), APIField("themes", serializer=ThemesField()), APIField("programme")]

    class Meta:
        abstract = True

    @property
    def kind(self) -> str:
        return self._meta.model_name


class GoodPracticePage(PortalPageMixin, SearchableMixin, LibraryItemMixin, Page):
    institution = models.ForeignKey(
        "programs.Institution",
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="good_practices",
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=HOME_COUNTRY)
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices, default=Scope.NATIONAL)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    what_was_done = RichTextField(_("what was done"), features=RICH_TEXT_FEATURES)
    results = RichTextField(_("results"), blank=True, features=RICH_TEXT_FEATURES)
    source_url = models.URLField(_("source link"), blank=True, help_text=_("Where a reader can check the facts."))
    attachments = StreamField(AttachmentBlock(), verbose_name=_("documents and images"), blank=True)
    #: Written when a participant's proposal became this draft (programs/followup/proposals.py): who proposed it
    #: and whether they may be named. Only the admin shows it: no template, API or search field reads it.
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Seen only in the admin; never shown on the site.")
    )

    api_fields = LibraryItemMixin.api_fields + [
        APIField("city"),
        APIField("country"),
        APIField("scope"),
        APIField("year"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("editor_note"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("institution"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("scope"), FieldPanel("year")]),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("programme"),
        FieldPanel("what_was_done"),
        FieldPanel("results"),
        FieldPanel("body"),
        FieldPanel("source_url"),
        FieldPanel("attachments"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("what_was_done"),
        index.SearchField("results"),
        index.SearchField("city"),
        index.FilterField("scope"),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def clean(self):
        super().clean()
        if self.scope == Scope.NATIONAL and self.country != HOME_COUNTRY:
            raise ValidationError({"scope": _("A practice from another country is international.")})
        if self.scope == Scope.INTERNATIONAL and self.country == HOME_COUNTRY:
            raise ValidationError({"scope": _("A practice from Türkiye is national.")})

    @property
    def social_image(self):
        """The first attached picture, for link previews (Open Graph)."""
        for block in self.attachments:
            if block.block_type == "image":
                return block.value["image"]
        return None


class TrainingMaterialPage(PortalPageMixin, SearchableMixin, LibraryItemMixin, Page):
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    material_type = models.CharField(_("material type"), max_length=20, choices=MaterialType.choices)
    minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"), null=True, blank=True, validators=[MaxValueValidator(600)]
    )
    material_language = models.CharField(
        _("language of the material"), max_length=5, choices=MaterialLanguage.choices, default=MaterialLanguage.TURKISH
    )
    documents = StreamField([("document", DocumentLinkBlock())], verbose_name=_("documents"), blank=True)
    video_url = models.URLField(
        _("video link"),
        blank=True,
        help_text=_("A video on a video host; it is shown as a link because the site embeds nothing from other hosts."),
    )

    api_fields = LibraryItemMixin.api_fields + [
        APIField("audience"),
        APIField("material_type"),
        APIField("minutes"),
        APIField("material_language"),
        APIField("video_url"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audience"), FieldPanel("material_type")]),
                FieldRowPanel([FieldPanel("minutes"), FieldPanel("material_language")]),
            ],
            heading=_("About the material"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("programme"),
        FieldPanel("body"),
        FieldPanel("documents"),
        FieldPanel("video_url"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("audience"),
        index.FilterField("material_type"),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("training material")
        verbose_name_plural = _("training materials")
