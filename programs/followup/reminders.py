"""Reminder: no meeting logged for N weeks in a confirmed or active match (optional; see programs/reminders)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from programs.mail import call_in_language
from programs.matching.reminders import FOLLOWED_STATES, participant_link, participants
from programs.models import Match
from programs.reminders.registry import Reminder, register


def quiet_since(match: Match) -> datetime.date | None:
    """The last meeting's date, else the match's start (its start date, else the day it was confirmed)."""
    if match.last_meeting:
        return match.last_meeting
    if match.start_date:
        return match.start_date
    return timezone.localdate(match.confirmed_at) if match.confirmed_at else None


@register("no_meeting_logged")
def no_meeting_logged(today: datetime.date):
    """Both sides, once per quiet period: the key holds the date the quiet began, so a new meeting starts a new
    period and a later reminder."""
    weeks = settings.REMINDER_NO_MEETING_WEEKS
    matches = (
        Match.objects.filter(state__in=FOLLOWED_STATES).annotate(last_meeting=Max("meetings__held_on"))
        .select_related("call", "mentee", "mentor", "group").order_by("pk")
    )
    for match in matches:
        since = quiet_since(match)
        if since is None or today - since < datetime.timedelta(weeks=weeks):
            continue
        if match.end_date and today > match.end_date:
            continue
        for role, application in participants(match):
            yield Reminder(
                kind="no_meeting_logged", key=f"{match.pk}:{application.pk}:{since.isoformat()}",
                to=application.email, language=application.language, template="reminder_no_meeting_logged",
                context={"match": match, "person": application, "since": since, "weeks": weeks,
                         "had_meeting": match.last_meeting is not None,
                         "call": call_in_language(match.call, application.language),
                         "link": participant_link(match, role, application.language)},
            )
