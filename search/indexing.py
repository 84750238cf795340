"""What a page puts into the search index, and which pages get there at all.

Page models mix in `SearchableMixin` (before ``Page``) to be found by
their Turkish and English words with or without Turkish letters, and to
show a summary, a date, a programme and themes on the results page.
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import Truncator
from wagtail.search import index

from search.text import index_text, normalize_text, plain_text

SUMMARY_LENGTH = 260


class StemmedTitleField(index.SearchField):
    """The title as written plus its folded stems, in the backends' title
    field: title words then rank above body words on every backend (SQLite
    weights nothing but the field named "title")."""

    def get_value(self, obj):
        return f"{obj.title} {index_text(obj.title)}"


class _OnEachModel:
    """Fields computed by the mixin belong to each concrete page model:
    modelsearch would otherwise look for the mixin's Django _meta."""

    def get_definition_model(self, cls):
        return cls


class MixinSearchField(_OnEachModel, index.SearchField):
    pass


class MixinAutocompleteField(_OnEachModel, index.AutocompleteField):
    pass


#: Added to every searchable page: the folded, stemmed copy of its text and
#: its folded title for the autocomplete box.
EXTRA_SEARCH_FIELDS = [MixinSearchField("search_text"), MixinAutocompleteField("search_title")]
_OWN_FIELDS = {"search_text", "search_title", "title"}


class SearchableMixin:
    """Index a folded, stemmed copy of the page and only ever index what
    anyone may read: live, public, unexpired pages.

    Works by convention so page models need nothing but the mixin; they
    may override:

    * ``search_summary_fields``: fields tried in order for the summary;
    * ``search_date_fields``: the first of these that a page has and fills
      is the date shown next to it (news date, event start, call deadline);
    * ``search_programme_field``: the foreign key to the programme a page
      belongs to (the programme facet); pages without one belong to the
      programme they sit under;
    * ``search_type_label``: what the results page calls the page type
      (default: the model's verbose name, which is written for editors;
      see search.service.type_label).
    """

    search_type_label = None
    search_summary_fields: tuple[str, ...] = ("search_description", "summary", "intro", "body")
    search_date_fields: tuple[str, ...] = ("date", "starts_at", "closes_at")
    search_programme_field: str = "programme"

    @classmethod
    def search_programme_field_name(cls) -> str | None:
        """The programme foreign key's name if this model has one."""
        try:
            cls._meta.get_field(cls.search_programme_field)
        except FieldDoesNotExist:
            return None
        return cls.search_programme_field

    @classmethod
    def get_search_fields(cls):
        fields = [indexed for field in super().get_search_fields() if (indexed := _indexed_form(field)) is not None]
        names = {(type(field), field.field_name) for field in fields}
        return fields + [field for field in EXTRA_SEARCH_FIELDS if (type(field), field.field_name) not in names]

    @classmethod
    def get_indexed_objects(cls):
        # Drafts, pages behind a view restriction and expired pages never
        # reach the index; the signal handlers in search.signals take pages
        # out again when they stop qualifying.
        return super().get_indexed_objects().live().public().filter(expired=False)

    # -- indexed values -------------------------------------------------

    def search_text(self) -> str:
        """Folded, F5-stemmed copy of the title, every other searchable
        field and the page's theme names (so a theme's name finds its
        pages). The title's stems are here too so that this one field
        matches every query (search/postgres.py matches on it alone); the
        title field still ranks title words first. The programme's title
        stays out: pages about a programme would otherwise compete with the
        programme itself for its name."""
        texts = [self.title]
        for field in super().get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name not in _OWN_FIELDS:
                texts.append(plain_text(field.get_value(self)))
        texts.extend(theme.name for theme in self.search_themes())
        return index_text(*texts)

    def search_title(self) -> str:
        return normalize_text(self.title)

    # -- what the results page shows --------------------------------------

    def search_summary(self) -> str:
        for name in self.search_summary_fields:
            value = getattr(self, name, None)
            text = plain_text(_searchable(self, name, value))
            if text:
                return Truncator(text).chars(SUMMARY_LENGTH)
        return ""

    def search_date(self):
        for name in self.search_date_fields:
            if value := getattr(self, name, None):
                return value
        return None

    def search_themes(self) -> list:
        """This page's themes, named in the page's language where a translation exists."""
        if not hasattr(self, "themes"):
            return []
        themes = list(self.themes.all())
        if not themes:
            return []
        theme_model = type(self)._meta.get_field("themes").related_model  # search imports no app's models
        local = {
            theme.translation_key: theme
            for theme in theme_model.objects.filter(translation_key__in=[t.translation_key for t in themes], locale_id=self.locale_id)
        }
        return [local.get(theme.translation_key, theme) for theme in themes]


def _indexed_form(field):
    """How a model's own search field enters the index (None: only through search_text).

    The title stays (with its stems); every other text field is indexed
    only through ``search_text``, its folded and stemmed copy: queries are
    stemmed, so the raw copy would never match more and would only make
    long pages look longer to the ranking (BM25 divides by length).
    """
    if type(field) is not index.SearchField:
        return field
    if field.field_name == "title":
        return StemmedTitleField("title", boost=field.boost)
    return None


def _searchable(page, name: str, value):
    """A field's text as the index sees it (StreamField blocks flattened)."""
    if value is None or isinstance(value, str):
        return value
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:
        return value
    if hasattr(field, "get_searchable_content"):
        return field.get_searchable_content(value)
    return value
