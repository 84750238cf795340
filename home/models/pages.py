"""The home page and the plain content pages (about, privacy, contact)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.page_forms import PortalPageMixin
from home.sections import HomeSectionsBlock, default_sections
from search.indexing import SearchableMixin


class FeaturedItemBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(label=_("Title"), required=False, help_text=_("Leave empty to use the page title."))
    text = blocks.TextBlock(label=_("Short text"), required=False, max_length=300)

    class Meta:
        icon = "pick"
        label = _("Featured page")
        template = "blocks/featured_item_block.html"


class HomePage(PortalPageMixin, SearchableMixin, Page):
    #: Read with the page when it is routed (home/routing.py): the hero picture is on every visit.
    routed_with = ("hero_image",)

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=600)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"), max_length=250, blank=True, help_text=_("Required when there is a hero image.")
    )
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    sections = StreamField(
        HomeSectionsBlock(), verbose_name=_("sections"), blank=True, default=default_sections,
        help_text=_("What the page shows below the open calls, in this order. Remove a section to hide it."),
    )
    featured = StreamField([("item", FeaturedItemBlock())], verbose_name=_("featured items"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("sections"),
        FieldPanel("featured"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.PrivacyNoticePage",
        "programs.ProgramIndexPage",
        "programs.CallIndexPage",
        "resources.ResourceIndexPage",
        "home.NewsIndexPage",
        "home.EventIndexPage",
        "programs.ResultsPage",
        "programs.OpenDataPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError({"hero_image_alt": _("Describe the hero image for people who cannot see it.")})


class StandardPage(PortalPageMixin, SearchableMixin, Page):
    search_type_label = pgettext_lazy("page type in search results", "Page")
    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.PrivacyNoticePage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
