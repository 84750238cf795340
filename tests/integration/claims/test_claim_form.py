"""The expert's claim form on the private link (English pages): it stores a good claim with its receipts,
refuses bad input with a summary and a message per field, and then stores nothing and keeps no file."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from programs.claims.models import Claim, ClaimLine, ClaimReceipt, ClaimState
from programs.followup.tokens import make_participant_token
from programs.matching import states as match_states
from tests.factories.applications import PDF, PNG
from tests.integration.claims.claim_support import day
from tests.integration.claims.conftest import private_files

pytestmark = pytest.mark.django_db


def url(match, role="mentor"):
    with translation.override("en"):
        return reverse("claims_public:new", args=[make_participant_token(match, role)])


def line(prefix, **values) -> dict:
    return {f"line-{prefix}-{name}": value for name, value in values.items()}


def form_data(match, total=3, **changes) -> dict:
    data = {
        "line-TOTAL_FORMS": str(total), "line-INITIAL_FORMS": "0", "line-MIN_NUM_FORMS": "1", "line-MAX_NUM_FORMS": "20",
        "claimant": str(match.mentor_id), "declaration": "on",
        **line(0, kind="travel", date_from=day(match).isoformat(), route_from="Ankara", route_to="Sahilkent", transport="bus",
               amount="450.50"),
        **line(1, kind="daily_allowance", date_from=day(match).isoformat(), date_to=day(match, 1).isoformat(), days="2", amount="1200"),
        "receipts": [SimpleUploadedFile("bilet.pdf", PDF, content_type="application/pdf")],
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_the_participant_page_of_the_expert_links_to_claims_and_the_mentees_does_not(client, claim_match):
    with translation.override("en"):
        mentor = reverse("matching_public:participant", args=[make_participant_token(claim_match, "mentor")])
        mentee = reverse("matching_public:participant", args=[make_participant_token(claim_match, "mentee")])
    assert url(claim_match) in text(client.get(mentor))
    assert "claims/new/" not in text(client.get(mentee))
    assert client.get(url(claim_match, "mentee")).status_code == 404


def test_the_claim_page_is_private_and_shows_the_form(client, claim_match):
    response = client.get(url(claim_match))
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    body = text(response)
    assert 'enctype="multipart/form-data"' in body and 'name="line-0-amount"' in body and "You have not sent a claim" in body


def test_a_good_claim_is_stored_and_listed(client, claim_match):
    files_before = private_files()
    response = client.post(url(claim_match), form_data(claim_match))
    assert response.status_code == 302 and response["Location"] == url(claim_match) + "?sent=1"
    claim = Claim.objects.get()
    assert claim.claimant == claim_match.mentor and claim.state == ClaimState.SUBMITTED
    assert [str(a) for a in claim.lines.order_by("pk").values_list("amount_claimed", flat=True)] == ["450.50", "1200.00"]
    receipt = claim.receipts.get()
    assert receipt.original_name == "bilet.pdf" and receipt.content_type == "application/pdf" and len(private_files() - files_before) == 1
    page = text(client.get(response["Location"]))
    assert "Thank you: your claim has been sent." in page and "Waiting for a decision" in page and "1,650.50 TRY" in page
    download = client.get(reverse("claims_public:receipt", args=[make_participant_token(claim_match, "mentor"), receipt.pk]))
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == PDF


def test_a_turkish_amount_with_a_decimal_comma(client, claim_match):
    with translation.override("tr"):
        tr_url = reverse("claims_public:new", args=[make_participant_token(claim_match, "mentor")])
    response = client.post(tr_url, form_data(claim_match, **line(0, amount="1.450,50"), **line(1, amount="1200,00")))
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert sorted(str(a) for a in claim.lines.values_list("amount_claimed", flat=True)) == ["1200.00", "1450.50"]
    assert claim.receipts.count() == 1
    

FAKE_PDF = b"%PDF-1.4\n<html><script>alert(1)</script></html>"
BAD_INPUTS = [
    ("date before the assignment", lambda m: line(0, date_from=day(m, -3).isoformat()), "Enter a date within your assignment"),
    ("date after the assignment", lambda m: line(1, date_to=day(m, 200).isoformat()), "Enter a date within your assignment"),
    ("negative amount", lambda m: line(0, amount="-450"), "The amount must be more than zero."),
    ("zero amount", lambda m: line(0, amount="0"), "The amount must be more than zero."),
    ("three decimals", lambda m: line(0, amount="450.505"), "Ensure that there are no more than 2 decimal places."),
    ("words for an amount", lambda m: line(0, amount="four hundred"), "Enter an amount in Turkish lira"),
    ("amount too large", lambda m: line(0, amount="99999999999"), "Ensure that there are no more than 10 digits before the decimal point."),
    ("travel without a route", lambda m: line(0, route_to=""), "Enter where the journey started and where it ended."),
    ("travel without transport", lambda m: line(0, transport=""), "Choose the means of transport."),
    ("allowance above the cap", lambda m: line(1, amount="1200.01"), "At most 1,200.00 TRY (2 × 600.00 TRY)."),
    ("more days than dates", lambda m: line(1, days="5"), "At most 2 for the dates given."),
    ("unknown kind", lambda m: line(0, kind="yacht"), "Select a valid choice."),
    ("impossible date", lambda m: line(0, date_from="2026-02-30"), "Enter a valid date."),
    ("no expense at all", lambda m: {**line(0, kind="", date_from="", route_from="", route_to="", transport="", amount=""),
                                     **line(1, kind="", date_from="", date_to="", days="", amount="")}, "Enter at least one expense."),
    ("too many lines", lambda m: {"line-TOTAL_FORMS": "21"}, "Enter at most 20 expenses in one claim."),
    ("a thousand lines", lambda m: {"line-TOTAL_FORMS": "1000"}, "Enter at most 20 expenses in one claim."),
    ("no receipt for a ticket", lambda m: {"receipts": None}, "Attach the tickets, bills or invoices of your expenses."),
    ("unreadable receipt", lambda m: {"receipts": [SimpleUploadedFile("bilet.pdf", b"\x00garbage" * 50)]}, "is not a PDF, DOCX, ODT, PNG or JPEG"),
    ("HTML disguised as PDF", lambda m: {"receipts": [SimpleUploadedFile("bilet.pdf", FAKE_PDF)]}, "could not be opened as the file it claims"),
    ("PNG cut short", lambda m: {"receipts": [SimpleUploadedFile("fatura.png", PNG[:40])]}, "could not be opened as the file it claims"),
    ("too many receipts", lambda m: {"receipts": [SimpleUploadedFile(f"b{n}.pdf", PDF) for n in range(6)]}, "Attach at most 5 files."),
    ("no declaration", lambda m: {"declaration": None}, "This field is required."),
    ("a claimant of another match", lambda m: {"claimant": str(m.mentee_id)}, "Select a valid choice."),
]


@pytest.mark.parametrize("label, changes, message", BAD_INPUTS, ids=[row[0] for row in BAD_INPUTS])
def test_bad_input_is_refused_and_nothing_is_kept(client, claim_match, label, changes, message):
    files_before = private_files()  # other tests' (the demo's) receipts may be there
    response = client.post(url(claim_match), form_data(claim_match, **changes(claim_match)))
    assert response.status_code == 400, label
    body = text(response)
    summary = body.split('data-error-summary>', 1)[1].split("</div>", 1)[0]
    assert message in summary, (label, summary)
    assert "Nothing has been saved yet." in summary
    assert not Claim.objects.exists() and not ClaimLine.objects.exists() and not ClaimReceipt.objects.exists()
    assert private_files() == files_before, label


def test_the_honeypot_sees_success_and_nothing_is_stored(client, claim_match):
    response = client.post(url(claim_match), form_data(claim_match, website="http://spam.example"))
    assert response.status_code == 302 and not Claim.objects.exists()


def test_a_match_that_is_no_longer_agreed_takes_no_claim(client, claim_match):
    files_before = private_files()
    type(claim_match).objects.filter(pk=claim_match.pk).update(state=match_states.CANCELLED)
    assert "Claims can be sent only while the assignment is agreed" in text(client.get(url(claim_match)))
    response = client.post(url(claim_match), form_data(claim_match))
    assert response.status_code == 409 and not Claim.objects.exists() and private_files() == files_before


def test_a_forged_link_is_not_found(client, claim_match):
    assert client.get(url(claim_match).replace("/matches/", "/matches/x")).status_code == 404
