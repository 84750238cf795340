"""The rules of a match's development plan, whichever screen writes it: the mentee's private link, the
secretariat's match page, the demo loader and tests all call these functions.

- A plan has 2–5 goals (`GOALS_MIN`, `GOALS_MAX`), counted without the dropped ones.
- It is written while the match is confirmed or active (`PLAN_STATES`): before that the parties have not agreed
  to work together, after it (completed, cancelled) the plan is part of the record and stays as it was.
- A goal taken out of the plan is deleted only when nothing refers to it; one with progress notes or feedback
  answers is marked dropped, so meetings and feedback keep their meaning.
- Progress is noted at a meeting of the goal's own match, and feedback rates only its own match's goals.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal.cleaning import VISIBLE_MESSAGE, clean_line, clean_text, is_blank
from portal.text import turkish_sort_key
from programs.followup.goals import DESCRIPTION_MAX, NOTE_MAX, TITLE_MAX, Goal, GoalProgress, GoalRating, GoalStatus
from programs.matching import states as match_states
from programs.matching.models import Match

GOALS_MIN, GOALS_MAX = 2, 5
PLAN_STATES = (match_states.CONFIRMED, match_states.ACTIVE)
#: The states of a goal a meeting may leave it in (dropping is a change of the plan, not of a meeting).
PROGRESS_STATUSES = (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS, GoalStatus.REACHED)
#: Matches whose plans the dashboard counts: those under way or done.
COUNTED_STATES = (match_states.ACTIVE, match_states.COMPLETED)
#: The match history's entry for a plan written (registered in programs/wagtail_hooks.py).
LOG_PLAN = "programs.match_plan"


def can_write_plan(match: Match) -> bool:
    return match.state in PLAN_STATES


def current_goals(match: Match):
    """The goals of the plan as it stands, in order (without the dropped ones)."""
    return match.goals.exclude(status=GoalStatus.DROPPED).order_by("order", "pk")


def plan_of(match: Match) -> list[Goal]:
    """Every goal, dropped ones last, with its progress notes and feedback answers: three queries, however many."""
    progress = GoalProgress.objects.select_related("meeting").order_by("meeting__held_on", "meeting_id")
    ratings = GoalRating.objects.select_related("feedback").order_by("feedback__sent_at", "pk")
    goals = match.goals.prefetch_related(Prefetch("progress", queryset=progress), Prefetch("ratings", queryset=ratings))
    return sorted(goals, key=lambda goal: (goal.status == GoalStatus.DROPPED, goal.order, goal.pk))


def _clean_goal(number: int, title: str, description: str) -> tuple[str, str, dict]:
    title, description = clean_line(title or ""), clean_text(description or "")
    errors = {}
    if not title or is_blank(title):
        errors["title"] = _("Goal %(n)s: enter a title.") % {"n": number} if not title else VISIBLE_MESSAGE
    elif len(title) > TITLE_MAX:
        errors["title"] = _("Goal %(n)s: keep the title within %(max)s characters.") % {"n": number, "max": TITLE_MAX}
    if len(description) > DESCRIPTION_MAX:
        errors["description"] = _("Goal %(n)s: keep the description within %(max)s characters.") % {"n": number, "max": DESCRIPTION_MAX}
    return title, description, errors


def _goal_id(value) -> int | None:
    """A goal's id as a form or a caller gives it; anything that is no id is refused like another match's goal."""
    if value in (None, ""):
        return None
    try:
        return int(getattr(value, "pk", value))
    except (TypeError, ValueError) as exc:
        raise ValidationError(_("This goal is not part of this match's plan.")) from exc


def _check_plan(match: Match, goals: list[dict], existing: dict[int, Goal]) -> list[tuple[int | None, str, str]]:
    if not can_write_plan(match):
        raise ValidationError(_("The development plan can be written only while the match is confirmed or active."))
    if not GOALS_MIN <= len(goals) <= GOALS_MAX:
        raise ValidationError(_("A development plan has from %(min)s to %(max)s goals.") % {"min": GOALS_MIN, "max": GOALS_MAX})
    rows, messages, seen = [], [], set()
    for number, item in enumerate(goals, start=1):
        pk = _goal_id(item.get("id"))
        if pk is not None and (pk not in existing or pk in seen):
            raise ValidationError(_("This goal is not part of this match's plan."))
        seen.add(pk)
        title, description, errors = _clean_goal(number, item.get("title"), item.get("description"))
        messages += errors.values()
        rows.append((pk, title, description))
    if messages:
        raise ValidationError(messages)
    return rows


def set_goals(match: Match, goals: list[dict], *, by: str, user=None) -> list[Goal]:
    """Write the plan: ``goals`` in order, each {"title", "description", "id" of a goal it rewrites or none}.
    ``by`` is a `Goal.CreatedBy` value. The match row is locked, so the mentee and the secretariat writing at
    once are taken one after the other. Goals left out are deleted, or dropped once anything refers to them."""
    if by not in Goal.CreatedBy.values:
        raise ValueError(by)
    with transaction.atomic():
        match = Match.objects.select_for_update().get(pk=match.pk)
        existing = {goal.pk: goal for goal in current_goals(match)}
        rows = _check_plan(match, goals, existing)
        kept = {pk for pk, _title, _description in rows if pk}
        gone = [goal for pk, goal in existing.items() if pk not in kept]
        referred = set(GoalProgress.objects.filter(goal__in=gone).values_list("goal_id", flat=True))
        referred |= set(GoalRating.objects.filter(goal__in=gone).values_list("goal_id", flat=True))
        now = timezone.now()
        Goal.objects.filter(pk__in=referred).update(status=GoalStatus.DROPPED, status_updated_at=now)
        Goal.objects.filter(pk__in=[goal.pk for goal in gone if goal.pk not in referred]).delete()
        written = []
        for order, (pk, title, description) in enumerate(rows, start=1):
            goal = existing[pk] if pk else Goal(match=match, created_by=by, created_at=now)
            goal.title, goal.description, goal.order = title, description, order
            goal.save()
            written.append(goal)
        log(instance=match, action=LOG_PLAN, user=user, data={"by": by, "goals": len(written), "dropped": len(referred)})
    return written


def _entries(meeting, progress) -> list[tuple[Goal, str, str]]:
    """(goal, status, note) for each entry that says something, checked against the meeting's match."""
    wanted = [(_goal_id(item["goal"]), item.get("status") or "", clean_text(item.get("note") or "")) for item in progress]
    wanted = [(pk, status, note) for pk, status, note in wanted if status or note]
    ids = [pk for pk, _status, _note in wanted]
    goals = Goal.objects.select_for_update().filter(pk__in=ids, match_id=meeting.match_id).exclude(status=GoalStatus.DROPPED)
    goals = {goal.pk: goal for goal in goals}
    if len(set(ids)) != len(ids) or set(ids) - set(goals):
        raise ValidationError(_("Progress can be noted only on the goals of this match's plan."))
    entries = []
    for pk, status, note in wanted:
        if status and status not in PROGRESS_STATUSES:
            raise ValidationError(_("Choose how the goal stands after the meeting."))
        if len(note) > NOTE_MAX:
            raise ValidationError(_("Keep each progress note within %(max)s characters.") % {"max": NOTE_MAX})
        entries.append((goals[pk], status or goals[pk].status, note))
    return entries


def record_progress(meeting, progress) -> list[GoalProgress]:
    """Note progress at ``meeting``: ``progress`` holds {"goal": a goal or its id, "status", "note"}; an entry
    with neither status nor note is skipped. Each goal then takes the status of its latest meeting, so a
    meeting logged late does not undo what a later one said. Call inside the meeting's transaction."""
    notes = [GoalProgress(meeting=meeting, goal=goal, status=status, note=note) for goal, status, note in _entries(meeting, progress)]
    for item in notes:
        item.save()
        latest = item.goal.progress.order_by("-meeting__held_on", "-meeting_id").values_list("status", flat=True).first()
        if latest != item.goal.status:
            Goal.objects.filter(pk=item.goal.pk).update(status=latest, status_updated_at=timezone.now())
    return notes


def rate_goals(feedback, ratings: dict) -> list[GoalRating]:
    """Store a feedback answer's view of each goal (``ratings``: {goal id: `GoalRating.Level`}); only goals of
    the feedback's own match, in its current plan. Call inside the answer's transaction."""
    ids = [int(pk) for pk in ratings]
    goals = set(current_goals(feedback.match).filter(pk__in=ids).values_list("pk", flat=True))
    if set(ids) - goals:
        raise ValidationError(_("Feedback can rate only the goals of its own match's plan."))
    if any(level not in GoalRating.Level.values for level in ratings.values()):
        raise ValidationError(_("Choose how far each goal got."))
    return GoalRating.objects.bulk_create(GoalRating(feedback=feedback, goal_id=int(pk), level=level) for pk, level in ratings.items())


def goals_per_call() -> list[dict]:
    """Per call, over active and completed matches: matches with a plan, goals set and goals reached (one query)."""
    rows = (
        Goal.objects.filter(match__state__in=COUNTED_STATES).exclude(status=GoalStatus.DROPPED)
        .values("match__call_id", "match__call__title")
        .annotate(matches=Count("match", distinct=True), goals=Count("pk"), reached=Count("pk", filter=Q(status=GoalStatus.REACHED)))
        .order_by()
    )
    calls = [{"title": row["match__call__title"], "matches": row["matches"], "goals": row["goals"], "reached": row["reached"]}
             for row in rows]
    return sorted(calls, key=lambda call: turkish_sort_key(call["title"]))
