"""Races between real requests end in one clean state (issue 12): on PostgreSQL, with threads that each hold
their own database connection and start together at a barrier.

Rows must be committed for the other connections to see them, hence transactional tests; with
``serialized_rollback`` each starts from the database as migrations left it, and ``tests/conftest.py`` writes
that content back after the test's flush, so the tests that follow find their locales, root page and groups.
"""

import threading
from collections import Counter

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from home import roles
from programs.matching import workflow as match_workflow
from programs.matching.workflow import LIVE_STATES
from programs.models import Application, ApplicationEvent, Match
from tests.factories.applications import ApplicationFactory, apply_url, valid_data
from tests.integration.matching.matching_support import user_in

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks and concurrent transactions are PostgreSQL's; SQLite serialises every writer "
        "(CI runs this file on PostgreSQL)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

S = Application.Status


def race(*actions):
    """Run every action in its own thread (own connection), all released at once; returns results or exceptions."""
    barrier = threading.Barrier(len(actions))
    results = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait(timeout=30)
            results[index] = action()
        except Exception as exc:  # noqa: BLE001 - the test looks at what each thread got
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, action)) for i, action in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread is still waiting (deadlock?)"
    return results


def test_the_same_e_mail_from_eight_clients_at_once_makes_one_application(open_call):
    call = open_call("en")
    cache.clear()  # the per-address rate limit
    url = apply_url(call)

    def post():
        return Client().post(url, valid_data(call, email="Ayni.Kisi@example.org"))

    responses = race(*[post] * 8)
    assert not [r for r in responses if isinstance(r, Exception)], responses
    # The first is received; the seven others get the same answer as a new applicant, a redirect to the
    # "check your e-mail" page (the notice that the address has applied goes to the address only).
    assert Counter((r.status_code, r["Location"]) for r in responses) == {(302, url + "sent/"): 8}, [r.status_code for r in responses]
    application = Application.objects.get()
    assert application.email == "ayni.kisi@example.org"
    assert list(application.events.values_list("to_status", flat=True)) == ["submitted"]


@pytest.mark.parametrize("same_suggestion", [False, True], ids=["two-mentors", "same-suggestion-twice"])
def test_two_accepts_of_the_same_mentee_make_one_live_match(match_pair, institutions, themes, same_suggestion):
    mentee, mentor = match_pair
    other = mentor if same_suggestion else ApplicationFactory(
        call=mentee.call, role="mentor", institution=institutions["limanici"], themes=[themes["digital"]],
        statuses=["under_review", "eligible", "shortlisted"],
    )

    def accept(with_mentor):
        return lambda: match_workflow.create_match(mentee.call, mentee, mentor=with_mentor)

    results = race(accept(mentor), accept(other))
    made = [r for r in results if isinstance(r, Match)]
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(made) == 1 and len(refused) == 1, results
    assert "already in a match" in " ".join(refused[0].messages) or "zaten" in " ".join(refused[0].messages)
    assert Match.objects.filter(mentee=mentee, state__in=LIVE_STATES).count() == 1


def history_is_consistent(application):
    """Every line starts where the one before ended, and the last ends at the application's status."""
    events = list(ApplicationEvent.objects.filter(application=application).order_by("created_at", "pk"))
    assert events[0].from_status == "" and events[0].to_status == S.SUBMITTED
    for before, after in zip(events, events[1:]):
        assert after.from_status == before.to_status, [(e.from_status, e.to_status) for e in events]
    assert events[-1].to_status == application.status
    return [e.to_status for e in events]


@pytest.mark.parametrize("decision, statuses", [
    (S.INELIGIBLE, ["under_review"]),
    (S.SHORTLISTED, ["under_review", "eligible"]),
    (S.NOT_SELECTED, ["under_review", "eligible", "shortlisted"]),
])
def test_a_withdrawal_during_a_status_change_ends_in_one_clean_state(open_call, decision, statuses):
    application = ApplicationFactory(call=open_call("en"), statuses=statuses)
    secretary = user_in(roles.SECRETARIAT, "sekreter")
    applicant, secretariat = Client(), Client()
    secretariat.force_login(secretary)
    withdraw_url = f"/en/applications/{application.status_token()}/withdraw/"
    change_url = reverse("programs_application_status_change", args=[application.pk])

    withdrawal, change = race(
        lambda: applicant.post(withdraw_url),
        lambda: secretariat.post(change_url, {"to_status": decision, "note": "Karar"}),
    )
    assert not isinstance(withdrawal, Exception) and not isinstance(change, Exception), (withdrawal, change)
    assert withdrawal.status_code in (302, 409) and change.status_code == 302
    application.refresh_from_db()
    steps = history_is_consistent(application)
    if withdrawal.status_code == 302:  # the withdrawal won; the decision came too late (or right after, if allowed)
        assert S.WITHDRAWN in steps and steps.count(S.WITHDRAWN) == 1
    else:  # the decision won and the application can no longer be withdrawn
        assert application.status == decision and S.WITHDRAWN not in steps
    assert application.status in (S.WITHDRAWN, decision)
