"""News and announcements (match announcements are news too)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api_fields import ThemesField
from home.blocks import BodyBlock
from home.models.index import SectionIndexPage
from home.page_forms import PortalPageMixin
from home.taxonomy import PROGRAMME_ON_CARD, ThemedContent, attach_localized
from portal.public_pages import cards, public_children
from search.indexing import SearchableMixin


def local_today():
    return timezone.localdate()


class NewsIndexPage(SearchableMixin, SectionIndexPage):
    search_type_label = pgettext_lazy("page type in search results", "News list")
    subpage_types = ["home.NewsPage"]
    per_page = 10

    class Meta:
        verbose_name = _("news index page")

    def news(self):
        """Newest first; everything a listing shows is fetched up front."""
        news = public_children(NewsPage, self)
        news = cards(news, "date", "intro", "programme", *PROGRAMME_ON_CARD)
        return news.select_related("locale", "programme").prefetch_related("themes").order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        results = Paginator(self.news(), self.per_page).get_page(request.GET.get("page"))
        context["results"] = results
        context["items"] = attach_localized(results.object_list, self.locale)
        return context


class NewsPage(PortalPageMixin, SearchableMixin, ThemedContent, Page):
    #: Read with the page when it is routed (home/routing.py): the article's picture is on every visit.
    routed_with = ("image",)
    search_type_label = pgettext_lazy("page type in search results", "News")
    date = models.DateField(_("news date"), default=local_today)
    intro = models.TextField(_("introduction"), max_length=600, help_text=_("Shown in listings and feeds."))
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image_alt = models.CharField(
        _("image alternative text"), max_length=250, blank=True, help_text=_("Required when there is an image.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    #: What the public API shows (home/api.py); everything else stays on the page.
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("themes", serializer=ThemesField()),
        APIField("programme"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("programme"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body"), index.FilterField("date")]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})

    @property
    def social_image(self):
        return self.image
