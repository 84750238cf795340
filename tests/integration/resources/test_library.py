"""The knowledge library: filters alone and combined (known answers from the demo), views, query counts."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from demo.loader.common import key_uuid
from programs.models import ProgramPage, Theme
from resources.library import FilterOptions, library_entries, parse_filters
from resources.models import GoodPracticePage, ResourceIndexPage, TrainingMaterialPage
from tests.integration.resources.library_support import count_queries, locale, programme_slug, theme_slug

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

GOOD_PRACTICES = {
    "ibb-genc-mentor", "aspb-care-staff-group-mentoring", "aspb-train-the-trainer", "ge-reverse-mentoring",
    "taiex-regio-peer-2-peer", "skew-municipal-climate-partnerships", "urbact-transfer-networks",
}
MATERIALS = {
    "mentor-first-meeting-guide", "mentee-goal-setting-checklist", "secretariat-written-consent-checklist",
    "reverse-mentoring-presentation", "meeting-notes-form-template", "feedback-form-template",
    "group-mentoring-video-lesson", "programme-cycle-guide",
}

# (filters with theme/programme given by demo key, expected demo keys)
CASES = [
    ({}, GOOD_PRACTICES | MATERIALS),
    ({"type": "good-practice"}, GOOD_PRACTICES),
    ({"type": "training-material"}, MATERIALS),
    ({"type": "checklist"}, {"mentee-goal-setting-checklist", "secretariat-written-consent-checklist"}),
    ({"scope": "international"}, {"ge-reverse-mentoring", "taiex-regio-peer-2-peer", "skew-municipal-climate-partnerships", "urbact-transfer-networks"}),
    ({"scope": "national"}, {"ibb-genc-mentor", "aspb-care-staff-group-mentoring", "aspb-train-the-trainer"}),
    # Material for everyone is material for mentors too.
    ({"audience": "mentor"}, {"mentor-first-meeting-guide", "group-mentoring-video-lesson", "reverse-mentoring-presentation", "meeting-notes-form-template", "feedback-form-template"}),
    ({"audience": "everyone"}, {"reverse-mentoring-presentation", "meeting-notes-form-template", "feedback-form-template"}),
    ({"theme": "urban_planning"}, {"skew-municipal-climate-partnerships", "urbact-transfer-networks"}),
    ({"programme": "reverse"}, {"ibb-genc-mentor", "ge-reverse-mentoring", "reverse-mentoring-presentation"}),
    ({"theme": "hr", "scope": "international"}, {"ge-reverse-mentoring", "taiex-regio-peer-2-peer"}),
    ({"theme": "hr", "audience": "secretariat"}, {"programme-cycle-guide", "reverse-mentoring-presentation"}),
    ({"programme": "group", "type": "training-material"}, {"group-mentoring-video-lesson"}),
    ({"theme": "digital", "programme": "reverse", "type": "good-practice"}, {"ibb-genc-mentor", "ge-reverse-mentoring"}),
    ({"scope": "national", "audience": "mentor"}, set()),
]


def library(language):
    return ResourceIndexPage.objects.get(translation_key=key_uuid("library"), locale__language_code=language)


def as_params(spec, language):
    params = dict(spec)
    if "theme" in params:
        params["theme"] = theme_slug(params["theme"], language)
    if "programme" in params:
        params["programme"] = programme_slug(params["programme"], language)
    return params


def demo_keys(entries):
    keys = {}
    for prefix, items in (("good-practice", GOOD_PRACTICES), ("training-material", MATERIALS)):
        keys.update({key_uuid(f"{prefix}:{key}"): key for key in items})
    pages = {p.pk: p.translation_key for model in (GoodPracticePage, TrainingMaterialPage) for p in model.objects.all()}
    return {keys[pages[pk]] for _published, _model, pk in entries}


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize(("spec", "expected"), CASES, ids=[str(c[0]) for c in CASES])
def test_filter_known_answers(language, spec, expected):
    index = library(language)
    options = FilterOptions.for_locale(locale(language))
    filters = parse_filters(as_params(spec, language), options)
    assert filters.active() == as_params(spec, language)
    assert demo_keys(library_entries(index, filters, options)) == expected


def test_english_pages_pointing_at_turkish_themes_are_found_by_the_english_theme():
    index = library("en")
    practice = GoodPracticePage.objects.child_of(index).get(slug="municipal-climate-partnerships")
    assert {t.locale.language_code for t in practice.themes.all()} == {"tr"}  # copied from the Turkish page
    options = FilterOptions.for_locale(locale("en"))
    filters = parse_filters({"theme": "urban-planning"}, options)
    assert practice.pk in {pk for _p, _m, pk in library_entries(index, filters, options)}


@pytest.mark.parametrize(
    "params",
    [{"theme": "no-such-theme"}, {"type": "poem"}, {"audience": "mayor"}, {"scope": "galactic"}, {"programme": "x"}],
)
def test_unknown_filter_values_are_ignored(params):
    options = FilterOptions.for_locale(locale("en"))
    assert parse_filters(params, options).active() == {}


def test_library_view_filters_and_shows_the_state_in_the_form(client):
    response = client.get("/en/library/", {"scope": "international", "theme": "human-resources"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 items found" in html
    assert "TAIEX-REGIO PEER 2 PEER" in html or "TAIEX" in html
    assert '<option value="international" selected>' in html
    assert '<option value="human-resources" selected>' in html
    assert "URBACT" not in html
    assert 'href="/en/library/">Clear filters</a>' in html


def test_library_view_in_turkish_with_turkish_slugs(client):
    html = client.get("/tr/kutuphane/", {"theme": "kentsel-planlama"}).content.decode()
    assert "2 öğe bulundu" in html
    assert "URBACT" in html


def test_empty_state_offers_a_way_back(client):
    html = client.get("/en/library/", {"scope": "national", "audience": "mentor"}).content.decode()
    assert "0 items found" in html
    assert "Nothing in the library matches these filters." in html
    assert 'href="/en/library/">Show everything in the library</a>' in html


def test_pagination_keeps_the_filters_in_its_links(client):
    index = library("en")
    index.per_page = 5
    index.save_revision().publish()
    html = client.get("/en/library/", {"type": "training-material"}).content.decode()
    assert "8 items found" in html
    assert 'href="?type=training-material&amp;page=2"' in html
    page2 = client.get("/en/library/", {"type": "training-material", "page": 2}).content.decode()
    assert page2.count('class="card card--trainingmaterialpage"') == 3


def _add_practices(index, count):
    theme_rows = list(Theme.objects.filter(locale=index.locale)[:3])
    programme = ProgramPage.objects.filter(locale=index.locale).first()
    for number in range(count):
        page = GoodPracticePage(
            title=f"Extra practice {number}", slug=f"extra-practice-{number}", summary="A summary.",
            what_was_done="<p>Work.</p>", programme=programme, country="DE", scope="international",
        )
        page.themes = theme_rows
        index.add_child(instance=page)


def test_listing_runs_a_constant_number_of_queries_for_5_or_50_items(client):
    index = library("en")
    index.per_page = 5
    index.save_revision().publish()
    few = count_queries(client, "/en/library/?type=good-practice")
    _add_practices(index, 45)
    index.per_page = 50
    index.save_revision().publish()
    response = client.get("/en/library/?type=good-practice")
    assert response.content.decode().count('class="card card--goodpracticepage"') == 50
    assert count_queries(client, "/en/library/?type=good-practice") == few


@pytest.mark.parametrize(
    ("country", "scope", "message"),
    [
        ("DE", "national", "A practice from another country is international."),
        ("TR", "international", "A practice from Türkiye is national."),
    ],
)
def test_scope_must_agree_with_the_country(country, scope, message):
    page = GoodPracticePage(title="X", slug="x", summary="s", what_was_done="<p>w</p>", country=country, scope=scope)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            page.clean()
        assert message in str(error.value)


@pytest.mark.parametrize("url", ["/tr/kutuphane/nar-taneleri-bakim-elemanlari-grup-mentorlugu/", "/en/library/nar-taneleri-group-mentoring-for-care-staff/"])
def test_good_practice_page_shows_its_facts(client, url):
    html = client.get(url).content.decode()
    assert "T.C. Aile ve Sosyal Politikalar Bakanlığı" in html
    assert "2013" in html
    assert ("Group Mentoring for Care Staff" in html) or ("Bakım Personeli" in html)


def test_training_material_page_shows_audience_time_and_language(client):
    html = client.get("/en/library/mentor-guide-first-meeting/").content.decode()
    assert "Mentors" in html
    assert "20 minutes" in html
    assert "Turkish and English" in html
    assert "Human resources" in html


def test_page_tree_rules():
    assert ResourceIndexPage.parent_page_types == ["home.HomePage"]
    assert GoodPracticePage.allowed_parent_page_models() == [ResourceIndexPage]
    assert TrainingMaterialPage.allowed_parent_page_models() == [ResourceIndexPage]
    assert not GoodPracticePage.allowed_subpage_models()
