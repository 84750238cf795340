"""Every transition of a match, allowed or refused, with the guards of Articles 5-6."""

import datetime
import itertools

import pytest
from django.utils import translation

from programs.matching import states as ms
from programs.matching.states import Facts, TransitionError, check_transition

TODAY = datetime.date(2026, 3, 1)


@pytest.fixture(autouse=True)
def english():
    """The messages are asserted in English (the site's default language is Turkish)."""
    with translation.override("en"):
        yield


READY = Facts(consents_complete=True, start_date=TODAY, end_date=TODAY + datetime.timedelta(days=90), today=TODAY, reason="x")
STATES = [s for s, _ in ms.STATE_CHOICES]
ALLOWED = {
    (ms.PROPOSED, ms.AWAITING_CONSENT), (ms.PROPOSED, ms.CANCELLED),
    (ms.AWAITING_CONSENT, ms.CONFIRMED), (ms.AWAITING_CONSENT, ms.CANCELLED),
    (ms.CONFIRMED, ms.ACTIVE), (ms.CONFIRMED, ms.AWAITING_CONSENT), (ms.CONFIRMED, ms.CANCELLED),
    (ms.ACTIVE, ms.COMPLETED), (ms.ACTIVE, ms.AWAITING_CONSENT), (ms.ACTIVE, ms.CANCELLED),
}


@pytest.mark.parametrize("source,target", list(itertools.product(STATES, STATES)))
def test_every_pair_of_states_is_allowed_or_refused_as_the_table_says(source, target):
    if (source, target) in ALLOWED:
        check_transition(source, target, READY)
    else:
        with pytest.raises(TransitionError, match="cannot go from"):
            check_transition(source, target, READY)


def test_completed_and_cancelled_are_final():
    assert ms.allowed_targets(ms.COMPLETED) == frozenset()
    assert ms.allowed_targets(ms.CANCELLED) == frozenset()


@pytest.mark.parametrize("complete", [False])
def test_confirmation_needs_all_three_consents(complete):
    facts = Facts(consents_complete=complete, start_date=TODAY, end_date=TODAY, today=TODAY)
    with pytest.raises(TransitionError, match="written consent"):
        check_transition(ms.AWAITING_CONSENT, ms.CONFIRMED, facts)


def test_confirmation_needs_the_dates_of_the_assignment():
    with pytest.raises(TransitionError, match="start and end date"):
        check_transition(ms.AWAITING_CONSENT, ms.CONFIRMED, Facts(consents_complete=True, today=TODAY))


@pytest.mark.parametrize("start,ok", [(TODAY - datetime.timedelta(days=1), True), (TODAY, True), (TODAY + datetime.timedelta(days=1), False), (None, False)])
def test_a_match_becomes_active_only_from_its_start_date(start, ok):
    facts = Facts(consents_complete=True, start_date=start, end_date=TODAY + datetime.timedelta(days=9), today=TODAY)
    if ok:
        check_transition(ms.CONFIRMED, ms.ACTIVE, facts)
    else:
        with pytest.raises(TransitionError, match="start date"):
            check_transition(ms.CONFIRMED, ms.ACTIVE, facts)


@pytest.mark.parametrize("reason", ["", "   "])
@pytest.mark.parametrize("source", [ms.PROPOSED, ms.AWAITING_CONSENT, ms.CONFIRMED, ms.ACTIVE])
def test_cancelling_needs_a_reason(source, reason):
    with pytest.raises(TransitionError, match="reason"):
        check_transition(source, ms.CANCELLED, Facts(reason=reason))
    check_transition(source, ms.CANCELLED, Facts(reason="The mentor moved abroad"))


def test_unknown_states_are_refused():
    with pytest.raises(TransitionError, match="Unknown"):
        check_transition("draft", ms.CONFIRMED, READY)
