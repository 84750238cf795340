"""The expert sends a travel claim with a receipt through their private link (English, Chromium), then the
secretariat partly approves one expense with a reason in the admin; the database holds the claim, the decision
and its audit-log entry."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from programs.claims import rules
from programs.claims.models import Claim, ClaimState
from programs.followup.tokens import make_participant_token
from programs.models import Match
from tests.browser.test_matching_flow import secretariat_login
from tests.factories.applications import PDF

pytestmark = pytest.mark.browser


def completed_match():
    """The demo's completed match (Okan Demo with Derya Taslakçı): the union pays its expert's travel."""
    return Match.objects.select_related("mentor").get(mentee__email="okan.demo@example.org", state="completed")


def test_the_expert_claims_and_the_secretariat_partly_approves(demo_site, page, axe_check, tmp_path):
    match = completed_match()
    before = set(Claim.objects.values_list("pk", flat=True))
    day = match.end_date - datetime.timedelta(days=5)
    with translation.override("en"):
        participant = demo_site.url + reverse("matching_public:participant", args=[make_participant_token(match, "mentor")])

    assert page.goto(participant).status == 200
    page.get_by_role("link", name="Your claims").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Travel and allowance claims"
    axe_check(page, "the expert's claims page (en)")

    page.locator("#id_line-0-kind").select_option("travel")
    page.locator("#id_line-0-date_from").fill(day.isoformat())
    page.locator("#id_line-0-route_from").fill("Kuzeyşehir")
    page.locator("#id_line-0-route_to").fill("Yaylakent")
    page.locator("#id_line-0-transport").select_option("train")
    page.locator("#id_line-0-amount").fill("450.50")
    page.locator("#id_line-1-kind").select_option("daily_allowance")
    page.locator("#id_line-1-date_from").fill(day.isoformat())
    page.locator("#id_line-1-days").fill("1")
    page.locator("#id_line-1-amount").fill("600")
    receipt = tmp_path / "train-ticket.pdf"
    receipt.write_bytes(PDF)
    page.set_input_files("#id_receipts", str(receipt))
    page.get_by_label("I declare that these expenses were incurred for this assignment").check()
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Send my claim").click()
    assert posted.value.status == 302 and posted.value.request.all_headers().get("origin") == demo_site.url
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text().startswith("Thank you: your claim has been sent.")
    axe_check(page, "the claims page after sending (en)")

    (claim,) = Claim.objects.exclude(pk__in=before)
    assert claim.state == ClaimState.SUBMITTED and claim.claimant == match.mentor
    assert [str(a) for a in claim.lines.order_by("pk").values_list("amount_claimed", flat=True)] == ["450.50", "600.00"]
    assert claim.receipts.get().original_name == "train-ticket.pdf"

    secretary = secretariat_login(page, demo_site.url)
    page.goto(f"{demo_site.url}{reverse('claim:index')}?state=submitted")
    axe_check(page, "the claims list")
    page.locator(f'a[href="{reverse("programs_claim_decide", args=[claim.pk])}"]').first.click()
    page.wait_for_load_state()
    axe_check(page, "the decision screen")
    first = claim.lines.order_by("pk").first()
    page.get_by_label("Approve each expense as entered below").check()
    page.locator(f"#id_approved_{first.pk}").fill("400.00")
    page.locator(f"#id_reason_{first.pk}").fill("Second-class ticket: 400 TRY")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Save the decision").click()
    assert posted.value.status == 302
    page.wait_for_load_state()
    assert page.locator("#claim-state").text_content().strip() == "Partly approved"
    axe_check(page, "the decided claim")

    claim.refresh_from_db()
    first.refresh_from_db()
    assert claim.state == ClaimState.PARTLY_APPROVED and claim.decided_by == secretary
    assert str(first.amount_approved) == "400.00" and first.reduction_reason == "Second-class ticket: 400 TRY"
    assert str(claim.total_approved) == "1000.00"
    entry = ModelLogEntry.objects.for_instance(claim).get(action=rules.LOG_DECIDED)
    assert entry.user == secretary and entry.data["state"] == "partly_approved"
