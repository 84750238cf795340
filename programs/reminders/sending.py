"""Sending what every registered kind says is due: once each, in the recipient's language, honouring their choice.

Each kind is asked and sent on its own, so an error in one (logged) does not stop the others; the command reports
it and exits with an error at the end.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from programs.mail import render_message, send_once
from programs.reminders.preferences import stop_link, wants_optional
from programs.reminders.registry import KINDS, Reminder
from programs.sent_email import SentEmail

logger = logging.getLogger(__name__)


@dataclass
class KindResult:
    kind: str
    sent: int = 0  #: sent now (with --dry-run: would be sent)
    already: int = 0  #: sent on an earlier run
    turned_off: int = 0  #: optional, and the recipient turned optional reminders off
    error: str = ""


def email_key(reminder: Reminder) -> str:
    return f"reminder:{reminder.kind}:{reminder.key}"


def build(reminder: Reminder) -> EmailMessage:
    """The e-mail; an optional reminder ends with the link that stops such reminders."""
    context = dict(reminder.context)
    if reminder.optional:
        context["stop_link"] = stop_link(reminder.to, reminder.language)
    message = render_message(reminder.template, reminder.language, context, reminder.to)
    if reminder.optional:
        with translation.override(reminder.language):
            message.body += render_to_string("programs/emails/reminder_stop_footer.txt", context)
    return message


def send_kind(result: KindResult, today: datetime.date, *, dry_run: bool = False) -> KindResult:
    """Counts into ``result`` as it goes, so a failure half way still reports what was sent."""
    for reminder in KINDS[result.kind](today):
        if reminder.optional and not wants_optional(reminder.to):
            result.turned_off += 1
        elif SentEmail.objects.filter(key=email_key(reminder)).exists():
            result.already += 1
        elif dry_run:
            build(reminder)  # rendered, so a broken template shows in a dry run too, but not sent
            result.sent += 1
        elif send_once(email_key(reminder), build(reminder)):
            result.sent += 1
        else:
            result.already += 1
    return result


def send_due(today: datetime.date, *, dry_run: bool = False) -> list[KindResult]:
    """Every kind, in name order; a failing kind is logged and reported, the next one still runs."""
    results = []
    for kind in sorted(KINDS):
        result = KindResult(kind)
        results.append(result)
        try:
            send_kind(result, today, dry_run=dry_run)
        except Exception as error:  # noqa: BLE001 — one kind's failure must not stop the others
            logger.exception("Reminders of kind %s failed", kind)
            result.error = f"{type(error).__name__}: {error}"
    return results
