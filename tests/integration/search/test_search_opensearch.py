"""The whole indexing-and-query path over HTTP through the opensearch3 backend.

osmem-server (PyPI, in requirements.txt) is an in-memory OpenSearch
emulator: it proves the mapping, documents, queries, filters and the
publish/unpublish updates work end to end, but it does not run
Elasticsearch's Turkish or English analysis, so relevance is tested on
the database backends (test_search_relevance.py), not here. Its Turkish
and possessive-English stemmers even turn an unknown word into an empty
one that matches everything, so the test index leaves those two filters
out of the chains (same analyzer names, same mapping, same queries).
"""

import copy
import os

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from search import service
from search.backends import OPENSEARCH_BACKEND, index_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


EMULATOR_BROKEN_FILTERS = {"portal_turkish_stemmer", "portal_english_possessive"}


def emulator_index_settings() -> dict:
    settings = copy.deepcopy(index_settings())
    for analyzer in settings["settings"]["analysis"]["analyzer"].values():
        analyzer["filter"] = [name for name in analyzer["filter"] if name not in EMULATOR_BROKEN_FILTERS]
    return settings


@pytest.fixture
def opensearch(settings, osmem_clone):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": OPENSEARCH_BACKEND,
            "URLS": [osmem_clone.url],
            "INDEX_PREFIX": "test_portal_",
            "TIMEOUT": 10,
            "AUTO_UPDATE": True,
            "INDEX_SETTINGS": emulator_index_settings(),
        }
    }
    call_command("update_index", backend_name="default", stdout=open(os.devnull, "w"))
    from modelsearch.backends import get_search_backend

    backend = get_search_backend("default")
    yield backend


def _titles(query, language):
    return [page.title for page in service.search(query, Locale.objects.get(language_code=language)).results[:10]]


def test_index_has_per_language_analysis_and_the_demo_pages(opensearch):
    from wagtail.models import Page

    index = opensearch.get_index_for_model(Page)
    mapping = opensearch.es.indices.get_mapping(index=index.name)
    properties = next(iter(mapping.values()))["mappings"]["properties"]
    assert properties["_all_text"]["fields"]["tr"]["analyzer"] == "portal_turkish"
    assert properties["_all_text"]["fields"]["en"]["analyzer"] == "portal_english"
    assert opensearch.es.count(index=index.name)["count"] >= 70


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("tr", "nar taneleri", "Nar Taneleri: bakım elemanları için grup mentorluğu"),
        ("tr", "surekli cagri", "Sürekli Çağrı: Kurumsal İhtiyaç ve Uzmanlık Bildirimi"),
        ("tr", "mentorluğunu kalıcı kılmak", "Grup mentorluğunu kuruma kalıcı kılmak: eğitmen eğitimi"),
        ("en", "climate partnerships", "Municipal climate partnerships"),
    ],
)
def test_pages_are_found_over_http_in_their_language(opensearch, language, query, title):
    titles = _titles(query, language)
    assert title in titles[:3]
    assert all(t != title for t in _titles(query, "en" if language == "tr" else "tr"))


def test_facets_and_filters_work_on_opensearch(opensearch):
    outcome = service.search("mentoring", Locale.objects.get(language_code="en"))
    types = {option.key: option.count for option in outcome.facets["type"]}
    assert types.get("resources.trainingmaterialpage", 0) > 0
    filtered = service.search("mentoring", Locale.objects.get(language_code="en"), service.Filters(type="resources.trainingmaterialpage"))
    assert filtered.results.count() == types["resources.trainingmaterialpage"]


def test_a_word_found_nowhere_finds_nothing(opensearch):
    assert _titles("qqqqq", "tr") == []


def test_publishing_and_unpublishing_update_the_index(opensearch):
    from home.models import HomePage, StandardPage

    tr = Locale.objects.get(language_code="tr")
    page = HomePage.objects.get(locale=tr).add_child(instance=StandardPage(title="Zürafa gözlem günlüğü", slug="zurafa"))
    page.save_revision().publish()
    opensearch.get_index_for_model(type(page)).refresh()
    assert _titles("zurafa", "tr") == ["Zürafa gözlem günlüğü"]
    page.unpublish()
    opensearch.get_index_for_model(type(page)).refresh()
    assert _titles("zurafa", "tr") == []

