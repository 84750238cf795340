"""The claim rules called directly: agreed assignments only, dates within the assignment, the year's caps,
Decimal sums, one decision per claim, and a reason whenever less is approved or the claim is rejected."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import ModelLogEntry

from programs.claims import rules
from programs.claims.models import Claim, ClaimLine, ClaimReceipt, ClaimState, DailyRate
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from tests.factories import matching as match_factories
from tests.factories.applications import ApplicationFactory
from tests.integration.claims.claim_support import (
    allowance,
    day,
    receipt,
    set_rates,
    stay,
    submit,
    travel,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages read in English, numbers as English writes them ("1,200.00")."""
    with translation.override("en"):
        yield


def messages(excinfo) -> str:
    return " | ".join(excinfo.value.messages)


def test_a_claim_is_stored_with_its_lines_receipts_and_log(claim_match):
    claim = submit(claim_match, [travel(claim_match), allowance(claim_match), stay(claim_match)])
    assert claim.state == ClaimState.SUBMITTED and claim.claimant == claim_match.mentor and claim.year == claim_match.start_date.year
    assert claim.lines.count() == 3 and claim.receipts.count() == 1
    assert claim.total_claimed == Decimal("3050.00") and claim.total_approved is None
    assert claim.receipts.get().file.storage.exists(claim.receipts.get().file.name)
    entry = ModelLogEntry.objects.for_instance(claim).get()
    assert entry.action == rules.LOG_SUBMITTED and entry.user is None


def test_totals_are_exact_decimals(claim_match):
    lines = [travel(claim_match, amount=amount) for amount in ("0.10", "0.20", "1234567.89")]
    claim = submit(claim_match, lines)
    assert claim.total_claimed == Decimal("1234568.19")
    assert all(isinstance(line.amount_claimed, Decimal) for line in claim.lines.all())


@pytest.mark.parametrize("offset, field", [(-1, "date_from"), (91, "date_from")])
def test_a_line_outside_the_assignment_is_refused(claim_match, offset, field):
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [travel(claim_match, date_from=day(claim_match, offset))])
    assert "within your assignment" in messages(excinfo)
    assert not Claim.objects.exists() and not ClaimReceipt.objects.exists()


def test_the_last_day_must_be_within_the_assignment_too(claim_match):
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [allowance(claim_match, days=2, date_to=day(claim_match, 95))])
    assert "within your assignment" in messages(excinfo)


def test_an_extension_moves_the_end_date_and_lines_may_follow(claim_match):
    later = day(claim_match, 100)
    with pytest.raises(ValidationError):
        submit(claim_match, [travel(claim_match, date_from=later)])
    claim_match.end_date = day(claim_match, 120)  # what an applied extension writes (programs.matching.workflow)
    claim_match.save(update_fields=["end_date"])
    set_rates(later.year)
    assert submit(claim_match, [travel(claim_match, date_from=later)]).lines.get().date_from == later


def test_daily_allowance_is_capped_by_days_times_the_rate(claim_match):
    submit(claim_match, [allowance(claim_match, days=2, amount="1200.00")], receipts=[])  # exactly the cap; no receipt needed
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [allowance(claim_match, days=2, amount="1200.01")], receipts=[])
    assert "At most 1,200.00 TRY (2 × 600.00 TRY)" in messages(excinfo)


def test_more_days_than_the_dates_hold_are_refused(claim_match):
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [allowance(claim_match, days=3, amount="100.00", date_to=day(claim_match, 1))])
    assert "At most 2 for the dates given" in messages(excinfo)


def test_accommodation_is_capped_by_nights_times_the_ceiling(claim_match):
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [stay(claim_match, nights=2, amount="3600.50")])
    assert "At most 3,600.00 TRY" in messages(excinfo)


def test_a_missing_rate_is_a_clear_error_not_a_guess(claim_match):
    DailyRate.objects.filter(year=claim_match.start_date.year, kind="daily_allowance").delete()
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [allowance(claim_match)], receipts=[])
    assert f"No daily allowance (per day) is recorded for {claim_match.start_date.year} yet" in messages(excinfo)


@pytest.mark.parametrize("changes, expected", [
    ({"route_from": ""}, "Enter where the journey started and where it ended."),
    ({"transport": ""}, "Choose the means of transport."),
    ({"amount": Decimal("-5")}, "The amount must be more than zero."),
    ({"amount": Decimal("0")}, "The amount must be more than zero."),
    ({"amount": Decimal("10.005")}, "Use at most two decimals"),
    ({"amount": "abc"}, "Enter an amount in Turkish lira"),
    ({"amount": Decimal("NaN")}, "Enter an amount in Turkish lira"),
    ({"amount": Decimal("99999999999")}, "The amount is too large."),
    ({"kind": "champagne"}, "Choose what the expense is."),
])
def test_bad_lines_are_refused_with_a_message(claim_match, changes, expected):
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [{**travel(claim_match), **changes}])
    assert expected in messages(excinfo)
    assert not Claim.objects.exists() and not ClaimLine.objects.exists()


def test_an_other_expense_needs_a_description_and_receipts_are_needed(claim_match):
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [travel(claim_match, kind="other", description="")])
    assert "Say what the expense was." in messages(excinfo)
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match, [travel(claim_match)], receipts=[])
    assert "Attach the tickets" in messages(excinfo)


def test_too_many_lines_or_receipts_are_refused(claim_match):
    with pytest.raises(ValidationError):
        submit(claim_match, [travel(claim_match)] * (rules.MAX_LINES + 1))
    with pytest.raises(ValidationError):
        submit(claim_match, receipts=[receipt()] * (rules.MAX_RECEIPTS + 1))
    assert not Claim.objects.exists()


@pytest.mark.parametrize("state", [match_states.PROPOSED, match_states.AWAITING_CONSENT, match_states.CANCELLED])
def test_only_an_agreed_assignment_takes_claims(claim_match, state):
    type(claim_match).objects.filter(pk=claim_match.pk).update(state=state)
    with pytest.raises(ValidationError) as excinfo:
        submit(claim_match)
    assert "agreed assignment" in messages(excinfo)


def test_a_completed_assignment_still_takes_claims_for_its_dates(claim_match):
    match_workflow.transition(claim_match, match_states.ACTIVE)
    match_workflow.transition(claim_match, match_states.COMPLETED)
    assert submit(claim_match).state == ClaimState.SUBMITTED


def test_only_the_assigned_expert_claims(claim_match):
    with pytest.raises(ValidationError) as excinfo:
        rules.submit_claim(claim_match, claim_match.mentee, [travel(claim_match)], [receipt()])
    assert "Only the assigned expert" in messages(excinfo)


def test_a_group_mentor_claims_for_a_group_match(open_call, claim_match):
    call = open_call("tr")
    mentors = [ApplicationFactory(call=call, role="mentor", statuses=["under_review", "eligible", "shortlisted"]) for _ in range(2)]
    mentee = ApplicationFactory(call=call, role="mentee", statuses=["under_review", "eligible", "shortlisted"])
    group = match_factories.group(call, mentors)
    match = match_workflow.transition(match_factories.with_consents(match_factories.match(mentee, group=group)), match_states.CONFIRMED)
    claim = rules.submit_claim(match, mentors[1], [travel(match)], [receipt()])
    assert claim.claimant == mentors[1]
    with pytest.raises(ValidationError):
        rules.submit_claim(match, claim_match.mentor, [travel(match)], [receipt()])


# -- decisions -----------------------------------------------------------------------------------------------

def test_approve_all(claim_match, admin_user):
    claim = rules.decide(submit(claim_match), rules.APPROVE, user=admin_user)
    assert claim.state == ClaimState.APPROVED and claim.decided_by == admin_user and claim.decided_at
    assert claim.total_approved == claim.total_claimed == Decimal("1550.00")
    entry = ModelLogEntry.objects.for_instance(claim).get(action=rules.LOG_DECIDED)
    assert entry.user == admin_user and entry.data == {"state": "approved", "claimed": "1550.00", "approved": "1550.00"}


def test_reject_needs_a_reason(claim_match, admin_user):
    claim = submit(claim_match)
    with pytest.raises(ValidationError, match="reason for rejecting"):
        rules.decide(claim, rules.REJECT, user=admin_user, note="  ")
    claim = rules.decide(claim, rules.REJECT, user=admin_user, note="Bu görev için ödenek yok.")
    assert claim.state == ClaimState.REJECTED and claim.total_approved == Decimal("0.00")


def test_partly_approve_per_line_with_reasons(claim_match, admin_user):
    claim = submit(claim_match)
    first, second = claim.lines.order_by("pk")
    with pytest.raises(ValidationError, match="reason for approving less"):
        rules.decide(claim, rules.PARTLY, user=admin_user, approved={first.pk: (Decimal("300.00"), ""), second.pk: (second.amount_claimed, "")})
    with pytest.raises(ValidationError, match="at most the amount claimed"):
        rules.decide(claim, rules.PARTLY, user=admin_user, approved={first.pk: (Decimal("350.01"), ""), second.pk: (second.amount_claimed, "")})
    with pytest.raises(ValidationError, match="every expense"):
        rules.decide(claim, rules.PARTLY, user=admin_user, approved={first.pk: (Decimal("300.00"), "Otobüs bileti 300 TL")})
    with pytest.raises(ValidationError, match="zero or more"):
        rules.decide(claim, rules.PARTLY, user=admin_user, approved={first.pk: (Decimal("-1"), "x"), second.pk: (Decimal("1.001"), "x")})
    claim = rules.decide(claim, rules.PARTLY, user=admin_user,
                         approved={first.pk: (Decimal("300.00"), "Otobüs bileti 300 TL"), second.pk: (second.amount_claimed, "ignored")})
    first.refresh_from_db(), second.refresh_from_db()
    assert claim.state == ClaimState.PARTLY_APPROVED and claim.total_approved == Decimal("1500.00")
    assert (first.amount_approved, first.reduction_reason) == (Decimal("300.00"), "Otobüs bileti 300 TL")
    assert (second.amount_approved, second.reduction_reason) == (Decimal("1200.00"), "")


def test_a_decided_claim_is_never_decided_again(claim_match, admin_user):
    claim = rules.decide(submit(claim_match), rules.APPROVE, user=admin_user)
    stale = Claim.objects.get(pk=claim.pk)
    for outcome in (rules.APPROVE, rules.REJECT):
        with pytest.raises(ValidationError, match="already been decided"):
            rules.decide(stale, outcome, user=admin_user, note="again")
    assert Claim.objects.get(pk=claim.pk).state == ClaimState.APPROVED
    assert ModelLogEntry.objects.for_instance(claim).filter(action=rules.LOG_DECIDED).count() == 1


def test_approved_more_than_claimed_is_refused_by_the_database_too(claim_match):
    line = submit(claim_match).lines.first()
    line.amount_approved = line.amount_claimed + 1
    with pytest.raises(Exception):
        line.save()


def test_an_unknown_outcome_is_refused(claim_match, admin_user):
    with pytest.raises(ValidationError, match="Choose a decision"):
        rules.decide(submit(claim_match), "pay-twice", user=admin_user)
    assert datetime.date.today()  # nothing else changed
