"""Shared by the travel-claim tests: the year's rates, an agreed match with its expert, lines and receipts."""

import datetime
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from programs.claims import rules
from programs.claims.models import DailyRate, RateKind
from programs.uploads import check_file
from tests.factories.applications import PDF, PNG

DAILY = Decimal("600.00")
NIGHT = Decimal("1800.00")


def set_rates(*years):
    for year in years:
        DailyRate.objects.update_or_create(year=year, kind=RateKind.DAILY_ALLOWANCE, defaults={"amount": DAILY})
        DailyRate.objects.update_or_create(year=year, kind=RateKind.ACCOMMODATION, defaults={"amount": NIGHT})


def day(match, offset=0) -> datetime.date:
    return match.start_date + datetime.timedelta(days=offset)


def travel(match, amount="350.00", **changes) -> dict:
    return {"kind": "travel", "date_from": day(match), "date_to": None, "route_from": "Ankara", "route_to": "İstanbul",
            "transport": "bus", "days": None, "nights": None, "description": "", "amount": Decimal(amount), **changes}


def allowance(match, days=2, amount="1200.00", **changes) -> dict:
    return {"kind": "daily_allowance", "date_from": day(match), "date_to": day(match, days - 1), "route_from": "", "route_to": "",
            "transport": "", "days": days, "nights": None, "description": "", "amount": Decimal(amount), **changes}


def stay(match, nights=1, amount="1500.00", **changes) -> dict:
    return {"kind": "accommodation", "date_from": day(match), "date_to": day(match, nights), "route_from": "", "route_to": "",
            "transport": "", "days": None, "nights": nights, "description": "", "amount": Decimal(amount), **changes}


def receipt(name="bilet.pdf", content=PDF):
    return check_file(SimpleUploadedFile(name, content, content_type="application/pdf"))


def png_receipt(name="fatura.png"):
    return check_file(SimpleUploadedFile(name, PNG, content_type="image/png"))


def submit(match, lines=None, receipts=None, **kwargs):
    lines = lines if lines is not None else [travel(match), allowance(match)]
    receipts = receipts if receipts is not None else [receipt()]
    return rules.submit_claim(match, match.mentor, lines, receipts, **kwargs)


def today():
    return timezone.localdate()
