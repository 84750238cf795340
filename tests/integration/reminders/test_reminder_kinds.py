"""Each kind's ``due(today)`` on fixed days around its boundary: the day before it starts, its first day, its last."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from programs.applications.reminders import draft_before_close
from programs.followup.meetings import log_meeting
from programs.followup.reminders import no_meeting_logged
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.matching.reminders import assignment_ending, consents_pending
from programs.models import MeetingFormat
from programs.reminders.registry import KINDS
from tests.factories import matching as match_factories
from tests.integration.reminders.support import day, draft, secretariat_member, set_dates

pytestmark = pytest.mark.django_db


def test_every_kind_of_this_branch_is_registered():
    assert {"draft_before_close", "consents_pending", "no_meeting_logged", "assignment_ending"} <= set(KINDS)


# -- draft_before_close ---------------------------------------------------------------------------


@pytest.mark.parametrize(("offset", "expected"), [(-4, 0), (-3, 1), (-1, 1), (0, 1), (1, 0)])
def test_a_draft_is_reminded_from_three_days_before_the_closing_day_to_that_day(open_call, offset, expected):
    call = open_call("en")
    kept = draft(call, language="en")
    closes_on = timezone.localdate(call.closes_at)
    reminders = list(draft_before_close(closes_on + datetime.timedelta(days=offset)))
    assert len(reminders) == expected
    if expected:
        (reminder,) = reminders
        assert (reminder.key, reminder.to, reminder.language, reminder.optional) == (str(kept.pk), kept.email, "en", True)
        assert "/en/applications/draft/" in reminder.context["link"]


@override_settings(REMINDER_DRAFT_DAYS_BEFORE_CLOSE=10)
def test_the_days_before_closing_are_a_setting(open_call):
    draft(open_call("tr"))
    closes_on = timezone.localdate(open_call("tr").closes_at)
    assert len(list(draft_before_close(closes_on - datetime.timedelta(days=10)))) == 1
    assert list(draft_before_close(closes_on - datetime.timedelta(days=11))) == []


def test_a_standing_calls_draft_is_not_reminded(calls):
    draft(calls["expert_standing"]("tr"))
    assert all(not list(draft_before_close(day(offset))) for offset in range(0, 60, 7))


# -- consents_pending -------------------------------------------------------------------------------


@pytest.fixture
def waiting_match(match_pair):
    match = match_workflow.transition(match_factories.match(*match_pair), match_states.AWAITING_CONSENT)
    return set_dates(match, created_at=timezone.now())


@pytest.mark.parametrize(("offset", "expected"), [(6, 0), (7, 1), (30, 1)])
def test_the_secretariat_gets_a_digest_once_a_match_waited_seven_days(waiting_match, offset, expected):
    secretariat_member()
    reminders = list(consents_pending(day(offset)))
    assert len(reminders) == expected
    if expected:
        (reminder,) = reminders
        assert reminder.to == "sekreterya@example.org" and reminder.optional is False
        assert reminder.key == f"{day(offset).isoformat()}:sekreterya@example.org"  # one digest per day
        assert [row["match"] for row in reminder.context["rows"]] == [waiting_match]


def test_no_digest_once_the_match_is_confirmed(waiting_match):
    secretariat_member()
    match_factories.with_consents(waiting_match)
    match_workflow.transition(waiting_match, match_states.CONFIRMED)
    assert list(consents_pending(day(10))) == []


# -- no_meeting_logged ------------------------------------------------------------------------------


def test_no_meeting_for_four_weeks_from_the_start_reminds_both_sides(confirmed_match):
    start = confirmed_match.start_date
    assert list(no_meeting_logged(start + datetime.timedelta(days=27))) == []
    reminders = list(no_meeting_logged(start + datetime.timedelta(days=28)))
    assert sorted(r.to for r in reminders) == ["hakan.deneme@example.org", "zeynep.kurgu@example.org"]
    assert {r.key.rsplit(":", 1)[1] for r in reminders} == {start.isoformat()}
    assert all("/tr/matches/" in r.context["link"] for r in reminders)


def test_a_logged_meeting_starts_a_new_quiet_period(confirmed_match):
    held_on = timezone.localdate()
    log_meeting(confirmed_match, held_on=held_on, format=MeetingFormat.ONLINE, duration_minutes=60, topic="Tanışma",
                logged_by="mentee")
    assert list(no_meeting_logged(held_on + datetime.timedelta(days=27))) == []
    reminders = list(no_meeting_logged(held_on + datetime.timedelta(days=28)))
    assert len(reminders) == 2 and all(r.key.endswith(held_on.isoformat()) for r in reminders)
    assert all(r.context["had_meeting"] for r in reminders)


def test_no_reminder_for_a_proposed_match_or_after_the_end(match_pair, confirmed_match):
    assert list(no_meeting_logged(confirmed_match.end_date + datetime.timedelta(days=1))) == []


# -- assignment_ending ------------------------------------------------------------------------------


@pytest.mark.parametrize(("offset", "expected"), [(-15, 0), (-14, 2), (0, 2), (1, 0)])
def test_both_sides_are_told_from_fourteen_days_before_the_end_date(confirmed_match, offset, expected):
    end = confirmed_match.end_date
    reminders = list(assignment_ending(end + datetime.timedelta(days=offset)))
    assert len(reminders) == expected
    assert all(r.key.endswith(end.isoformat()) and r.optional for r in reminders)


def test_an_extension_moves_the_reminder_to_the_new_end_date(confirmed_match):
    old_end = confirmed_match.end_date
    set_dates(confirmed_match, end_date=old_end + datetime.timedelta(days=30))
    assert list(assignment_ending(old_end - datetime.timedelta(days=1))) == []
    reminders = list(assignment_ending(old_end + datetime.timedelta(days=20)))
    assert {r.key.rsplit(":", 1)[1] for r in reminders} == {(old_end + datetime.timedelta(days=30)).isoformat()}
