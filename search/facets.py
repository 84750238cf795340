"""The search page's facets (type, programme, theme), read in one query.

Each hit brings its type; its programme and themes come from each page
type's own tables (a theme list, a programme field, or the programme page
the hit sits under). One ``UNION ALL`` asks for all of it at once, with
every programme page (paths and titles) and every theme's name, so the
number of queries does not grow with the page types a search finds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, Value
from wagtail.models import Page

from portal import prepared
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
    """The facet values of every hit given, in one query (none without hits)."""
    by_model: dict = {}
    for hit in hits:
        by_model.setdefault(ContentType.objects.get_for_id(hit.content_type_id).model_class(), []).append(hit)
    by_model.pop(None, None)  # a page type whose model is gone: no facets, as before
    read = _Read(language_code)
    if by_model:
        groups = [prepared.padded(hit.pk for hit in typed) for typed in by_model.values()]
        counts = tuple(sorted(((model, len(keys)) for model, keys in zip(by_model, groups)), key=lambda pair: pair[0]._meta.label))
        pks = [pk for _model, keys in sorted(zip(by_model, groups), key=lambda pair: pair[0]._meta.label) for pk in keys]
        for row in prepared.rows(("search.facets", counts), lambda *pks: _query(counts, pks), *pks):
            read.row(*row)
    rows = []
    for model, typed in by_model.items():
        for hit in typed:
            programme = read.programme_of(hit, type_key(model) == PROGRAMME_MODEL, _programme_field(model))
            rows.append((hit.pk, type_key(model), programme, read.themes.get(hit.pk, [])))
    return FacetValues(rows, {PROGRAMME: read.programme_labels, THEME: read.theme_labels})


def _query(counts, pks):
    """One query for the facet rows of the pages ``pks``, the first ``count`` of them of each ``model``, and the
    programmes' paths and names (and the themes' names when a page type has themes)."""
    parts, start = [], 0
    for model, count in counts:
        parts += _parts(model, pks[start:start + count])
        start += count
    if any(_theme_field(model) is not None for model, _count in counts):
        parts.append(_theme_names())
    parts.append(_programme_pages())
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]


class _Read:
    """What the facet query gave, gathered row by row."""

    def __init__(self, language_code: str):
        self.language_code = language_code
        self.programmes, self.themes = {}, {}
        self.programme_paths, self.programme_labels, self.theme_labels = {}, {}, {}

    def row(self, pk, kind, key, name, path, language) -> None:
        key = str(key)
        if kind == PROGRAMME:
            self.programmes[pk] = key
        elif kind == THEME:
            self.themes.setdefault(pk, []).append(key)
        elif kind == PROGRAMME_PAGE:
            self.programme_paths[path] = key
            if language == self.language_code:
                self.programme_labels[key] = name
        elif language == self.language_code or key not in self.theme_labels:  # THEME_NAME: this language's first
            self.theme_labels[key] = name

    def programme_of(self, hit: Hit, is_programme: bool, field: str | None) -> str | None:
        """The page itself if it is a programme, its programme field if it has one, else the programme it sits
        under (a call under its programme: the programme page whose path starts the page's)."""
        if is_programme:
            return str(hit.translation_key)
        if field:
            return self.programmes.get(hit.pk)
        lengths = {len(path) for path in self.programme_paths}  # one: programme pages share a depth
        return next((self.programme_paths[hit.path[:n]] for n in sorted(lengths) if hit.path[:n] in self.programme_paths), None)


#: Rows of the facet query that name things rather than tie a page to them.
PROGRAMME_PAGE, THEME_NAME = "programme page", "theme name"


def _parts(model, pks: list[int]) -> list:
    """The queries that give these pages' programme field and themes as rows (pk, kind, key)."""
    parts = []
    if type_key(model) != PROGRAMME_MODEL and (field := _programme_field(model)):
        rows = model.objects.filter(pk__in=pks, **{f"{field}__isnull": False})
        parts.append(_rows(rows, F("pk"), PROGRAMME, F(f"{field}__translation_key")))
    if (themes := _theme_field(model)) is not None:
        page, theme = themes.m2m_field_name(), themes.m2m_reverse_field_name()
        rows = themes.remote_field.through.objects.filter(**{f"{page}__in": pks})
        parts.append(_rows(rows, F(page), THEME, F(f"{theme}__translation_key")))
    return parts


def _programme_pages():
    """Every programme page (a site has a few): its path for the pages below it, its title for its name."""
    app_label, model_name = PROGRAMME_MODEL.split(".")
    pages = Page.objects.filter(content_type__app_label=app_label, content_type__model=model_name)
    return _rows(pages, F("pk"), PROGRAMME_PAGE, F("translation_key"), F("title"), F("path"), F("locale__language_code"))


def _theme_names():
    """Every theme (a few dozen) in every language: a theme is named in the visitor's language, else as written."""
    themes = apps.get_model(THEME_MODEL).objects.all()
    return _rows(themes, F("pk"), THEME_NAME, F("translation_key"), F("name"), None, F("locale__language_code"))


def _rows(queryset, page, kind: str, key, name=None, path=None, language=None):
    """(pk, kind, key, name, path, language) rows: the same columns in the same order in every part of the union."""
    nothing = Value(None, output_field=CharField())
    named = queryset.order_by().annotate(
        facet_page=page, facet_kind=Value(kind), facet_key=key,
        facet_name=name or nothing, facet_path=path or nothing, facet_language=language or nothing,
    )
    return named.values_list("facet_page", "facet_kind", "facet_key", "facet_name", "facet_path", "facet_language")


def _programme_field(model) -> str | None:
    return model.search_programme_field_name() if hasattr(model, "search_programme_field_name") else None


def _theme_field(model):
    field = getattr(model, "themes", None) and model._meta.get_field("themes")
    return field if field is not None and field.many_to_many else None


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
