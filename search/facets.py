"""The search page's facets (type, programme, theme), read in one query.

Each hit brings its type; its programme and themes come from each page
type's own tables (a theme list, a programme field, or the programme page
the hit sits under), their names in the visitor's language with them. One
``UNION ALL`` over every page type shown asks for all of it at once, so the
number of queries does not grow with the page types a search finds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import Page

from portal.text import capfirst
from search.hits import Hit

#: A programme page is its own programme in the programme facet.
PROGRAMME_MODEL = "programs.programpage"
#: Named, not imported: search sits below the apps whose pages it indexes.
THEME_MODEL = "programs.theme"
PROGRAMME, THEME = "programme", "theme"


@dataclass(frozen=True)
class FacetOption:
    key: str
    label: str
    count: int
    selected: bool


@dataclass
class Filters:
    """The facet values a visitor picked (keys as they appear in URLs)."""

    type: str = ""
    programme: str = ""
    theme: str = ""

    @classmethod
    def from_params(cls, params) -> Filters:
        return cls(**{name: params.get(name, "").strip()[:100] for name in ("type", "programme", "theme")})

    def active(self) -> bool:
        return bool(self.type or self.programme or self.theme)


@dataclass
class FacetValues:
    """What facets know of each hit: ``rows`` of (pk, type key, programme key, [theme keys]), and the
    programmes' and themes' names in the search's language (``labels[PROGRAMME]``, ``labels[THEME]``)."""

    rows: list[tuple]
    labels: dict[str, dict[str, str]]


def type_key(model) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def facet_values(hits: list[Hit], language_code: str) -> FacetValues:
    """The facet values of every hit given, in one query (none when no hit's type has a programme or themes)."""
    by_model: dict = {}
    for hit in hits:
        by_model.setdefault(ContentType.objects.get_for_id(hit.content_type_id).model_class(), []).append(hit)
    by_model.pop(None, None)  # a page type whose model is gone: no facets, as before
    programmes, themes = {}, {}
    labels = {PROGRAMME: {}, THEME: {}}
    for model, typed in by_model.items():
        if type_key(model) == PROGRAMME_MODEL:  # its own programme, and in this language already
            for hit in typed:
                programmes[hit.pk] = str(hit.translation_key)
                labels[PROGRAMME][str(hit.translation_key)] = hit.title
    parts = [part for model, typed in by_model.items() for part in _parts(model, [hit.pk for hit in typed], language_code)]
    if parts:
        query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        for pk, kind, key, label in query:
            key = str(key)
            if kind == PROGRAMME:
                programmes[pk] = key
            else:
                themes.setdefault(pk, []).append(key)
            if label is not None:
                labels[kind].setdefault(key, label)
    rows = [(hit.pk, type_key(model), programmes.get(hit.pk), themes.get(hit.pk, [])) for model, typed in by_model.items() for hit in typed]
    return FacetValues(rows, labels)


def _parts(model, pks: list[int], language_code: str) -> list:
    """The queries that give these pages' programme and themes as (pk, kind, key, label) rows."""
    parts = []
    if type_key(model) != PROGRAMME_MODEL:
        field = model.search_programme_field_name() if hasattr(model, "search_programme_field_name") else None
        parts.append(_programme_field(model, field, pks, language_code) if field else _programme_above(pks, language_code))
    if _theme_field(model) is not None:
        parts.append(_themes(model, pks, language_code))
    return parts


def _programme_title(key_ref: str, language_code: str) -> Subquery:
    """The title of the programme with this translation key in this language (None: not translated)."""
    same = Page.objects.filter(translation_key=OuterRef(key_ref), locale__language_code=language_code).order_by()
    return Subquery(same.values("title")[:1])


def _programme_field(model, field: str, pks, language_code):
    """Pages that name their programme in a field (a news item, a good practice)."""
    key = f"{field}__translation_key"
    rows = model.objects.filter(pk__in=pks, **{f"{field}__isnull": False})
    return _rows(rows, F("pk"), PROGRAMME, F(key), _programme_title(key, language_code))


def _programme_above(pks, language_code):
    """Pages that belong to the programme they sit under (a call): the programme page whose path starts theirs."""
    app_label, model_name = PROGRAMME_MODEL.split(".")
    programmes = Page.objects.filter(content_type__app_label=app_label, content_type__model=model_name)
    above = programmes.filter(path=Substr(OuterRef("path"), 1, Length("path"))).order_by()
    rows = Page.objects.filter(pk__in=pks).annotate(facet_programme=Subquery(above.values("translation_key")[:1]))
    rows = rows.filter(facet_programme__isnull=False)
    return _rows(rows, F("pk"), PROGRAMME, F("facet_programme"), _programme_title("facet_programme", language_code))


def _theme_field(model):
    field = getattr(model, "themes", None) and model._meta.get_field("themes")
    return field if field is not None and field.many_to_many else None


def _themes(model, pks, language_code):
    """Pages' themes through the theme list's own table, named in this language, else as written."""
    field = _theme_field(model)
    page, theme = field.m2m_field_name(), field.m2m_reverse_field_name()
    local = apps.get_model(THEME_MODEL).objects.filter(
        translation_key=OuterRef(f"{theme}__translation_key"), locale__language_code=language_code
    )
    rows = field.remote_field.through.objects.filter(**{f"{page}__in": pks})
    label = Coalesce(Subquery(local.order_by().values("name")[:1]), F(f"{theme}__name"))
    return _rows(rows, F(page), THEME, F(f"{theme}__translation_key"), label)


def _rows(queryset, page, kind: str, key, label):
    """(pk, kind, key, label) rows, the same columns in the same order in every part of the union."""
    named = queryset.order_by().annotate(facet_page=page, facet_kind=Value(kind), facet_key=key, facet_label=label)
    return named.values_list("facet_page", "facet_kind", "facet_key", "facet_label")


def type_label(model) -> str:
    """What visitors call a page type (its ``search_type_label``), else its verbose name."""
    return capfirst(getattr(model, "search_type_label", None) or model._meta.verbose_name)


def _type_labels(type_keys) -> dict:
    labels = {}
    for key in type_keys:
        app_label, model_name = key.split(".")
        labels[key] = type_label(ContentType.objects.get_by_natural_key(app_label, model_name).model_class())
    return labels


def filter_pages(values: FacetValues, filters: Filters) -> list[int]:
    """Primary keys of the pages (their `facet_values`) that match every chosen facet value."""
    return [
        pk
        for pk, type_key, programme, themes in values.rows
        if (not filters.type or type_key == filters.type)
        and (not filters.programme or programme == filters.programme)
        and (not filters.theme or filters.theme in themes)
    ]


def facets(values: FacetValues, filters: Filters) -> dict[str, list[FacetOption]]:
    """Counts by page type, programme and theme over the pages given (their `facet_values`).

    Each facet counts the pages that match the *other* facets' choices, so
    a visitor sees how many results a click on an option would leave.
    """
    types, programmes, themes = Counter(), Counter(), Counter()
    for _pk, type_key, programme, theme_keys in values.rows:
        type_ok = not filters.type or type_key == filters.type
        programme_ok = not filters.programme or programme == filters.programme
        theme_ok = not filters.theme or filters.theme in theme_keys
        if programme_ok and theme_ok:
            types[type_key] += 1
        if type_ok and theme_ok and programme:
            programmes[programme] += 1
        if type_ok and programme_ok:
            themes.update(theme_keys)
    return {
        "type": _options(types, _type_labels(types), filters.type),
        "programme": _options(programmes, values.labels[PROGRAMME], filters.programme),
        "theme": _options(themes, values.labels[THEME], filters.theme),
    }


def _options(counts: Counter, labels: dict, selected: str) -> list[FacetOption]:
    options = [FacetOption(key, str(labels.get(key, key)), count, key == selected) for key, count in counts.items() if key in labels]
    return sorted(options, key=lambda option: (-option.count, option.label))
