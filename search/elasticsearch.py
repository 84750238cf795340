"""Wagtail's elasticsearch9 and opensearch3 backends with per-language analysis.

The catch-all text fields get one sub-field per language, analysed with
that language's analyzer from `search.backends.index_settings`, and
searches look at all of them: a Turkish page's words are stemmed as
Turkish, an English page's as English. Queries are filtered by locale, so
each language effectively ranks by its own analysis. The readable pages'
``Exists`` conditions stay in SQL, applied as the results' pages are loaded
(search/conditions.py).
"""

from modelsearch.backends import elasticsearch9, opensearch3
from modelsearch.backends.elasticsearchbase import Field

from search.backends import LANGUAGE_ANALYZERS
from search.conditions import SQLConditionsMixin


def _is_catch_all(name: str) -> bool:
    return name == "_all_text" or name.startswith("_all_text_boost_")


class LanguageMappingMixin:
    def get_mapping(self):
        mapping = super().get_mapping()
        for name, field in mapping["properties"].items():
            if _is_catch_all(name):
                field["fields"] = {code: {"type": "text", "analyzer": analyzer} for code, analyzer in LANGUAGE_ANALYZERS.items()}
        return mapping


class LanguageQueryMixin:
    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language_fields = [
            Field(f"{field.field_name}.{code}", field.boost)
            for field in remapped
            if _is_catch_all(field.field_name)
            for code in LANGUAGE_ANALYZERS
        ]
        return remapped + language_fields


def with_language_analysis(backend_class):
    """A subclass of one of Wagtail's Elasticsearch/OpenSearch backends whose
    mapping and queries use the per-language sub-fields."""
    mapping = type(backend_class.mapping_class.__name__, (LanguageMappingMixin, backend_class.mapping_class), {})
    queries = type(
        backend_class.query_compiler_class.__name__,
        (SQLConditionsMixin, LanguageQueryMixin, backend_class.query_compiler_class),
        {"mapping_class": mapping},
    )
    autocomplete = type(
        backend_class.autocomplete_query_compiler_class.__name__,
        (SQLConditionsMixin, backend_class.autocomplete_query_compiler_class),
        {"mapping_class": mapping},
    )
    attributes = {
        "mapping_class": mapping,
        "query_compiler_class": queries,
        "autocomplete_query_compiler_class": autocomplete,
        "__module__": __name__,
    }
    return type(backend_class.__name__, (backend_class,), attributes)


Elasticsearch9SearchBackend = with_language_analysis(elasticsearch9.Elasticsearch9SearchBackend)
OpenSearch3SearchBackend = with_language_analysis(opensearch3.OpenSearch3SearchBackend)
