"""The status workflow table: only the allowed moves, and withdrawing only before a decision."""

import pytest

from programs.applications.states import FINAL_STATES, TRANSITIONS, allowed_targets, can_change
from programs.models import Application

S = Application.Status


def test_every_status_has_a_row():
    assert set(TRANSITIONS) == set(S.values)


@pytest.mark.parametrize(
    "from_status,to_status",
    [
        (S.SUBMITTED, S.UNDER_REVIEW), (S.UNDER_REVIEW, S.ELIGIBLE), (S.UNDER_REVIEW, S.INELIGIBLE),
        (S.ELIGIBLE, S.SHORTLISTED), (S.SHORTLISTED, S.MATCHED), (S.SHORTLISTED, S.WAITLISTED),
        (S.SHORTLISTED, S.NOT_SELECTED), (S.WAITLISTED, S.MATCHED), (S.SUBMITTED, S.WITHDRAWN),
    ],
)
def test_allowed(from_status, to_status):
    assert can_change(from_status, to_status)


@pytest.mark.parametrize(
    "from_status,to_status",
    [
        (S.SUBMITTED, S.MATCHED), (S.SUBMITTED, S.ELIGIBLE), (S.INELIGIBLE, S.SHORTLISTED), (S.MATCHED, S.WITHDRAWN),
        (S.WITHDRAWN, S.SUBMITTED), (S.NOT_SELECTED, S.MATCHED), (S.UNDER_REVIEW, S.UNDER_REVIEW), (S.SUBMITTED, "bogus"),
    ],
)
def test_refused(from_status, to_status):
    assert not can_change(from_status, to_status)


def test_final_states_lead_nowhere_except_waitlist():
    for status in FINAL_STATES - {S.WAITLISTED}:
        assert allowed_targets(status) == []


def test_targets_follow_the_enumeration_order():
    assert allowed_targets(S.SHORTLISTED) == [S.MATCHED, S.WAITLISTED, S.NOT_SELECTED, S.WITHDRAWN]
