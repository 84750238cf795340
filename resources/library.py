"""The knowledge library's index page and its filters: which good practices and training materials a visitor sees.

Every filter state is a plain GET query, so it can be bookmarked, shared and
used without JavaScript. Unknown values are dropped rather than failing: an
old shared link still opens the library.

Rules that are not obvious from the field names:
* themes and programmes are matched by ``translation_key``, so a filter
  finds an English page that still points at the Turkish theme row;
* "audience" only concerns training materials; material meant for
  everyone matches every audience;
* "scope" only concerns good practices;
* "type" is either a kind of item or one kind of training material.
"""

from dataclasses import asdict, dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale

from home.models.index import SectionIndexPage
from home.taxonomy import PROGRAMME_ON_CARD, Theme, localized_programmes, programmes_in, themes_in
from portal.public_pages import cards, children_at, listing, public_children
from portal.text import turkish_sort_key
from resources.pages import Audience, GoodPracticePage, MaterialType, Scope, TrainingMaterialPage
from search.indexing import SearchableMixin

GOOD_PRACTICE = "good-practice"
TRAINING_MATERIAL = "training-material"


def type_choices():
    return [
        (GOOD_PRACTICE, _("Good practices")),
        (TRAINING_MATERIAL, _("Training materials (all)")),
        *[(value, label) for value, label in MaterialType.choices],
    ]


@dataclass(frozen=True)
class LibraryFilters:
    theme: str = ""
    type: str = ""
    audience: str = ""
    scope: str = ""
    programme: str = ""

    def active(self) -> dict:
        return {name: value for name, value in asdict(self).items() if value}

    def querystring(self) -> str:
        return urlencode(self.active())


@dataclass
class FilterOptions:
    """What the visitor may choose from, in their language (two queries)."""

    themes: list
    programmes: list

    @classmethod
    def for_locale(cls, locale: Locale) -> "FilterOptions":
        return cls(themes=list(themes_in(locale)), programmes=list(programmes_in(locale)))


def parse_filters(params, options: FilterOptions) -> LibraryFilters:
    """Keep only values that exist; everything else is ignored."""

    def pick(name, allowed):
        value = (params.get(name) or "").strip()
        return value if value in allowed else ""

    return LibraryFilters(
        theme=pick("theme", {t.slug for t in options.themes}),
        type=pick("type", {value for value, _label in type_choices()}),
        audience=pick("audience", set(Audience.values)),
        scope=pick("scope", set(Scope.values)),
        programme=pick("programme", {p.slug for p in options.programmes}),
    )


def _key(objects, slug):
    return next((obj.translation_key for obj in objects if obj.slug == slug), None)


def good_practices(parent, filters: LibraryFilters, options: FilterOptions):
    """Live good practices under ``parent`` that the filters allow (unevaluated)."""
    if filters.audience or filters.type not in ("", GOOD_PRACTICE):
        return GoodPracticePage.objects.none()
    qs = public_children(GoodPracticePage, parent)
    if filters.scope:
        qs = qs.filter(scope=filters.scope)
    return _shared_filters(qs, filters, options)


def latest_good_practices(index, count: int) -> list:
    """The home page's cards: the newest live, public good practices of ``index`` (first published first)."""

    def build(path, depth, locale_id):
        practices = children_at(GoodPracticePage, path, depth).filter(locale_id=locale_id)
        latest = models.F("first_published_at").desc(nulls_last=True)
        return cards(practices, "city", "country", "summary").order_by(latest, "-pk")[:count]

    return listing(f"resources.latest_good_practices.{count}", build, index.path, index.depth + 1, index.locale_id)


def training_materials(parent, filters: LibraryFilters, options: FilterOptions):
    if filters.scope or filters.type == GOOD_PRACTICE:
        return TrainingMaterialPage.objects.none()
    qs = public_children(TrainingMaterialPage, parent)
    if filters.type in MaterialType.values:
        qs = qs.filter(material_type=filters.type)
    if filters.audience and filters.audience != Audience.EVERYONE:
        qs = qs.filter(audience__in=[filters.audience, Audience.EVERYONE])
    elif filters.audience:
        qs = qs.filter(audience=Audience.EVERYONE)
    return _shared_filters(qs, filters, options)


def _shared_filters(qs, filters, options):
    if filters.theme:
        qs = qs.filter(themes__translation_key=_key(options.themes, filters.theme))
    if filters.programme:
        qs = qs.filter(programme__translation_key=_key(options.programmes, filters.programme))
    return qs.distinct()


def library_entries(parent, filters: LibraryFilters, options: FilterOptions) -> list[tuple]:
    """(first published, model, pk) of every matching item, newest first: one small query (a UNION of both kinds)."""
    models_ = (GoodPracticePage, TrainingMaterialPage)
    kinds = [
        qs.order_by().annotate(kind=models.Value(number)).values_list("pk", "title", "first_published_at", "kind")
        for number, qs in enumerate((good_practices(parent, filters, options), training_materials(parent, filters, options)))
    ]
    entries = [(published, title, models_[kind], pk) for pk, title, published, kind in kinds[0].union(kinds[1], all=True)]
    entries.sort(key=lambda e: (-(e[0].timestamp() if e[0] else 0), e[1]))
    return [(published, model, pk) for published, _title, model, pk in entries]


#: What the library's cards show of each kind (resource_index_page.html).
CARD_FIELDS = {
    GoodPracticePage: ("city", "country", "scope", "institution", "year", "summary"),
    TrainingMaterialPage: ("material_type", "audience", "minutes", "summary"),
}


def load_items(entries, locale, options: FilterOptions) -> list:
    """The pages behind one page of entries, with their relations, in entry order: one query per kind, and
    one for both kinds' themes (their rows in this language come from the filter menu's)."""
    by_model: dict = {}
    for _published, model, pk in entries:
        by_model.setdefault(model, []).append(pk)
    loaded = {}
    for model, pks in by_model.items():
        related = ["locale", "programme"] + (["institution"] if model is GoodPracticePage else [])
        rows = cards(model.objects.filter(pk__in=pks), *CARD_FIELDS[model], "programme", *PROGRAMME_ON_CARD)
        for obj in rows.select_related(*related):
            loaded[(model, obj.pk)] = obj
    items = [loaded[(model, pk)] for _published, model, pk in entries if (model, pk) in loaded]
    themes = _chosen_themes(by_model)
    theme_map = {theme.translation_key: theme for theme in options.themes}
    programmes = localized_programmes([item.programme for item in items if item.programme], locale, options.programmes)
    for item in items:
        localized = [theme_map.get(theme.translation_key, theme) for theme in themes.get(item.pk, [])]
        item.theme_list = sorted(localized, key=lambda theme: turkish_sort_key(theme.name))
        item.programme_localized = programmes.get(item.programme.translation_key, item.programme) if item.programme else None
    return items


def _chosen_themes(pks_by_model) -> dict:
    """{page pk: [chosen Theme]} for pages of several kinds in one UNION query (page pks are unique across kinds)."""
    columns = ("theme__id", "theme__translation_key", "theme__locale_id", "theme__name", "theme__slug")
    selects = []
    for model, pks in pks_by_model.items():
        field = model._meta.get_field("themes")
        page = field.m2m_field_name()
        selects.append(field.remote_field.through.objects.filter(**{f"{page}__in": pks}).order_by().values_list(page, *columns))
    if not selects:
        return {}
    chosen: dict = {}
    for page_pk, pk, key, locale_id, name, slug in selects[0].union(*selects[1:], all=True):
        chosen.setdefault(page_pk, []).append(Theme(pk=pk, translation_key=key, locale_id=locale_id, name=name, slug=slug))
    return chosen


def library_context(index_page, params) -> dict:
    """Everything the library template needs, in a fixed number of queries."""
    options = FilterOptions.for_locale(index_page.locale)
    filters = parse_filters(params, options)
    entries = library_entries(index_page, filters, options)
    page = Paginator(entries, index_page.per_page).get_page(params.get("page"))
    return {
        "filters": filters,
        "filter_options": options,
        "type_choices": type_choices(),
        "audience_choices": Audience.choices,
        "scope_choices": Scope.choices,
        "results": page,
        "items": load_items(page.object_list, index_page.locale, options),
    }


class ResourceIndexPage(SearchableMixin, SectionIndexPage):
    per_page = models.PositiveSmallIntegerField(
        _("items per page"), default=12, validators=[MinValueValidator(5), MaxValueValidator(60)]
    )

    content_panels = SectionIndexPage.content_panels + [FieldPanel("per_page")]
    subpage_types = ["resources.GoodPracticePage", "resources.TrainingMaterialPage"]

    class Meta:
        verbose_name = _("knowledge library")
        verbose_name_plural = _("knowledge libraries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(self, request.GET))
        return context
