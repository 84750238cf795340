"""Reminder: a saved draft not yet sent, a few days before its call closes (optional; see programs/reminders)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

from programs.applications.emails import draft_path
from programs.mail import call_in_language, public_url
from programs.models import ApplicationDraft
from programs.reminders.registry import Reminder, register


@register("draft_before_close")
def draft_before_close(today: datetime.date):
    """Each draft once, from N days before its call's closing day up to that day (a missed run still reminds).

    Drafts of standing calls (no closing time) are not reminded: they do not run out. A sent application
    deletes its drafts, so every draft here is unsent."""
    days = settings.REMINDER_DRAFT_DAYS_BEFORE_CLOSE
    drafts = ApplicationDraft.objects.filter(call__closes_at__isnull=False).select_related("call").order_by("pk")
    for draft in drafts:
        closes_at = timezone.localtime(draft.call.closes_at)
        if not (closes_at.date() - datetime.timedelta(days=days) <= today <= closes_at.date()):
            continue
        yield Reminder(
            kind="draft_before_close", key=str(draft.pk), to=draft.email, language=draft.language,
            template="reminder_draft_before_close",
            context={"call": call_in_language(draft.call, draft.language), "closes_at": closes_at,
                     "link": public_url(draft_path(draft))},
        )
