"""The matching rules hold whatever request arrives: where the data changes, with row locks and database
constraints behind them. Each test reproduces a defect of issue 12 that passed before."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from home import roles
from programs.applications import applying, states
from programs.followup.feedback import submit_feedback
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Application, Consent, ConsentMethod, Feedback, Match, Party
from tests.integration.matching.matching_support import (  # noqa: F401
    TODAY, app, closed_call, closed_call_pool, hakan, proposed_match, secretariat, user_in, with_consents, zeynep,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]

S = Application.Status


def screen_url():
    return reverse("matching:screen", args=[closed_call().pk])


# -- only applications still in the running are matched ----------------------------------------------------
@pytest.mark.parametrize("status", [S.WITHDRAWN, S.NOT_SELECTED])
def test_an_application_out_of_the_running_is_never_matched(status):
    states.change_status(zeynep(), status)
    with translation.override("en"), pytest.raises(ValidationError, match="cannot be matched"):
        proposed_match()
    assert not Match.objects.filter(mentee=zeynep()).exists()


@pytest.mark.parametrize("email", ["serkan.ornekoglu@example.org"])  # ineligible in the pool
def test_an_ineligible_mentee_is_refused_even_by_a_crafted_accept(client, secretariat, email):
    response = client.post(screen_url(), {"action": "accept", "mentee": app(email).pk, "mentor": hakan().pk}, follow=True)
    assert response.status_code == 200
    assert "cannot be matched" in response.content.decode()
    assert not Match.objects.filter(mentee=app(email)).exists()


def test_a_suggestion_screen_opened_before_a_withdrawal_cannot_match_the_withdrawn(client, secretariat):
    client.get(screen_url())  # the screen shows Zeynep with Hakan …
    applying.withdraw(zeynep(), note="Vazgeçtim")  # … she withdraws meanwhile …
    response = client.post(screen_url(), {"action": "accept", "mentee": zeynep().pk, "mentor": hakan().pk}, follow=True)
    assert "cannot be matched" in response.content.decode()  # … and the accept is refused
    assert not Match.objects.filter(mentee=zeynep()).exists()


@pytest.mark.parametrize("value", ["abc", "", "1.5", "99999999"])
def test_crafted_ids_on_the_matching_screen_are_not_found_not_a_server_error(client, secretariat, value):
    for action in ({"action": "accept", "mentee": value, "mentor": hakan().pk}, {"action": "include", "pair": value},
                   {"action": "accept", "mentee": zeynep().pk, "group": value}):
        response = client.post(screen_url(), action)
        assert response.status_code in (302, 404), (action, response.status_code)
    assert not Match.objects.filter(mentee=zeynep()).exists()


# -- leaving the programme ends the live matches -----------------------------------------------------------------
def test_withdrawing_cancels_the_proposed_match_and_tells_the_secretariat():
    secretary = user_in(roles.SECRETARIAT, "sekreter")
    match = with_consents(proposed_match(), [Party.EXPERT])
    mail.outbox.clear()
    applying.withdraw(hakan(), note="Görevim değişti")
    match.refresh_from_db()
    assert match.state == match_states.CANCELLED and "Hakan Deneme" in match.cancel_reason
    assert ModelLogEntry.objects.for_instance(match).filter(action="programs.match_state", data__to="cancelled").exists()
    to_secretary = [m for m in mail.outbox if m.to == [secretary.email]]
    assert len(to_secretary) == 1 and "Hakan Deneme" in to_secretary[0].body
    assert not [m for m in mail.outbox if m.to == [zeynep().email]]  # the mentee was never told of the proposal
    # Zeynep may be matched again at once.
    assert match_workflow.create_match(closed_call(), zeynep(), mentor=app("aylin.kurgusal@example.org")).state == "proposed"


def test_a_confirmation_is_refused_when_an_application_left_behind_the_workflow_s_back():
    match = with_consents(proposed_match())
    Application.objects.filter(pk=hakan().pk).update(status=S.WITHDRAWN)  # a crafted or legacy row
    mail.outbox.clear()
    with translation.override("en"), pytest.raises(match_states.TransitionError, match="cannot be confirmed"):
        match_workflow.transition(match, match_states.CONFIRMED)
    match.refresh_from_db()
    assert match.state == match_states.AWAITING_CONSENT and not mail.outbox


# -- database rules -------------------------------------------------------------------------------------------------
def test_the_database_keeps_one_live_match_per_mentee():
    match = proposed_match()
    with pytest.raises(IntegrityError), transaction.atomic():
        Match.objects.create(call=match.call, mentee=match.mentee, mentor=app("aylin.kurgusal@example.org"))
    match_workflow.transition(match, match_states.CANCELLED, reason="Yanlış eşleşme")
    Match.objects.create(call=match.call, mentee=match.mentee, mentor=app("aylin.kurgusal@example.org"))
    assert Match.objects.filter(mentee=match.mentee).count() == 2


def test_the_database_keeps_one_current_consent_per_party():
    match = with_consents(proposed_match(), [Party.EXPERT])
    with pytest.raises(IntegrityError), transaction.atomic():
        Consent.objects.create(match=match, party=Party.EXPERT, given_on=TODAY(), method=ConsentMethod.EMAIL)
    with translation.override("en"), pytest.raises(ValidationError, match="already recorded"):
        match_workflow.record_consent(match, Party.EXPERT, TODAY(), ConsentMethod.EMAIL)
    assert match.consents.count() == 1


@pytest.mark.parametrize("fields", [{"mentor": None}, {"group": "both"}, {"end_date": "before start"}])
def test_the_database_refuses_a_match_without_one_partner_or_ending_before_it_starts(fields):
    match = proposed_match()
    if "mentor" in fields:
        update = {"mentor": None}
    elif "group" in fields:
        update = {"group": match_workflow.create_group(closed_call(), name="G", capacity=3, mentors=[hakan(), app("aylin.kurgusal@example.org")])}
    else:
        update = {"end_date": match.start_date - datetime.timedelta(days=1)}
    with pytest.raises(IntegrityError), transaction.atomic():
        Match.objects.filter(pk=match.pk).update(**update)


def test_a_second_answer_of_the_same_feedback_round_does_not_overwrite_the_first():
    match = proposed_match()
    item = Feedback.objects.create(match=match, respondent="mentee", stage="midpoint")
    stale = Feedback.objects.get(pk=item.pk)  # a second tab, opened before the first answer
    submit_feedback(item, rating=5, went_well="İlk yanıt")
    with translation.override("en"), pytest.raises(ValidationError, match="already been sent"):
        submit_feedback(stale, rating=1, went_well="İkinci yanıt")
    item.refresh_from_db()
    assert (item.rating, item.went_well) == (5, "İlk yanıt")


# -- no generic view bypasses the workflow ---------------------------------------------------------------------------
def test_the_generic_match_edit_and_delete_urls_lead_to_the_workflow_page_and_change_nothing(client, secretariat):
    match = with_consents(proposed_match())
    match_workflow.transition(match, match_states.CONFIRMED)
    before = Match.objects.values().get(pk=match.pk)
    page = reverse("matching:match", args=[match.pk])
    for name in ("edit", "delete"):
        url = reverse(f"match:{name}", args=[match.pk])
        response = client.post(url, {"start_date": "2020-01-01", "end_date": "2030-01-01", "format": "online", "conditions": "x"})
        assert response.status_code == 302 and response.url == page, name
    assert Match.objects.values().get(pk=match.pk) == before


def test_the_assignment_of_a_confirmed_match_changes_only_through_an_extension(client, secretariat):
    match = with_consents(proposed_match())
    match_workflow.transition(match, match_states.CONFIRMED)
    end = match.end_date
    response = client.post(reverse("matching:match", args=[match.pk]), {
        "action": "assignment", "a-start_date": match.start_date.isoformat(),
        "a-end_date": (end + datetime.timedelta(days=60)).isoformat(), "a-format": "online", "a-conditions": "",
    })
    assert response.status_code == 400
    assert "only through an extension" in response.content.decode()
    match.refresh_from_db()
    assert match.end_date == end


def test_an_assignment_that_ends_before_it_starts_is_refused_with_a_message(client, secretariat):
    match = proposed_match()
    response = client.post(reverse("matching:match", args=[match.pk]), {
        "action": "assignment", "a-start_date": "2027-03-01", "a-end_date": "2027-02-01", "a-format": "online", "a-conditions": "",
    })
    assert response.status_code == 400 and "The end date must be after the start date." in response.content.decode()
    assert Match.objects.get(pk=match.pk).end_date == match.end_date
