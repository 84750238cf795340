"""Turkish-aware folding, query building, highlighting and backend settings (no database)."""

import environ
import pytest

from search.backends import DATABASE_BACKEND, ELASTICSEARCH_BACKEND, OPENSEARCH_BACKEND, index_settings, search_backends_from_env
from search.highlight import highlight
from search.text import build_query, index_text, plain_text, query_words


@pytest.mark.parametrize(
    ("typed", "indexed"),
    [
        ("egitim", "eğitim"),
        ("sehir", "şehir"),
        ("ISIK", "ışık"),
        ("İZMİR", "izmir"),
        ("mentorluk", "mentorluğu"),
        ("mentorluk", "mentorların"),
        ("Cagri", "çağrısı"),
        ("trainings", "training"),
    ],
)
def test_typed_and_indexed_forms_meet(typed, indexed):
    assert build_query(typed).query_string in index_text(indexed).split()


def test_turkish_capitals_fold_by_turkish_rules():
    assert query_words("IŞIK İNSAN") == ["isik", "insan"]


def test_stop_words_and_single_letters_are_dropped():
    assert query_words("ve bir a mentor") == ["mentor"]
    assert build_query("ve ile") is None


def test_all_words_by_default_any_word_as_fallback():
    every, any_ = build_query("dijital dönüşüm"), build_query("dijital dönüşüm", every_word=False)
    assert (every.query_string, every.operator) == ("dijit donus", "and")
    assert (any_.query_string, any_.operator) == ("dijit donus", "or")


def test_plain_text_flattens_rich_text_and_stream_content():
    assert plain_text(["<p>Eğitim &amp; gelişim</p>", {"a": "<b>x</b>"}]) == "Eğitim & gelişim x"


def test_highlight_marks_words_found_through_folding_and_escapes():
    html = highlight("Mentorluğu <script> ve eğitimi", query_words("egitim mentorluk"))
    assert html == "<mark>Mentorluğu</mark> &lt;script&gt; ve <mark>eğitimi</mark>"



@pytest.mark.parametrize(
    ("variables", "backend"),
    [
        ({}, DATABASE_BACKEND),
        ({"ELASTICSEARCH_URL": "http://es:9200"}, ELASTICSEARCH_BACKEND),
        ({"OPENSEARCH_URL": "http://os:9200"}, OPENSEARCH_BACKEND),
        ({"ELASTICSEARCH_URL": "http://es:9200", "OPENSEARCH_URL": "http://os:9200"}, ELASTICSEARCH_BACKEND),
    ],
)
def test_backend_is_chosen_from_the_environment(monkeypatch, variables, backend):
    for name in ("ELASTICSEARCH_URL", "OPENSEARCH_URL", "SEARCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    config = search_backends_from_env(environ.Env(), "tr")["default"]
    assert config["BACKEND"] == backend
    assert config["AUTO_UPDATE"] is True
    if backend == DATABASE_BACKEND:
        assert config["SEARCH_CONFIG"] == "turkish"
    else:
        assert config["URLS"] == [next(iter(variables.values()))]
        assert config["INDEX_PREFIX"] == "portal_"
        assert config["INDEX_SETTINGS"] == index_settings()


def test_postgres_configuration_follows_the_site_language(monkeypatch):
    for name in ("ELASTICSEARCH_URL", "OPENSEARCH_URL", "SEARCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    assert search_backends_from_env(environ.Env(), "en")["default"]["SEARCH_CONFIG"] == "english"
    monkeypatch.setenv("SEARCH_CONFIG", "simple")
    assert search_backends_from_env(environ.Env(), "tr")["default"]["SEARCH_CONFIG"] == "simple"


def test_index_settings_analyse_turkish_and_english():
    analysis = index_settings()["settings"]["analysis"]
    filters, analyzers = analysis["filter"], analysis["analyzer"]
    turkish = analyzers["portal_turkish"]["filter"]
    english = analyzers["portal_english"]["filter"]
    assert filters["portal_turkish_lowercase"] == {"type": "lowercase", "language": "turkish"}
    assert filters["portal_turkish_stemmer"] == {"type": "stemmer", "language": "turkish"}
    assert filters["portal_english_stemmer"] == {"type": "stemmer", "language": "english"}
    # Turkish case rules before folding, folding before stemming, in both languages.
    for chain, stemmer in ((turkish, "portal_turkish_stemmer"), (english, "portal_english_stemmer")):
        assert chain.index("portal_turkish_lowercase") < chain.index("asciifolding") < chain.index(stemmer)
    assert analyzers["default"]["filter"] == ["portal_turkish_lowercase", "asciifolding"]
    assert "asciifolding" in analyzers["edgengram_analyzer"]["filter"]
