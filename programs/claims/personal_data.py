"""Claims in a person's data: what their export holds and what anonymisation leaves.

A claim is the claimant's (the expert's): their export lists it with its lines and receipts. Anonymisation,
with the match or with the claimant's application, removes the receipts from storage and blanks what was
typed (routes, descriptions, reasons, the decision note); amounts, kinds, dates and states stay, so the
programme's sums read the same before and after.
"""

from __future__ import annotations

from programs.claims.models import Claim, ClaimLine, ClaimReceipt


def claims_by(application_ids) -> list[Claim]:
    return list(Claim.objects.filter(claimant_id__in=application_ids).prefetch_related("lines", "receipts").order_by("pk"))


def _when(value):
    return value.isoformat() if value else None


def export_rows(claims: list[Claim]) -> list[dict]:
    return [{
        "claim": claim.pk, "match": claim.match_id, "state": claim.state, "submitted_at": _when(claim.created_at),
        "decided_at": _when(claim.decided_at), "decision_note": claim.decision_note,
        "lines": [{
            "kind": line.kind, "date_from": _when(line.date_from), "date_to": _when(line.date_to), "route_from": line.route_from,
            "route_to": line.route_to, "transport": line.transport, "days": line.days, "nights": line.nights,
            "description": line.description, "amount_claimed": str(line.amount_claimed),
            "amount_approved": None if line.amount_approved is None else str(line.amount_approved),
            "reduction_reason": line.reduction_reason,
        } for line in claim.lines.all()],
        "files": [receipt_path(receipt) for receipt in claim.receipts.all()],
    } for claim in claims]


def receipt_path(receipt: ClaimReceipt) -> str:
    return f"files/claims/{receipt.claim_id}/{receipt.pk}-{receipt.original_name}"


def receipts_of(claims: list[Claim]) -> list[ClaimReceipt]:
    return [receipt for claim in claims for receipt in claim.receipts.all()]


def anonymise_claims(claims) -> None:
    """Blank the typed texts of ``claims`` (a queryset) and delete their receipts (the files go after commit,
    programs.privacy.files); harmless when run again."""
    ClaimLine.objects.filter(claim__in=claims).update(route_from="", route_to="", description="", reduction_reason="")
    claims.exclude(decision_note="").update(decision_note="")
    for receipt in ClaimReceipt.objects.filter(claim__in=claims):
        receipt.delete()
