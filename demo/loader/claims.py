"""Demo travel claims (regulation Article 8): the year's rates (illustrative amounts, not the official table),
and on the completed match two claims of its expert, each with a small PDF receipt drawn here — one approved
by the secretariat, one waiting for a decision. Dates are day offsets inside the assignment."""

import datetime
import io
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pypdf import PdfWriter

from demo.loader.common import data
from demo.loader.matches import _secretary
from programs.claims import rules
from programs.claims.models import ClaimLine, DailyRate
from programs.matching import states as match_states
from programs.models import Match
from programs.uploads import check_file


def load(stdout) -> None:
    spec = data("claims")
    rates = sum(_ensure_rate(rate) for rate in spec["rates"])
    added = sum(_ensure_claim(claim) for claim in spec["claims"])
    stdout.write(f"Travel claims: {rates} new rates, {added} new claims." if rates or added else "Travel claims: nothing to add.")


def _ensure_rate(rate: dict) -> bool:
    _rate, created = DailyRate.objects.get_or_create(
        year=rate["year"], kind=rate["kind"], defaults={"amount": Decimal(rate["amount"]), "note": rate["note"]},
    )
    return created


def _ensure_claim(spec: dict) -> bool:
    match = Match.objects.filter(mentee__email=spec["mentee"], state=match_states.COMPLETED).select_related("mentor").first()
    if match is None or match.mentor is None:
        return False
    first_day = timezone.localdate() - datetime.timedelta(days=spec["days_ago"])
    lines = [_line(line, first_day) for line in spec["lines"]]
    first = lines[0]
    if ClaimLine.objects.filter(claim__match=match, kind=first["kind"], date_from=first["date_from"], amount_claimed=first["amount"]).exists():
        return False
    claim = rules.submit_claim(match, match.mentor, lines, [check_file(receipt(spec["receipt"]))])
    if spec["decision"]:
        rules.decide(claim, spec["decision"], user=_secretary())
    return True


def _line(line: dict, first_day: datetime.date) -> dict:
    day = first_day + datetime.timedelta(days=line.get("offset", 0))
    last = first_day + datetime.timedelta(days=line["last_day_offset"]) if "last_day_offset" in line else None
    return {
        "kind": line["kind"], "date_from": day, "date_to": last, "route_from": line.get("route_from", ""),
        "route_to": line.get("route_to", ""), "transport": line.get("transport", ""), "days": line.get("days"),
        "nights": line.get("nights"), "description": line.get("description", ""), "amount": Decimal(line["amount"]),
    }


def receipt(name: str) -> SimpleUploadedFile:
    """A one-page blank PDF: a receipt that opens, with nothing personal in it."""
    writer, out = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=298, height=420)
    writer.write(out)
    return SimpleUploadedFile(name, out.getvalue(), content_type="application/pdf")
