"""The results page (the whole programme's, or one programme's) and the open-data page."""

import json

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.page_forms import PortalPageMixin
from programs.results import charts, data, datasets, figures
from search.indexing import SearchableMixin

#: Home pages are the root's children.
HOME_DEPTH = 2
FILE_ROUTE = r"^(?P<key>[a-z-]+)/(?P<file_format>csv|json)/$"


def _json_ld(value: dict) -> str:
    """JSON for a ``<script type="application/ld+json">``: nothing in it can end the element."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


class ResultsMixin(RoutablePageMixin):
    """Tables in the page's language, and each table's numbers as a file."""

    def programme_key(self, raw):
        return None

    def results(self, raw):
        found = figures.tables(self.programme_key(raw), raw=raw)
        return [
            {"table": table, "chart": charts.bar_chart(table, f"chart-{table.key}"), "rows": charts.display_rows(table)}
            for table in found
        ]

    @re_path(r"^$")
    def index_route(self, request):
        return self.render(request)

    @re_path(FILE_ROUTE)
    def file_route(self, request, key, file_format):
        raw = data.raw_counts()
        table = next((found for found in figures.tables(self.programme_key(raw), raw=raw) if found.key == key), None)
        if table is None:
            raise Http404
        return datasets.download(
            table, file_format, filename=f"{self.slug}-{key}", licence=getattr(self, "licence", datasets.DEFAULT_LICENCE),
            updated_at=raw.updated_at, language=self.locale.language_code,
        )


class ResultsPage(PortalPageMixin, SearchableMixin, ResultsMixin, Page):
    """Placed under the home page, it shows the whole programme's figures; under a programme, that programme's."""

    search_type_label = pgettext_lazy("page type in search results", "Results")
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage", "programs.ProgramPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("results page")
        verbose_name_plural = _("results pages")

    def programme_key(self, raw):
        """None under the home page (the whole programme); under a programme, its key, read from the tree
        path with the figures rather than by a query ("" for a programme without calls: nothing to count)."""
        if self.depth <= HOME_DEPTH + 1:
            return None
        return raw.programme_paths.get(self.path[: -self.steplen], "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        raw = data.raw_counts()  # once per request: every table and figure below is made from it
        context["results"] = self.results(raw)
        context["key_figures"] = figures.key_figures(self.programme_key(raw), raw=raw)
        context["suppressed"] = any(item["table"].suppressed for item in context["results"])
        context["updated_at"] = raw.updated_at
        return context


class OpenDataPage(PortalPageMixin, SearchableMixin, ResultsMixin, Page):
    """The whole programme's anonymised figures as downloadable datasets with their dictionary."""

    search_type_label = pgettext_lazy("page type in search results", "Open data")
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    licence = models.CharField(
        _("licence"), max_length=20, default=datasets.DEFAULT_LICENCE,
        choices=[(key, name) for key, (name, _url) in datasets.LICENCES.items()],
        help_text=_("The terms on which anyone may reuse the datasets."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("licence")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open data page")
        verbose_name_plural = _("open data pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        raw = data.raw_counts()
        tables, updated_at = figures.tables(raw=raw), raw.updated_at
        context["datasets"] = [{"table": table, "dictionary": datasets.dictionary(table)} for table in tables]
        context["updated_at"] = updated_at
        context["licence_name"], context["licence_url"] = datasets.LICENCES[self.licence]
        metadata = datasets.catalogue_metadata(self, tables, updated_at=updated_at, request=request)
        context["metadata_json"] = _json_ld(metadata)
        return context
