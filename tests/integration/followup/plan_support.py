"""Shared by the development-plan tests: the demo's active match (Gül with Aylin, two meetings), its links and
goals written through the rules."""

from django.urls import reverse
from django.utils import translation

from programs.followup import plans
from programs.followup.tokens import make_participant_token
from programs.models import Match

GOALS = [
    {"title": "Talk calmly with teenagers", "description": "A tense talk goes on without shouting."},
    {"title": "A weekly activity plan per age group", "description": ""},
    {"title": "Manage my own stress", "description": "Notice it early on busy days."},
]


def active_match() -> Match:
    return Match.objects.select_related("call", "mentee", "mentor").get(mentee__email="gul.taslak@example.org")


def with_goals(match, goals=GOALS, by="mentee"):
    return plans.set_goals(match, [dict(goal) for goal in goals], by=by)


def link(match, role="mentee", name="participant", language="en", *args):
    with translation.override(language):
        return reverse(f"matching_public:{name}", args=[make_participant_token(match, role), *args])


def plan_post(rows, *, initial=0, total=None, prefix="goals", **extra) -> dict:
    """The plan formset as a browser posts it: ``rows`` of (title, description[, goal id[, delete]])."""
    data = {f"{prefix}-TOTAL_FORMS": str(total if total is not None else max(len(rows), 5)),
            f"{prefix}-INITIAL_FORMS": str(initial), f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "5", **extra}
    for index, row in enumerate(rows):
        title, description, *rest = row
        data[f"{prefix}-{index}-title"] = title
        data[f"{prefix}-{index}-description"] = description
        if rest:
            data[f"{prefix}-{index}-goal"] = str(rest[0])
        if len(rest) > 1 and rest[1]:
            data[f"{prefix}-{index}-DELETE"] = "on"
    return data
