"""The demo's development plan: the active match's mentee wrote three goals, both meetings noted progress, one
goal is reached (and loading again adds nothing: test_demo_command counts every table)."""

import pytest

from programs.models import GoalProgress, Match

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_the_active_demo_match_has_a_plan_with_progress():
    match = Match.objects.get(mentee__email="gul.taslak@example.org")
    goals = list(match.goals.order_by("order"))
    assert len(goals) == 3 and {g.created_by for g in goals} == {"mentee"}
    assert [g.status for g in goals] == ["in_progress", "reached", "not_started"]
    notes = GoalProgress.objects.filter(goal__match=match)
    assert notes.values("meeting").distinct().count() == 2 and all(n.note for n in notes)
