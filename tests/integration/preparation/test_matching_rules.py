"""A person lacking the preparation their call requires cannot be matched, on every path that makes or confirms a
match: the workflow functions, the screen's accept / manual / accept-all actions (crafted POSTs included), groups,
and confirmation after a record was removed. With the record, the same paths go through."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from programs.matching import states as match_states
from programs.matching import suggestions
from programs.matching import workflow as match_workflow
from programs.matching.states import TransitionError
from programs.models import Match, MentoringGroup, PreparationRecord
from tests.factories import matching as match_factories
from tests.factories.applications import ApplicationFactory
from tests.integration.matching.matching_support import secretariat  # noqa: F401
from tests.integration.preparation.conftest import prepare, require

pytestmark = pytest.mark.django_db

MENTEE_MISSING = "Zeynep Kurgu cannot be matched: this call requires mentee preparation, and none is recorded for this person."
MENTOR_MISSING = "Hakan Deneme cannot be matched: this call requires mentor training, and none is recorded for this person."


def test_without_a_rule_nobody_needs_preparation(match_pair):
    mentee, mentor = match_pair
    assert match_factories.match(mentee, mentor).state == match_states.PROPOSED


@pytest.mark.parametrize("prepared,message", [((), [MENTEE_MISSING, MENTOR_MISSING]), (("mentee",), [MENTOR_MISSING]),
                                              (("mentor",), [MENTEE_MISSING])])
def test_create_match_names_everyone_unprepared_and_creates_nothing(pair, prepared, message):
    mentee, mentor = pair
    for person in [p for p in pair if p.role in prepared]:
        prepare(person)
    with pytest.raises(ValidationError) as error:
        match_factories.match(mentee, mentor)
    assert error.value.messages == message
    assert not Match.objects.exists()


def test_with_both_records_the_match_is_made(pair):
    mentee, mentor = pair
    prepare(mentee)
    prepare(mentor)
    assert match_factories.match(mentee, mentor).state == match_states.PROPOSED


def test_the_rule_concerns_only_the_roles_it_names(match_pair):
    mentee, mentor = match_pair
    require(mentee.call.specific, "mentees")
    prepare(mentee)
    assert match_factories.match(mentee, mentor).mentor == mentor  # the mentor has no record and needs none


def test_an_address_in_other_letters_is_the_same_person(pair):
    mentee, mentor = pair
    prepare(mentor)
    PreparationRecord.objects.create(email="  Zeynep.KURGU@example.org ", name="Zeynep", kind="mentee_preparation",
                                     source="other", note="Hazırlık", completed_on=mentee.created_at.date())
    assert match_factories.match(mentee, mentor).pk


def test_confirmation_checks_again(pair):
    """A record removed after the proposal (entered by mistake): the match cannot be confirmed, and stays as it was."""
    mentee, mentor = pair
    prepare(mentee)
    record = prepare(mentor)
    match = match_factories.with_consents(match_factories.match(mentee, mentor))
    record.delete()
    with pytest.raises(TransitionError, match="requires mentor training"):
        match_workflow.transition(match, match_states.CONFIRMED)
    match.refresh_from_db()
    assert match.state == match_states.AWAITING_CONSENT
    prepare(mentor)
    assert match_workflow.transition(match, match_states.CONFIRMED).state == match_states.CONFIRMED


def test_the_confirm_button_shows_the_refusal(client, secretariat, pair):  # noqa: F811
    mentee, mentor = pair
    prepare(mentee)
    record = prepare(mentor)
    match = match_factories.with_consents(match_factories.match(mentee, mentor))
    record.delete()
    response = client.post(reverse("matching:match", args=[match.pk]), {"action": "transition", "target": "confirmed"}, follow=True)
    assert MENTOR_MISSING in response.content.decode()
    assert Match.objects.get(pk=match.pk).state == match_states.AWAITING_CONSENT


def _third_mentor(call):
    return ApplicationFactory(call=call, role="mentor", name="Derya Taslakçı", email="derya.taslakci@example.org",
                              statuses=["under_review", "eligible", "shortlisted"])


def test_a_group_cannot_be_composed_of_unprepared_mentors(pair):
    mentee, mentor = pair
    call = mentee.call.specific
    other = _third_mentor(call)
    prepare(other)
    with pytest.raises(ValidationError) as error:
        match_workflow.create_group(call, "Takım", 6, [mentor, other])
    assert error.value.messages == [MENTOR_MISSING]
    assert not MentoringGroup.objects.exists()
    prepare(mentor)
    assert match_workflow.create_group(call, "Takım", 6, [mentor, other]).mentors.count() == 2


def test_a_group_composed_before_the_rule_is_checked_mentor_by_mentor(pair):
    mentee, mentor = pair
    call = mentee.call.specific
    other = _third_mentor(call)
    group = match_factories.group(call, [mentor, other])  # straight into the table, as before the rule
    prepare(mentee)
    prepare(other)
    with pytest.raises(ValidationError) as error:
        match_factories.match(mentee, group=group)
    assert error.value.messages == [MENTOR_MISSING]
    prepare(mentor)
    assert match_factories.match(mentee, group=group).group == group


def screen_url(call):
    return reverse("matching:screen", args=[call.pk])


@pytest.mark.parametrize("action", ["accept", "manual", "accept_all"])
def test_crafted_screen_posts_are_refused_with_the_message(client, secretariat, pair, action):  # noqa: F811
    mentee, mentor = pair
    prepare(mentor)
    call = mentee.call.specific
    data = {"action": action, "mentee": mentee.pk, "mentor": mentor.pk, "m-mentee": mentee.pk, "m-mentor": mentor.pk}
    response = client.post(screen_url(call), data, follow=True)
    assert response.status_code == 200
    if action != "accept_all":  # accept-all takes only the suggestions, and the unprepared mentee is never suggested
        assert MENTEE_MISSING in response.content.decode()
    assert not Match.objects.exists()


def test_suggestions_leave_out_the_unprepared_until_their_record(pair):
    mentee, mentor = pair
    call = mentee.call.specific
    prepare(mentor)
    result = suggestions.for_call(call)
    assert result.rows == []
    assert {(a.name, a.preparation_done) for a in result.prepared_people} == {("Zeynep Kurgu", False), ("Hakan Deneme", True)}
    prepare(mentee)
    result = suggestions.for_call(call)
    assert [(m.name, n.name) for m, n, _score, _lines in result.rows] == [("Zeynep Kurgu", "Hakan Deneme")]


def test_an_unprepared_mentor_is_not_suggested(pair):
    mentee, mentor = pair
    prepare(mentee)
    assert suggestions.for_call(mentee.call.specific).rows == []


def test_accepting_after_the_record_makes_the_match(client, secretariat, pair):  # noqa: F811
    mentee, mentor = pair
    prepare(mentee)
    prepare(mentor)
    client.post(screen_url(mentee.call.specific), {"action": "accept", "mentee": mentee.pk, "mentor": mentor.pk})
    assert Match.objects.get(mentee=mentee).mentor == mentor
