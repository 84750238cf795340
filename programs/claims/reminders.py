"""A daily reminder to the secretariat of the claims left waiting for a decision (kind ``claims_waiting``).

`manage.py send_reminders` (not here) asks `due(today)` and sends each reminder once: the key is the day, so
one e-mail a day at most, listing every claim submitted more than ``CLAIMS_WAITING_DAYS`` days before
``today`` (Istanbul days) that is still undecided. It names no claimant: the list is in the admin. It is not
optional: paying an expert's expenses on time is the programme's duty, not a notice one may turn off.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone, translation

from programs.claims.models import Claim, ClaimState
from programs.mail import public_url
from programs.matching.emails import secretariat_addresses
from programs.reminders.registry import Reminder, register

KIND = "claims_waiting"


def recipients() -> list[str]:
    """The secretariat's shared address (``SECRETARIAT_EMAIL``); without one, each Secretariat member's."""
    shared = getattr(settings, "SECRETARIAT_EMAIL", "")
    return [shared] if shared else secretariat_addresses()


def waiting(today: datetime.date) -> list[dict]:
    """Claims undecided for more than the setting's days on ``today``, oldest first, as plain data."""
    days = settings.CLAIMS_WAITING_DAYS
    start_of_cutoff = timezone.make_aware(datetime.datetime.combine(today - datetime.timedelta(days=days), datetime.time.min))
    claims = (Claim.objects.filter(state=ClaimState.SUBMITTED, created_at__lt=start_of_cutoff)
              .annotate(claimed=Sum("lines__amount_claimed")).order_by("created_at", "pk"))
    with translation.override(settings.LANGUAGE_CODE):
        return [{
            "number": claim.pk, "submitted_on": timezone.localdate(claim.created_at),
            "days": (today - timezone.localdate(claim.created_at)).days, "claimed": claim.claimed,
            "link": public_url(reverse("programs_claim_decide", args=[claim.pk])),
        } for claim in claims]


@register(KIND)
def due(today: datetime.date) -> list[Reminder]:
    claims = waiting(today)
    if not claims:
        return []
    context = {"claims": claims, "days": settings.CLAIMS_WAITING_DAYS, "list_link": _list_link()}
    addresses = recipients()
    return [
        Reminder(kind=KIND, key=today.isoformat() if len(addresses) == 1 else f"{today.isoformat()}:{address}", to=address,
                 language=settings.LANGUAGE_CODE, template=KIND, context=context, optional=False)
        for address in addresses
    ]


def _list_link() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return public_url(reverse("claim:index") + "?state=" + ClaimState.SUBMITTED)
