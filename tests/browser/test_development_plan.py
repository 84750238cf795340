"""The development plan in Chromium: the mentee writes three goals through the private link, logs a meeting with
progress on one of them, and the secretariat sees the plan on the match page. Real form submissions; axe on
every page."""

import datetime

import pytest
from django.utils import timezone

from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Application, ConsentMethod, Party
from tests.browser.test_matching_flow import secretariat_login
from tests.browser.test_private_links import open_private, participant_url, send

pytestmark = pytest.mark.browser

GOALS = [
    ("Learn what each age group needs", "I can name two needs of each group without notes."),
    ("Plan a month of activities with the team", ""),
    ("Keep a short reflective diary", ""),
]


def confirmed_match():
    """Zeynep Kurgu (shortlisted, left unmatched by the demo) with Hakan Deneme, agreed and confirmed today."""
    mentee = Application.objects.get(email="zeynep.kurgu@example.org")
    mentor = Application.objects.get(email="hakan.deneme@example.org")
    today = timezone.localdate()
    match = match_workflow.create_match(mentee.call.specific, mentee, mentor=mentor, start_date=today,
                                        end_date=today + datetime.timedelta(days=120))
    for party in Party.values:
        match_workflow.record_consent(match, party, today, ConsentMethod.LETTER)
    return match_workflow.transition(match, match_states.CONFIRMED)


def test_the_mentee_writes_a_plan_and_notes_progress_and_the_secretariat_sees_it(demo_site, page, axe_check):
    match = confirmed_match()
    url = participant_url(demo_site, match, "mentee", "en")
    open_private(page, url)
    assert page.get_by_text("No goals have been written yet.").is_visible()
    axe_check(page, "participant page without a plan (en)")

    page.get_by_role("link", name="Write your development plan").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Development plan"
    axe_check(page, "plan form (en)")

    page.get_by_label("Goal 1", exact=False).first.fill(GOALS[0][0])
    answer = send(page, page.get_by_role("button", name="Save the plan"), demo_site)  # one goal only: refused
    assert answer.status == 400
    page.wait_for_load_state()
    assert "Write from 2 to 5 goals." in page.locator("[data-error-summary]").inner_text()
    assert not match.goals.exists()
    axe_check(page, "plan form with errors (en)")

    for number, (title, description) in enumerate(GOALS, start=1):
        page.locator(f"#id_goals-{number - 1}-title").fill(title)
        page.get_by_label(f"Goal {number}: what success looks like (optional)").fill(description)
    answer = send(page, page.get_by_role("button", name="Save the plan"), demo_site)
    assert answer.status == 302
    page.get_by_role("status").wait_for()
    assert page.get_by_role("status").inner_text() == "Thank you: your plan is saved."
    axe_check(page, "plan saved (en)")
    assert [(g.title, g.description, g.created_by) for g in match.goals.order_by("order")] == [(t, d, "mentee") for t, d in GOALS]

    page.get_by_role("link", name="Back to your assignment").click()
    page.wait_for_url(url)
    page.get_by_label("Date").fill(timezone.localdate().isoformat())
    page.get_by_label("Online").check()
    page.get_by_label("Duration (minutes)").fill("60")
    page.get_by_label("Topic").fill("Age groups and their needs")
    page.get_by_label(f"“{GOALS[1][0]}”: where it stands after this meeting").select_option("reached")
    page.get_by_label(f"“{GOALS[1][0]}”: progress note").fill("The month's plan is done and the team agreed to it.")
    answer = send(page, page.get_by_role("button", name="Log the meeting"), demo_site)
    assert answer.status == 302
    page.wait_for_url(url + "?logged=1")
    assert page.locator("#goals").filter(has_text="Reached").is_visible()
    axe_check(page, "participant page with the plan and progress (en)")

    meeting = match.meetings.get()
    progress = meeting.goal_progress.select_related("goal").get()
    assert (progress.goal.title, progress.status, progress.note) == (GOALS[1][0], "reached", "The month's plan is done and the team agreed to it.")
    assert dict(match.goals.values_list("title", "status")) == {GOALS[0][0]: "not_started", GOALS[1][0]: "reached", GOALS[2][0]: "not_started"}

    secretariat_login(page, demo_site.url)
    page.goto(f"{demo_site.url}/admin/matching/match/{match.pk}/")
    table = page.locator("#goals-table")
    assert all(title in table.inner_text() for title, _description in GOALS)
    assert "The month's plan is done" in table.inner_text() and "Reached" in table.inner_text()
    axe_check(page, "admin match page with the plan")
