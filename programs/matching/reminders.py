"""Reminders about matches: consents pending too long (the secretariat's daily digest, required) and an
assignment about to end (both sides, optional). See programs/reminders."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from programs.followup.tokens import make_participant_token
from programs.mail import call_in_language, public_url
from programs.matching import states as match_states
from programs.matching.emails import MENTEE, MENTOR, recipients, secretariat_addresses
from programs.models import Match, Party
from programs.reminders.registry import Reminder, register

#: The matches whose participants work together and may be reminded.
FOLLOWED_STATES = (match_states.CONFIRMED, match_states.ACTIVE)


def participant_link(match: Match, role: str, language: str) -> str:
    with translation.override(language):
        return public_url(reverse("matching_public:participant", args=[make_participant_token(match, role)]))


def participants(match: Match):
    """(role, application) for everyone in the match: the mentee, and the mentor or every mentor of the team."""
    for role in (MENTEE, MENTOR):
        for application in recipients(match, role):
            if application is not None:
                yield role, application


def pending_consents(today: datetime.date) -> list[dict]:
    """Matches awaiting consent for at least N days (counted from their creation, as the dashboard does)."""
    days = settings.REMINDER_CONSENTS_PENDING_DAYS
    rows = []
    matches = Match.objects.filter(state=match_states.AWAITING_CONSENT).select_related("call", "mentee", "mentor", "group")
    for match in matches.prefetch_related("consents").order_by("created_at", "pk"):
        age = (today - timezone.localdate(match.created_at)).days
        if age < days:
            continue
        given = {c.party for c in match.consents.all() if c.withdrawn_on is None}
        missing = [Party(p).label for p in Party.values if p not in given]
        with translation.override(settings.LANGUAGE_CODE):
            link = public_url(reverse("matching:match", args=[match.pk]))
        rows.append({"match": match, "age": age, "missing": missing, "link": link})
    return rows


@register("consents_pending")
def consents_pending(today: datetime.date):
    """One digest a day to each secretariat member while any match waits too long; in the admin's language."""
    rows = pending_consents(today)
    if not rows:
        return
    for address in secretariat_addresses():
        yield Reminder(
            kind="consents_pending", key=f"{today.isoformat()}:{address.lower()}", to=address,
            language=settings.LANGUAGE_CODE, template="reminder_consents_pending",
            context={"rows": rows, "days": settings.REMINDER_CONSENTS_PENDING_DAYS}, optional=False,
        )


@register("assignment_ending")
def assignment_ending(today: datetime.date):
    """Each participant once per end date, from N days before it to the day itself: an extension moves the end
    date, and the new one is reminded again."""
    days = settings.REMINDER_ASSIGNMENT_ENDING_DAYS
    window = (today, today + datetime.timedelta(days=days))
    matches = Match.objects.filter(state__in=FOLLOWED_STATES, end_date__range=window).select_related("call", "mentee", "mentor", "group")
    for match in matches.order_by("pk"):
        for role, application in participants(match):
            yield Reminder(
                kind="assignment_ending", key=f"{match.pk}:{application.pk}:{match.end_date.isoformat()}",
                to=application.email, language=application.language, template="reminder_assignment_ending",
                context={"match": match, "person": application, "call": call_in_language(match.call, application.language),
                         "link": participant_link(match, role, application.language)},
            )
