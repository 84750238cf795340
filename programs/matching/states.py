"""The life of a match (regulation Articles 5-6) as a table of allowed moves.

Pure: no database, so every allowed and refused transition is tested
directly. `programs.matching.workflow` applies a move to a stored match.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

PROPOSED = "proposed"
AWAITING_CONSENT = "awaiting_consent"
CONFIRMED = "confirmed"
ACTIVE = "active"
COMPLETED = "completed"
CANCELLED = "cancelled"

STATE_CHOICES = [
    (PROPOSED, _("Proposed")),
    (AWAITING_CONSENT, _("Awaiting consent")),
    (CONFIRMED, _("Confirmed")),
    (ACTIVE, _("Active")),
    (COMPLETED, _("Completed")),
    (CANCELLED, _("Cancelled")),
]
STATE_LABELS = dict(STATE_CHOICES)

#: Where each state may go. A confirmed or active match goes back to
#: "awaiting consent" when a consent is withdrawn and the secretariat keeps it.
TRANSITIONS: dict[str, frozenset[str]] = {
    PROPOSED: frozenset({AWAITING_CONSENT, CANCELLED}),
    AWAITING_CONSENT: frozenset({CONFIRMED, CANCELLED}),
    CONFIRMED: frozenset({ACTIVE, AWAITING_CONSENT, CANCELLED}),
    ACTIVE: frozenset({COMPLETED, AWAITING_CONSENT, CANCELLED}),
    COMPLETED: frozenset(),
    CANCELLED: frozenset(),
}

#: States in which the parties have agreed and the match may be made public.
AGREED_STATES = frozenset({CONFIRMED, ACTIVE, COMPLETED})

#: States in which each party sees the other's name and contact details on the private link: only while
#: they work together (personal data shown no longer than needed; a cancelled or finished match shows none).
CONTACT_STATES = frozenset({CONFIRMED, ACTIVE})


class TransitionError(ValueError):
    """A move the regulation does not allow; the message is shown to staff."""


@dataclass(frozen=True)
class Facts:
    """What the guards need to know about a match, gathered by the caller."""

    consents_complete: bool = False
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    today: datetime.date | None = None
    reason: str = ""


def allowed_targets(state: str) -> frozenset[str]:
    return TRANSITIONS[state]


def check_transition(state: str, target: str, facts: Facts = Facts()) -> None:
    """Raise `TransitionError` unless ``state -> target`` is allowed now."""
    if state not in TRANSITIONS or target not in TRANSITIONS:
        raise TransitionError(_("Unknown state."))
    if target not in TRANSITIONS[state]:
        raise TransitionError(
            _("A match cannot go from “%(from)s” to “%(to)s”.") % {"from": STATE_LABELS[state], "to": STATE_LABELS[target]}
        )
    if target == CONFIRMED and not facts.consents_complete:
        raise TransitionError(
            _("A match can be confirmed only when the expert and both institutions have given written consent.")
        )
    if target == CONFIRMED and not (facts.start_date and facts.end_date):
        raise TransitionError(_("Set the start and end date of the assignment before confirming."))
    if target == ACTIVE:
        if not facts.start_date or (facts.today and facts.today < facts.start_date):
            raise TransitionError(_("A match becomes active only from its start date."))
    if target == CANCELLED and not facts.reason.strip():
        raise TransitionError(_("Give a reason for cancelling."))
