"""Claims in a person's data: the expert's export holds their claims and receipts; anonymisation (with the
match or with the expert's application) removes the receipts and typed texts and keeps the amounts."""

import io
import json
import zipfile
from decimal import Decimal

import pytest
from django.core.files.storage import storages

from programs.claims.models import ClaimLine, ClaimReceipt
from programs.claims.totals import dashboard_totals
from programs.privacy.anonymise import anonymise_application, anonymise_match
from programs.privacy.subjects import export_zip, records_for
from tests.factories.applications import PDF
from tests.integration.claims.claim_support import submit

pytestmark = pytest.mark.django_db


def test_the_experts_export_holds_their_claims_and_receipts(claim_match):
    claim = submit(claim_match)
    records = records_for(claim_match.mentor.email)
    assert records.claims == [claim] and ("Travel claims", 1) in [(str(label), n) for label, n in records.counts()]
    archive = zipfile.ZipFile(io.BytesIO(export_zip(records, "en")))
    (row,) = json.loads(archive.read("travel_claims.json"))
    assert row["claim"] == claim.pk and [line["amount_claimed"] for line in row["lines"]] == ["350.00", "1200.00"]
    assert row["lines"][0]["route_to"] == "İstanbul"
    assert archive.read(row["files"][0]) == PDF
    assert records_for(claim_match.mentee.email).claims == []  # the mentee claims nothing and gets no claim


@pytest.mark.parametrize("how", ["match", "application"])
def test_anonymisation_removes_receipts_and_texts_and_keeps_the_sums(claim_match, how, django_capture_on_commit_callbacks):
    claim = submit(claim_match)
    path = claim.receipts.get().file.name
    before = dashboard_totals()
    with django_capture_on_commit_callbacks(execute=True):  # the file goes once the anonymisation commits
        if how == "match":
            anonymise_match(claim_match, reason="test")
        else:
            anonymise_application(claim_match.mentor, reason="test")
    assert not ClaimReceipt.objects.exists() and not storages["private"].exists(path)
    assert set(ClaimLine.objects.values_list("route_from", "route_to", "description")) == {("", "", "")}
    assert ClaimLine.objects.filter(claim=claim).values_list("amount_claimed", flat=True).count() == 2
    after = dashboard_totals()
    assert after["years"] == before["years"] and after["years"][0]["claimed"] == Decimal("1550.00")
