"""The applicant's status page and the participant's page: what the person completed, and what is next when their
call requires preparation they lack (training materials for their role; events once they have a kind). Private."""

import pytest
from django.urls import reverse
from django.utils import translation

from programs.followup.tokens import make_participant_token
from programs.preparation import next_steps
from tests.factories import matching as match_factories
from tests.factories import resources
from tests.integration.preparation.conftest import prepare, require

pytestmark = pytest.mark.django_db


@pytest.fixture
def materials(library, programmes, expert_programme):
    """Materials for mentees: one of the call's programme, one of another programme (not shown), one for mentors."""
    index = library["index"]
    return {
        "mentee": resources.training_material(index, {"tr": "Menti hazırlık rehberi", "en": "Mentee preparation guide"},
                                              {"tr": "menti-hazirlik", "en": "mentee-preparation"}, audience="mentee",
                                              programme=expert_programme, minutes=30),
        "other_programme": resources.training_material(index, {"tr": "Tersine menti notları", "en": "Reverse mentee notes"},
                                                       {"tr": "tersine-menti", "en": "reverse-mentee"}, audience="mentee",
                                                       programme=programmes["reverse"]),
        "mentor": resources.training_material(index, {"tr": "Mentor eğitimi", "en": "Mentor training pack"},
                                              {"tr": "mentor-egitimi", "en": "mentor-training-pack"}, audience="mentor"),
    }


def status_page(client, application):
    with translation.override("en"):
        url = reverse("programs:application_status", args=[application.status_token()])
    response = client.get(url)
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    return response.content.decode()


def test_a_mentee_without_the_required_preparation_is_told_and_shown_what_to_do(client, pair, materials):
    mentee, _mentor = pair
    page = status_page(client, mentee)
    assert "This call asks mentees to complete the preparation for mentees before they are matched." in page
    section = page.split('id="preparation"')[1].split("<h2")[0]
    assert "Mentee preparation guide" in section and "30 minutes" in section  # the call's programme, for mentees
    assert "Reverse mentee notes" not in section and "Mentor training pack" not in section


def test_once_recorded_the_page_lists_the_completion_in_the_reader_s_language(client, pair, materials):
    mentee, _mentor = pair
    prepare(mentee, material=materials["mentee"]["tr"])
    page = status_page(client, mentee)  # read in English: the English page's title
    section = page.split('id="preparation"')[1].split("<h2")[0]
    assert "Mentee preparation · Mentee preparation guide" in section
    assert "The preparation this call requires is complete." in section and "asks mentees" not in section


def test_without_a_rule_or_a_record_the_page_says_nothing(client, match_pair):
    assert 'id="preparation"' not in status_page(client, match_pair[0])


def test_the_participant_page_shows_the_person_s_own_preparation_only(client, pair, materials):
    mentee, mentor = pair
    prepare(mentee, material=materials["mentee"]["tr"])
    prepare(mentor)
    match = match_factories.match(mentee, mentor)
    for role, mine, theirs in (("mentee", "Mentee preparation guide", "Mentorluk Becerileri"),
                               ("mentor", "Mentorluk Becerileri", "Mentee preparation guide")):
        with translation.override("en"):
            url = reverse("matching_public:participant", args=[make_participant_token(match, role)])
        response = client.get(url)
        assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
        section = response.content.decode().split('id="preparation"')[1].split("<h2")[0]
        assert mine in section and theirs not in section, role


def test_the_participant_page_of_a_call_requiring_preparation_says_what_is_missing(client, match_pair, materials):
    mentee, mentor = match_pair
    match = match_factories.match(mentee, mentor)
    require(mentee.call.specific, "mentors")  # set after the match was proposed
    response = client.get(reverse("matching_public:participant", args=[make_participant_token(match, "mentor")]))
    assert "This call asks mentors to complete mentor training before they are matched." in response.content.decode()


def test_events_wait_for_the_event_kind():
    """Until EventPage has its kind (another branch), no event is offered: nothing guessed from titles."""
    assert next_steps.upcoming_training_events("mentor_training", None) == []
