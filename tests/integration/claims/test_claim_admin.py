"""The secretariat's claim screens: the decision (thin over the rules, audit-logged), receipts, the list's
filters and the finance office's export, the match page's and the dashboard's totals."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from home import roles
from programs.claims import rules
from programs.claims.models import Claim, ClaimState
from programs.claims.totals import dashboard_totals
from programs.models import Application
from tests.integration.claims.claim_support import allowance, submit, travel
from tests.integration.matching.matching_support import user_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretary(client):
    user = user_in(roles.SECRETARIAT, "sekreter")
    client.force_login(user)
    return user


@pytest.fixture
def claim(claim_match):
    return submit(claim_match, [travel(claim_match, amount="350.00"), allowance(claim_match, amount="1200.00")])


def decide_url(claim):
    return reverse("programs_claim_decide", args=[claim.pk])


def test_the_decision_screen_shows_the_claim(client, secretary, claim):
    response = client.get(decide_url(claim))
    assert response.status_code == 200
    body = response.content.decode()
    assert claim.claimant.name in body and "Ankara → İstanbul" in body and "1,550.00 TRY" in body
    assert f'name="approved_{claim.lines.first().pk}"' in body and "bilet.pdf" in body


def test_partly_approving_one_line_with_a_reason(client, secretary, claim):
    first, second = claim.lines.order_by("pk")
    data = {"outcome": "partly", "note": "", f"approved_{first.pk}": "300.00", f"reason_{first.pk}": "Bilet 300 TL",
            f"approved_{second.pk}": "1200.00", f"reason_{second.pk}": ""}
    response = client.post(decide_url(claim), data)
    assert response.status_code == 302 and response["Location"] == decide_url(claim)
    claim.refresh_from_db()
    assert claim.state == ClaimState.PARTLY_APPROVED and claim.decided_by == secretary
    first.refresh_from_db()
    assert first.amount_approved == Decimal("300.00") and first.reduction_reason == "Bilet 300 TL"
    entry = ModelLogEntry.objects.for_instance(claim).get(action=rules.LOG_DECIDED)
    with translation.override("en"):  # the log's label is read in the reader's language
        assert entry.user == secretary and entry.message == "Travel claim decided" and entry.data["approved"] == "1500.00"
    page = client.get(decide_url(claim)).content.decode()
    assert "Partly approved" in page and "Travel claim decided" in page and 'name="outcome"' not in page


@pytest.mark.parametrize("data, message", [
    ({"outcome": "reject", "note": ""}, "Give the reason for rejecting the claim."),
    ({"outcome": "partly", "first": "300.00"}, "Expense 1: give the reason for approving less than claimed."),
    ({"outcome": "partly", "first": "350.01", "first_reason": "x"}, "Expense 1: at most the amount claimed, 350.00 TRY."),
    ({"outcome": "partly", "first": "-1", "first_reason": "x"}, "Ensure this value is greater than or equal to 0."),
    ({"outcome": "partly", "first": "abc"}, "Enter an amount in Turkish lira"),
    ({"outcome": "pay-twice"}, "Select a valid choice."),
])
def test_a_wrong_decision_changes_nothing(client, secretary, claim, data, message):
    first, second = claim.lines.order_by("pk")
    post = {"outcome": data["outcome"], "note": data.get("note", ""), f"approved_{first.pk}": data.get("first", "350.00"),
            f"reason_{first.pk}": data.get("first_reason", ""), f"approved_{second.pk}": "1200.00"}
    response = client.post(decide_url(claim), post)
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    claim.refresh_from_db()
    assert claim.state == ClaimState.SUBMITTED and not claim.lines.filter(amount_approved__isnull=False).exists()
    assert not ModelLogEntry.objects.for_instance(claim).filter(action=rules.LOG_DECIDED).exists()


def test_a_second_decision_is_refused(client, secretary, claim):
    assert client.post(decide_url(claim), {"outcome": "approve"}).status_code == 302
    response = client.post(decide_url(claim), {"outcome": "reject", "note": "ikinci sekme"})
    assert response.status_code == 409 and "already been decided" in response.content.decode()
    claim.refresh_from_db()
    assert claim.state == ClaimState.APPROVED and claim.decision_note == ""


def test_a_receipt_is_served_to_the_secretariat_only(client, secretary, claim):
    receipt = claim.receipts.get()
    response = client.get(reverse("programs_claim_receipt", args=[receipt.pk]))
    assert response.status_code == 200 and response["Content-Disposition"].startswith("attachment")
    client.force_login(user_in(roles.COMMUNICATIONS, "iletisim"))
    assert client.get(reverse("programs_claim_receipt", args=[receipt.pk])).status_code in (302, 403)


def test_the_list_filters_by_state_and_year(client, secretary, claim, claim_match, admin_user):
    second = submit(claim_match, [travel(claim_match, amount="99.00")])
    rules.decide(second, rules.APPROVE, user=admin_user)
    index = reverse("claim:index")
    approved = client.get(index, {"state": "approved"}).content.decode()
    assert f'href="{decide_url(second)}"' in approved and f'href="{decide_url(claim)}"' not in approved
    Claim.objects.filter(pk=second.pk).update(year=claim.year + 1)  # its expenses counted in the next year
    this_year = client.get(index, {"year": claim.year}).content.decode()
    assert f'href="{decide_url(claim)}"' in this_year and f'href="{decide_url(second)}"' not in this_year
    assert f'href="{decide_url(claim)}"' in client.get(index, {"call": claim_match.call_id}).content.decode()


def test_the_export_for_the_finance_office(client, secretary, claim, admin_user):
    Application.objects.filter(pk=claim.claimant_id).update(name="=HYPERLINK(\"http://evil.example\")")
    rules.decide(claim, rules.APPROVE, user=admin_user)
    response = client.get(reverse("claim:index") + "?export=csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    header, row = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header[:3] == ["Claim number", "Submitted at", "First day"] and "Institution" in header and "Call" in header
    values = dict(zip(header, row))
    assert values["Claimed (TRY)"] == "1550.00" and values["Approved (TRY)"] == "1550.00" and values["State"] == "Approved"
    assert values["Claimant"].startswith("'=HYPERLINK") and values["Institution"] == claim.claimant.institution_name
    xlsx = client.get(reverse("claim:index") + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content) if xlsx.streaming else xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=False))
    cells = dict(zip([c.value for c in rows[0]], rows[1]))
    assert cells["Claimed (TRY)"].value == 1550 and cells["Claimed (TRY)"].number_format == "0.00"
    assert cells["Claimant"].value.startswith("=HYPERLINK") and cells["Claimant"].data_type == "s" and cells["Claimant"].quotePrefix


def test_the_match_page_shows_the_totals(client, secretary, claim, admin_user):
    rules.decide(claim, rules.REJECT, user=admin_user, note="Bütçe yok")
    body = client.get(reverse("matching:match", args=[claim.match_id])).content.decode()
    section = body.split('id="claim-totals"', 1)[1].split("</dl>", 1)[0]
    assert "1,550.00" in section and "0.00" in section and reverse("programs_claim_decide", args=[claim.pk]) in body


def test_dashboard_totals_in_four_queries_whatever_the_number_of_claims(claim_match, admin_user):
    first = submit(claim_match)
    rules.decide(first, rules.APPROVE, user=admin_user)
    with CaptureQueriesContext(connection) as few:
        totals = dashboard_totals()
    for _n in range(3):
        submit(claim_match, [travel(claim_match, amount="10.00")])
    with CaptureQueriesContext(connection) as more:
        more_totals = dashboard_totals()
    assert len(few) == len(more) == 4
    (call,) = totals["calls"]
    assert call["claimed"] == Decimal("1550.00") and call["approved"] == Decimal("1550.00")
    (year,) = more_totals["years"]
    assert year["claimed"] == Decimal("1580.00") and year["approved"] == Decimal("1550.00")
    (programme,) = more_totals["programmes"]
    assert programme["label"] == claim_match.call.get_parent().title
    (institution,) = more_totals["institutions"]
    assert institution["label"] == claim_match.mentor.institution.name


def test_the_dashboard_page_and_its_export_show_the_claims(client, secretary, claim):
    body = client.get(reverse("matching_dashboard:index")).content.decode()
    assert 'id="claims-calls"' in body and "1,550.00" in body
    export = client.get(reverse("matching_dashboard:index") + "?export=csv").content.decode("utf-8-sig")
    assert "Travel claims / Year," in export and ",1550.00" in export
