"""Demo matching: on the closed group call an active match with its consents and meetings, and the call's
published announcement; on the open digital call a Turkish mentee and an English-speaking mentor (one call,
two languages) proposed together and awaiting the institutions' consent; on the standing call a completed
match (its mentee's good-practice proposal is `proposals.py`'s). Other mentees are left for the secretariat to
match in the admin.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.loader.common import data
from programs.followup.meetings import log_meeting
from programs.matching import announcements, suggestions
from programs.matching import workflow as match_workflow
from programs.models import Application, Match


def load(stdout) -> None:
    for spec in data("matches")["matches"]:
        match = _ensure_match(spec)
        if match is None:
            stdout.write("Matches: nothing to add.")
            continue
        announced = f"; {_announce(match.call.specific)}" if spec["announce"] else ""
        stdout.write(f"Matches: {match} ({match.get_state_display()}){announced}")


def _ensure_match(spec: dict):
    """Propose, consent, confirm and start the match as the secretariat would; the match, or None if already done.
    Mentee and mentor are applications to the same call, in whatever language each applied."""
    mentee = Application.objects.filter(email=spec["mentee"]).select_related("call").first()
    mentor = Application.objects.filter(email=spec["mentor"], call_key=getattr(mentee, "call_key", None)).first()
    if mentee is None or mentor is None or Match.objects.filter(mentee=mentee).exists():
        return None
    user, call, today = _secretary(), mentee.call.specific, timezone.localdate()
    score, lines, _blocked = suggestions.explain_pair(call, mentee, mentor)
    match = match_workflow.create_match(
        call, mentee, mentor=mentor, user=user, score=score, explanation=lines,
        start_date=today - datetime.timedelta(days=spec["starts_days_ago"]),
        end_date=today + datetime.timedelta(days=spec["ends_in_days"]),
        format=spec["format"], conditions=spec["conditions"],
    )
    for consent in spec["consents"]:
        held = today - datetime.timedelta(days=consent["days_ago"])
        match_workflow.record_consent(match, consent["party"], held, consent["method"], user=user)
    for state in spec["states"]:
        match_workflow.transition(match, state, user=user)
    for meeting in spec["meetings"]:
        log_meeting(
            match, held_on=today - datetime.timedelta(days=meeting["days_ago"]), format=meeting["format"],
            duration_minutes=meeting["duration_minutes"], topic=meeting["topic"], notes=meeting["notes"],
        )
    return match


def _announce(call) -> str:
    """Publish the call's announcement in every language."""
    user = _secretary()
    pages = announcements.create_announcement(call, user=user)
    for page in pages.values():
        page.get_latest_revision().publish(user=user)
    return f"announcement published in {len(pages)} languages."


def _secretary():
    """The account the demo's decisions are recorded under: the first administrator."""
    return get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
