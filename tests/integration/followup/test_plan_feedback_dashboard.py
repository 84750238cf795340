"""Feedback asks how far each goal got; the dashboard counts goals set and reached; pages that list goals read
them in a fixed number of queries."""

from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from programs.followup import plans
from programs.followup.feedback import submit_feedback
from programs.followup.meetings import log_meeting
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Feedback, GoalRating
from tests.integration.followup.plan_support import GOALS, active_match, link, with_goals
from tests.integration.matching.matching_support import closed_call_pool, proposed_match, secretariat, with_consents  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def feedback_url(match, item, role="mentee"):
    return link(match, role, "feedback", "en", item.pk)


@pytest.mark.parametrize("role", ["mentee", "mentor"])
def test_both_sides_say_how_far_each_goal_got(client, role):
    match = active_match()
    goals = with_goals(match)
    item = Feedback.objects.create(match=match, respondent=role, stage="midpoint")
    url = feedback_url(match, item, role)
    page = unescape(client.get(url).content.decode())
    assert all(f"How far did you get with “{g['title']}”?" in page for g in GOALS)
    answers = {"rating": "4", **{f"goal_{g.pk}": level for g, level in zip(goals, ["reached", "mostly", "not_started"])}}
    bad = client.post(url, {**answers, f"goal_{goals[0].pk}": "perfectly"})
    assert bad.status_code == 400 and "Select a valid choice." in bad.content.decode()
    item.refresh_from_db()
    assert item.submitted_at is None and not GoalRating.objects.exists()
    skipped = {k: v for k, v in answers.items() if k != f"goal_{goals[1].pk}"}  # a goal the person cannot judge is skipped
    assert client.post(url, skipped).status_code == 302
    stored = dict(GoalRating.objects.filter(feedback=item).values_list("goal_id", "level"))
    assert stored == {goals[0].pk: "reached", goals[2].pk: "not_started"}
    admin_view = [r.get_level_display() for r in GoalRating.objects.filter(feedback=item)]
    assert admin_view == ["Reached", "Not started"]


def test_feedback_rates_only_its_own_matchs_goals():
    match = active_match()
    with_goals(match)
    other = with_consents(proposed_match())
    match_workflow.transition(other, match_states.CONFIRMED)
    foreign = with_goals(other)[0]
    item = Feedback.objects.create(match=match, respondent="mentee", stage="final")
    with pytest.raises(Exception, match="only the goals of its own match"):
        submit_feedback(item, rating=5, goal_ratings={foreign.pk: "reached"})
    item.refresh_from_db()
    assert item.submitted_at is None and not GoalRating.objects.exists()  # the answer is stored with its ratings or not at all


def test_a_match_without_a_plan_gets_the_usual_feedback_form(client):
    match = active_match()
    item = Feedback.objects.create(match=match, respondent="mentee", stage="midpoint")
    assert client.post(feedback_url(match, item), {"rating": "5"}).status_code == 302


@pytest.mark.usefixtures("secretariat")
def test_the_dashboard_counts_goals_set_and_reached_per_call(client):
    match = active_match()
    first, second, third = with_goals(match)
    log_meeting(match, held_on=timezone.localdate(), format="online", duration_minutes=30, topic="t",
                progress=[{"goal": first.pk, "status": "reached"}, {"goal": second.pk, "status": "in_progress"}])
    plans.set_goals(match, [{"id": first.pk, "title": first.title}, {"id": third.pk, "title": third.title}], by="mentee")  # second dropped
    confirmed = with_consents(proposed_match())
    match_workflow.transition(confirmed, match_states.CONFIRMED)
    with_goals(confirmed)  # confirmed, not yet active: not counted
    rows = plans.goals_per_call()
    assert [(r["title"], r["matches"], r["goals"], r["reached"]) for r in rows] == [(match.call.title, 1, 2, 1)]
    page = client.get(reverse("matching_dashboard:index")).content.decode()
    assert page.count('id="goals-per-call"') == 1 and "<td>1</td><td>2</td><td>1</td>" in page  # once, in the page body
    csv = client.get(reverse("matching_dashboard:index") + "?export=csv").content.decode("utf-8-sig")
    assert "goals reached,1" in csv and "goals set,2" in csv


def _busy_plan(match, count, stage):
    goals = with_goals(match, [{"title": f"Goal {n}", "description": "d"} for n in range(count)])
    for meeting in match.meetings.all():
        plans.record_progress(meeting, [{"goal": g.pk, "status": "in_progress", "note": "n"} for g in goals])
    item = Feedback.objects.create(match=match, respondent="mentee", stage=stage)
    submit_feedback(item, rating=4, goal_ratings={g.pk: "some" for g in goals})


def _queries(client, url):
    client.get(url)  # the first request after a change may save the session or fill caches: not what is measured
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("screen", ["participant", "plan", "admin", "dashboard"])
@pytest.mark.usefixtures("secretariat")
def test_pages_listing_goals_read_them_in_a_fixed_number_of_queries(client, screen):
    match = active_match()
    urls = {"participant": link(match), "plan": link(match, name="plan"),
            "admin": reverse("matching:match", args=[match.pk]), "dashboard": reverse("matching_dashboard:index")}
    _busy_plan(match, 2, "midpoint")
    few = _queries(client, urls[screen])
    _busy_plan(match, 5, "final")  # a new plan: the first two goals are dropped with their notes, five more with theirs
    assert match.goals.count() == 7 and _queries(client, urls[screen]) == few
