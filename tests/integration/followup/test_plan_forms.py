"""The plan's forms over HTTP: the mentee's private page and the secretariat's match page. Each bad input gets
a clear message (in the error summary, or the admin's messages) and nothing is saved."""

from html import unescape

import pytest
from django.urls import reverse

from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Goal
from tests.integration.followup.plan_support import GOALS, active_match, link, plan_post, with_goals
from tests.integration.matching.matching_support import closed_call_pool, secretariat  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]

GOOD = [(g["title"], g["description"]) for g in GOALS]

BAD = [  # (rows, the message shown)
    ([], "Write from 2 to 5 goals."),
    ([("Only one goal", "")], "Write from 2 to 5 goals."),
    ([("One", ""), ("", "A description without its title")], "Enter the goal's title."),
    ([("One", ""), ("\u200b\u200b\u200b", "")], "Enter visible text"),
    ([("One", ""), ("\x00\x07\x1b", "")], "Write from 2 to 5 goals."),  # only control characters: an empty row
    ([("One", ""), ("x" * 151, "")], "at most 150 characters"),
    ([("One", ""), ("Two", "d" * 1001)], "at most 1000 characters"),
]
SIX = [(f"Goal {n}", "") for n in range(6)]


def assert_nothing_saved(match, before=0):
    assert match.goals.count() == before


@pytest.mark.parametrize("rows,message", BAD)
def test_the_mentees_plan_form_refuses_bad_input(client, rows, message):
    match = active_match()
    response = client.post(link(match, name="plan"), plan_post(rows))
    html = unescape(response.content.decode())
    assert response.status_code == 400 and "error-summary" in html and message in html, html[html.find("error-summary"):][:800]
    assert_nothing_saved(match)


def test_more_than_five_goals_are_refused_however_they_are_posted(client):
    match = active_match()
    response = client.post(link(match, name="plan"), plan_post(SIX, total=6))
    assert response.status_code == 400 and "Write from 2 to 5 goals." in response.content.decode()
    assert_nothing_saved(match)


def test_the_mentee_writes_and_rewrites_the_plan(client):
    match = active_match()
    url = link(match, name="plan")
    page = client.get(url)
    assert page.status_code == 200 and page["Cache-Control"] == "private, no-store" and page.content.decode().count('name="goals-') >= 10
    response = client.post(url, plan_post(GOOD))
    assert response.status_code == 302 and response.url.endswith("?saved=1")
    goals = list(match.goals.order_by("order"))
    assert [(g.title, g.description, g.created_by, g.order) for g in goals] == [(t, d, "mentee", n) for n, (t, d) in enumerate(GOOD, 1)]
    # Rewrite: the first kept and renamed, the second taken out, the third kept.
    rows = [("Talk calmly, and listen", "", goals[0].pk), (goals[1].title, "", goals[1].pk, True), (goals[2].title, "", goals[2].pk)]
    assert client.post(url, plan_post(rows, initial=3)).status_code == 302
    assert list(match.goals.order_by("order").values_list("title", flat=True)) == ["Talk calmly, and listen", goals[2].title]
    shown = client.get(link(match)).content.decode()
    assert "Talk calmly, and listen" in shown and "Change your development plan" in shown


def test_the_mentor_reads_the_plan_and_cannot_write_it(client):
    match = active_match()
    with_goals(match)
    url = link(match, "mentor", name="plan")
    page = client.get(url).content.decode()
    assert GOALS[0]["title"] in page and 'name="goals-' not in page
    assert client.post(url, plan_post([("Mine", ""), ("Also mine", "")])).status_code == 403
    assert match.goals.filter(title="Mine").count() == 0


def test_after_the_match_ends_the_plan_is_read_only(client):
    match = active_match()
    with_goals(match)
    match_workflow.transition(match, match_states.COMPLETED)
    url = link(match, name="plan")
    assert 'name="goals-' not in client.get(url).content.decode()
    assert client.post(url, plan_post(GOOD)).status_code == 403


def test_a_crafted_goal_id_of_another_match_is_refused(client):
    match = active_match()
    other = Goal.objects.create(match=match, title="x", created_by="mentee")  # stands for a goal outside the plan
    Goal.objects.filter(pk=other.pk).update(status="dropped")
    response = client.post(link(match, name="plan"), plan_post([("One", "", other.pk), ("Two", "")]))
    assert response.status_code == 400 and "not part of this match's plan" in unescape(response.content.decode())
    assert match.goals.count() == 1


# -- the secretariat's match page ------------------------------------------------------------------------------

def admin_post(client, match, rows, **extra):
    return client.post(reverse("matching:match", args=[match.pk]), {"action": "plan", **plan_post(rows, **extra)})


@pytest.mark.parametrize("rows,message", BAD)
@pytest.mark.usefixtures("secretariat")
def test_the_match_pages_plan_form_refuses_bad_input(client, rows, message):
    match = active_match()
    response = admin_post(client, match, rows)
    html = unescape(response.content.decode())
    assert response.status_code == 400 and message in html
    assert_nothing_saved(match)


@pytest.mark.usefixtures("secretariat")
def test_the_secretariat_writes_the_plan_on_the_match_page(client):
    match = active_match()
    response = admin_post(client, match, GOOD)
    assert response.status_code == 302
    assert list(match.goals.values_list("created_by", flat=True)) == ["secretariat"] * 3
    page = client.get(reverse("matching:match", args=[match.pk])).content.decode()
    assert 'id="goals-table"' in page and GOALS[0]["title"] in page and "Development plan written" in page


@pytest.mark.usefixtures("secretariat")
def test_meetings_note_progress_on_goals_from_the_private_link_and_the_match_page(client):
    match = active_match()
    first, second, _third = with_goals(match)
    meeting = {"mt-held_on": match.start_date.isoformat(), "mt-format": "online", "mt-duration_minutes": "45", "mt-topic": "Plan"}
    response = client.post(link(match, "mentor"), {**meeting, f"mt-goal_{first.pk}_status": "reached", f"mt-goal_{first.pk}_note": "Done!"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status == "reached" and first.progress.get().note == "Done!" and first.progress.get().meeting.logged_by == "mentor"
    response = client.post(reverse("matching:match", args=[match.pk]),
                           {"action": "meeting", **meeting, f"mt-goal_{second.pk}_status": "in_progress"})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.status == "in_progress" and second.progress.get().meeting.logged_by == "secretariat"


@pytest.mark.parametrize("extra,message", [
    ({"status": "dropped"}, "Select a valid choice."),
    ({"status": "reached", "note": "n" * 1001}, "at most 1000 characters"),
    ({"note": "\u200b\u200b"}, "Enter visible text"),
])
def test_bad_progress_is_refused_with_the_meeting(client, extra, message):
    match = active_match()
    goal = with_goals(match)[0]
    before = match.meetings.count()
    data = {"mt-held_on": match.start_date.isoformat(), "mt-format": "online", "mt-duration_minutes": "45", "mt-topic": "Plan"}
    data.update({f"mt-goal_{goal.pk}_{name}": value for name, value in extra.items()})
    response = client.post(link(match), data)
    html = unescape(response.content.decode())
    assert response.status_code == 400 and "error-summary" in html and message in html
    assert match.meetings.count() == before and not goal.progress.exists()
