"""The demo's travel claims: the year's rates, and on the completed match one approved and one waiting claim of
its expert, every line inside the assignment, each with a receipt that opens."""

import pytest
from pypdf import PdfReader

from programs.claims.models import Claim, ClaimState, DailyRate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_the_demo_has_rates_and_two_claims_on_the_completed_match():
    assert set(DailyRate.objects.filter(year=2026).values_list("kind", flat=True)) == {"daily_allowance", "accommodation"}
    claims = list(Claim.objects.select_related("match", "claimant").order_by("created_at"))
    assert sorted(claim.state for claim in claims) == [ClaimState.APPROVED, ClaimState.SUBMITTED]
    for claim in claims:
        match = claim.match
        assert match.mentee.email == "okan.demo@example.org" and claim.claimant == match.mentor
        assert all(match.start_date <= line.date_from <= line.last_day <= match.end_date for line in claim.lines.all())
        with claim.receipts.get().file.open("rb") as handle:
            assert len(PdfReader(handle).pages) == 1
    approved = next(claim for claim in claims if claim.state == ClaimState.APPROVED)
    assert approved.total_approved == approved.total_claimed and approved.decided_by is not None
