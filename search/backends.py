"""Choose Wagtail's search backend from the environment.

Kept free of Django imports so settings can call it. The search view never
asks which backend it has: one query path for all of them (see
search/text.py for the normalisation every backend shares).
"""

#: Per-language analysis for Elasticsearch/OpenSearch: each language gets an
#: analyzer on a sub-field of the catch-all text field (search/elasticsearch.py).
LANGUAGE_ANALYZERS = {"tr": "portal_turkish", "en": "portal_english"}
#: Text-search configuration of PostgreSQL for a site whose main language is this one.
POSTGRES_CONFIGS = {"tr": "turkish", "en": "english"}

ELASTICSEARCH_BACKEND = "search.elasticsearch.Elasticsearch9SearchBackend"
OPENSEARCH_BACKEND = "search.elasticsearch.OpenSearch3SearchBackend"
DATABASE_BACKEND = "search.database"


def index_settings() -> dict:
    """Index settings (merged into the backend's own) with Turkish and English analysis.

    Both analyzers fold case with Turkish rules first (``I`` -> ``ı``,
    ``İ`` -> ``i``), then fold to ASCII so ``egitim`` meets ``eğitim``,
    then stem; the language-neutral ``default`` analyzer does the first two
    steps for every other text field, and the autocomplete analyzer too.
    """
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "portal_turkish_lowercase": {"type": "lowercase", "language": "turkish"},
                    "portal_turkish_stop": {"type": "stop", "stopwords": "_turkish_"},
                    "portal_turkish_stemmer": {"type": "stemmer", "language": "turkish"},
                    "portal_english_possessive": {"type": "stemmer", "language": "possessive_english"},
                    "portal_english_stop": {"type": "stop", "stopwords": "_english_"},
                    "portal_english_stemmer": {"type": "stemmer", "language": "english"},
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["portal_turkish_lowercase", "asciifolding"],
                    },
                    "portal_turkish": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["portal_turkish_lowercase", "portal_turkish_stop", "asciifolding", "portal_turkish_stemmer"],
                    },
                    "portal_english": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            "portal_english_possessive",
                            "portal_turkish_lowercase",
                            "portal_english_stop",
                            "asciifolding",
                            "portal_english_stemmer",
                        ],
                    },
                    "edgengram_analyzer": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["portal_turkish_lowercase", "asciifolding", "edgengram"],
                    },
                },
            }
        }
    }


def search_backends_from_env(env, language_code: str = "tr") -> dict:
    """Elasticsearch when ELASTICSEARCH_URL is set, OpenSearch when
    OPENSEARCH_URL is, otherwise the database (SQLite FTS5 / PostgreSQL
    full-text search with the site language's configuration, overridable
    with SEARCH_CONFIG)."""
    prefix = env.str("SEARCH_INDEX_PREFIX", default="portal_")
    if url := env.str("ELASTICSEARCH_URL", default=""):
        backend = {"BACKEND": ELASTICSEARCH_BACKEND, "URLS": [url]}
    elif url := env.str("OPENSEARCH_URL", default=""):
        backend = {"BACKEND": OPENSEARCH_BACKEND, "URLS": [url]}
    else:
        config = env.str("SEARCH_CONFIG", default=POSTGRES_CONFIGS.get(language_code, "simple"))
        return {"default": {"BACKEND": DATABASE_BACKEND, "AUTO_UPDATE": True, "SEARCH_CONFIG": config}}
    backend.update({"INDEX_PREFIX": prefix, "TIMEOUT": 10, "AUTO_UPDATE": True, "INDEX_SETTINGS": index_settings()})
    return {"default": backend}
