"""Choose Wagtail's search backend from the environment.

Kept free of Django imports so settings can call it. The search view never
asks which backend it has: one query path for all of them.
"""


def search_backends_from_env(env) -> dict:
    """Elasticsearch when ELASTICSEARCH_URL is set, OpenSearch when
    OPENSEARCH_URL is, otherwise the database (SQLite FTS / PostgreSQL)."""
    prefix = env.str("SEARCH_INDEX_PREFIX", default="portal_")
    if url := env.str("ELASTICSEARCH_URL", default=""):
        backend = {"BACKEND": "wagtail.search.backends.elasticsearch9", "URLS": [url]}
    elif url := env.str("OPENSEARCH_URL", default=""):
        backend = {"BACKEND": "wagtail.search.backends.opensearch3", "URLS": [url]}
    else:
        return {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True}}
    backend.update({"INDEX_PREFIX": prefix, "TIMEOUT": 10, "AUTO_UPDATE": True})
    return {"default": backend}
