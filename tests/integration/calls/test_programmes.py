"""Programme pages: what a visitor reads, the tree rules, and a steady query count."""

import pytest
from django.core.exceptions import ValidationError

from home.models import HomePage
from programs.models import ProgramIndexPage, ProgramPage
from tests.factories.resources import good_practice, training_material
from tests.integration.resources.library_support import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("related")]


@pytest.fixture
def related(programmes, library):
    """Good practices and training materials linked to the group and reverse mentoring programmes."""
    index = library["index"]
    return {
        "group_practice": good_practice(index, "Nar Taneleri", {"tr": "nar-taneleri", "en": "nar-taneleri"}, programme=programmes["group"]),
        "group_video": training_material(index, {"tr": "Video ders: grup mentorluğu nasıl yürütülür",
                                                 "en": "Video lesson: how to run group mentoring"},
                                         {"tr": "video-ders-grup-mentorlugu", "en": "video-lesson-group-mentoring"},
                                         material_type="video", programme=programmes["group"]),
        "reverse_practices": [
            good_practice(index, {"tr": "İBB Genç Mentor", "en": "IBB Young Mentor"}, {"tr": "ibb-genc-mentor", "en": "ibb-young-mentor"},
                          programme=programmes["reverse"]),
            good_practice(index, {"tr": "GE tersine mentorluk", "en": "GE reverse mentoring"},
                          {"tr": "ge-tersine-mentorluk", "en": "ge-reverse-mentoring"}, programme=programmes["reverse"]),
        ],
        "reverse_material": training_material(index, {"tr": "Tersine mentorluk sunumu", "en": "Reverse mentoring presentation"},
                                              {"tr": "tersine-mentorluk-sunumu", "en": "reverse-mentoring-presentation"},
                                              material_type="presentation", programme=programmes["reverse"]),
    }


@pytest.mark.parametrize(
    ("url", "titles"),
    [
        ("/tr/programlar/", ["Belediyeler Arası Uzman Mentor Programı"]),
        ("/en/programmes/", ["Inter-Municipal Expert Mentor Programme", "Group Mentoring for Care Staff"]),
    ],
)
def test_index_lists_the_three_programmes(client, url, titles):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<li class="card">') == 3
    for title in titles:
        assert title in html


def test_programme_index_is_in_the_main_menu(client):
    html = client.get("/en/").content.decode()
    for label in ("Programmes", "Knowledge library", "News", "Events"):
        assert f">{label}</a>" in html


def test_group_programme_shows_group_sizes_format_steps_and_related_material(client):
    html = client.get("/en/programmes/group-mentoring-for-care-staff/").content.decode()
    assert "Group mentoring" in html
    assert "Face-to-face" in html
    assert "24 weeks" in html
    assert "2–3" in html and "4–6" in html
    assert '<ol class="steps">' in html
    assert "Related good practices" in html
    assert "Nar Taneleri" in html
    assert "Video lesson: how to run group mentoring" in html


def test_programme_in_turkish_uses_turkish_labels(client):
    html = client.get("/tr/programlar/genc-mentor-tersine-mentorluk/").content.decode()
    assert "Tersine mentorluk" in html
    assert "Nasıl işler" in html
    assert "İlgili iyi uygulamalar" in html


def test_related_items_follow_the_programme_across_languages(programmes, related):
    en = programmes["reverse"]("en")
    practices = list(en.related_good_practices())
    assert {p.locale.language_code for p in practices} == {"en"}
    assert {p.translation_key for p in practices} == {page["tr"].translation_key for page in related["reverse_practices"]}
    assert [m.translation_key for m in en.related_training_materials()] == [related["reverse_material"]["tr"].translation_key]


@pytest.mark.parametrize(
    ("values", "field"),
    [({"group_mentors_min": 3, "group_mentors_max": 2}, "group_mentors_max"), ({"group_mentees_min": 7, "group_mentees_max": 4}, "group_mentees_max")],
)
def test_group_bounds_must_be_in_order(values, field):
    page = ProgramPage(title="X", slug="x", summary="s", program_type="group", **values)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict


def test_page_tree_rules():
    assert ProgramPage.allowed_parent_page_models() == [ProgramIndexPage]
    assert ProgramIndexPage.allowed_parent_page_models() == [HomePage]
    assert ProgramIndexPage.max_count_per_parent == 1


def test_index_query_count_does_not_grow_with_programmes(client):
    before = count_queries(client, "/en/programmes/")
    index = ProgramIndexPage.objects.get(locale__language_code="en")
    for number in range(5):
        index.add_child(instance=ProgramPage(title=f"Extra {number}", slug=f"extra-{number}", summary="s", program_type="peer"))
    html = client.get("/en/programmes/").content.decode()
    assert html.count('<li class="card">') == 8
    assert count_queries(client, "/en/programmes/") == before
