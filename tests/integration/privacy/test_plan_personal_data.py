"""Development goals are personal data: in the person's export (progress notes to the side that wrote them,
feedback answers to the one who gave them) and gone with the match's anonymisation, statuses kept."""

import pytest
from django.utils import timezone, translation

from programs.followup.feedback import submit_feedback
from programs.followup.meetings import log_meeting
from programs.models import Feedback, Goal, GoalProgress, GoalRating
from programs.privacy.anonymise import PLACEHOLDER, anonymise_match
from programs.privacy.subjects import export_data, records_for
from tests.integration.followup.plan_support import GOALS, active_match, with_goals
from tests.integration.matching.matching_support import closed_call_pool  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


@pytest.fixture
def plan():
    match = active_match()
    first, second, _third = with_goals(match)
    today = timezone.localdate()
    log_meeting(match, held_on=today, format="online", duration_minutes=30, topic="Mentee's log", logged_by="mentee",
                progress=[{"goal": first.pk, "status": "reached", "note": "My own words"}])
    log_meeting(match, held_on=today, format="online", duration_minutes=30, topic="Mentor's log", logged_by="mentor",
                progress=[{"goal": second.pk, "status": "in_progress", "note": "The mentor's words"}])
    for role, level in (("mentee", "reached"), ("mentor", "mostly")):
        item = Feedback.objects.create(match=match, respondent=role, stage="midpoint")
        submit_feedback(item, rating=4, goal_ratings={first.pk: level})
    return match


def test_the_mentees_export_holds_the_plan_with_their_own_notes_and_answers(plan):
    rows = export_data(records_for("gul.taslak@example.org"))["development_goals"]
    assert [row["title"] for row in rows] == [g["title"] for g in GOALS]
    assert rows[0]["progress"][0]["note"] == "My own words" and rows[0]["feedback"] == [{"stage": "midpoint", "how_far": "reached"}]
    assert rows[1]["progress"][0] == {**rows[1]["progress"][0], "note": "", "status": "in_progress"}  # the mentor's note is not theirs


def test_the_mentors_export_has_their_note_not_the_mentees(plan):
    rows = export_data(records_for("aylin.kurgusal@example.org"))["development_goals"]
    assert rows[0]["progress"][0]["note"] == "" and rows[1]["progress"][0]["note"] == "The mentor's words"
    assert rows[0]["feedback"] == [{"stage": "midpoint", "how_far": "mostly"}]
    with translation.override("en"):
        counts = dict(records_for("aylin.kurgusal@example.org").counts())
    assert counts["Development goals"] == 3


def test_anonymising_the_match_removes_the_plans_words_and_keeps_its_figures(plan):
    statuses = list(plan.goals.order_by("pk").values_list("status", flat=True))
    assert anonymise_match(plan, reason="test")
    assert set(Goal.objects.filter(match=plan).values_list("title", "description")) == {(PLACEHOLDER, "")}
    assert set(GoalProgress.objects.filter(goal__match=plan).values_list("note", flat=True)) == {""}
    assert list(plan.goals.order_by("pk").values_list("status", flat=True)) == statuses
    assert GoalRating.objects.filter(goal__match=plan).count() == 2
