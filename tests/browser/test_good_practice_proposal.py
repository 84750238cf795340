"""A participant of a completed match proposes a good practice in Chromium (English); a draft waits in moderation."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import TaskState, WorkflowState

from programs.followup.tokens import make_participant_token
from programs.models import GoodPracticeProposal, Match
from resources.models import GoodPracticePage

pytestmark = pytest.mark.browser

ANSWERS = {
    "What problem did you work on?": "No district drill had ever been held; volunteers and council units did not know their roles.",
    "What was done?": "We wrote a flood drill scenario together.\n\nThree preparation meetings with neighbourhood volunteers.",
    "What was the result?": "240 people took part and the assembly areas were cleared in under thirty minutes.",
    "What would another municipality need to repeat it?": "An experienced mentor, the neighbourhood heads' support and two months.",
}


def completed_match():
    """The demo's completed match (Okan Demo with Derya Taslakçı): its mentee proposed already, the mentor not yet."""
    return Match.objects.select_related("mentor").get(mentee__email="okan.demo@example.org", state="completed")


def test_the_mentor_of_a_completed_match_proposes_a_good_practice_in_english(demo_site, page, axe_check):
    match = completed_match()
    assert not GoodPracticeProposal.objects.filter(match=match, respondent="mentor").exists()
    drafts = set(GoodPracticePage.objects.filter(live=False).values_list("pk", flat=True))
    with translation.override("en"):
        url = demo_site.url + reverse("matching_public:participant", args=[make_participant_token(match, "mentor")])

    assert page.goto(url).status == 200
    axe_check(page, "participant page of a completed match (en)")
    page.get_by_role("link", name="Propose a good practice").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Propose a good practice"
    axe_check(page, "good-practice form (en)")

    with page.expect_response(lambda r: r.request.method == "POST") as posted:  # nothing filled in: refused
        page.get_by_role("button", name="Send my proposal").click()
    assert posted.value.status == 400
    page.wait_for_load_state()
    assert "Choose whether we may name you and your institution." in page.locator(".error-summary").inner_text()
    axe_check(page, "good-practice form with errors (en)")

    for label, answer in ANSWERS.items():
        page.get_by_label(label).fill(answer)
    page.get_by_label("No, do not name me or my institution").check()
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Send my proposal").click()
    assert posted.value.status == 302 and posted.value.request.all_headers().get("origin") == demo_site.url
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text().startswith("Thank you: your proposal has been sent to the editors.")
    assert page.get_by_role("button", name="Send my proposal").count() == 0
    axe_check(page, "good-practice thank-you (en)")

    proposal = GoodPracticeProposal.objects.get(match=match, respondent="mentor")
    assert proposal.language == "en" and not proposal.consent_to_be_named
    assert proposal.what_was_done == ANSWERS["What was done?"]
    draft = GoodPracticePage.objects.get(pk=proposal.page_id)
    assert draft.pk not in drafts and not draft.live and draft.locale.language_code == "en"
    assert draft.institution is None and match.mentor.name not in draft.editor_note
    workflow_state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(draft.pk))
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.current_task_state.status == TaskState.STATUS_IN_PROGRESS
