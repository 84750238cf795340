"""Demo development plans: the active match's mentee has written three goals through the private link, and the
two meetings logged so far noted progress on them (one goal reached), through `programs.followup.plans`.

Texts are given in Turkish and English; the mentee's own language is used, as the person would have typed it.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from demo.loader.common import data
from programs.followup import plans
from programs.models import Goal, Match


def load(stdout) -> None:
    added = 0
    for spec in data("plans")["plans"]:
        match = Match.objects.filter(mentee__email=spec["mentee"], state__in=plans.PLAN_STATES).select_related("mentee").first()
        if match is None or match.goals.exists():
            continue
        _write(match, spec)
        added += 1
    stdout.write(f"Development plans: {added} new." if added else "Development plans: nothing to add.")


def _write(match: Match, spec: dict) -> None:
    language = match.mentee.language if match.mentee.language in ("tr", "en") else "tr"
    goals = [{"title": g["title"][language], "description": g["description"][language]} for g in spec["goals"]]
    written = plans.set_goals(match, goals, by=Goal.CreatedBy.MENTEE)
    by_key = {g["key"]: goal for g, goal in zip(spec["goals"], written)}
    today = timezone.localdate()
    for days_ago in sorted({p["meeting_days_ago"] for p in spec["progress"]}, reverse=True):
        meeting = match.meetings.filter(held_on=today - datetime.timedelta(days=days_ago)).order_by("pk").first()
        if meeting is None:
            continue
        entries = [{"goal": by_key[p["goal"]], "status": p["status"], "note": p["note"][language]}
                   for p in spec["progress"] if p["meeting_days_ago"] == days_ago]
        with transaction.atomic():
            plans.record_progress(meeting, entries)
