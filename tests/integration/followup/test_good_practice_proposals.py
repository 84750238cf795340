"""A completed match's participant proposes a good practice: the rules of `programs.followup.proposals.propose`."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation
from wagtail.models import Revision, TaskState, WorkflowState

from programs.followup.dashboard import dashboard_data
from programs.followup.proposals import propose
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import GoodPracticeProposal, Match
from programs.privacy.anonymise import anonymise_match
from programs.privacy.subjects import export_data, records_for
from resources.models import GoodPracticePage
from tests.integration.followup.proposal_support import ANSWERS, answers, completed, library, moderation_state, moderator  # noqa: F401
from tests.integration.matching.matching_support import closed_call_pool, proposed_match, with_consents  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def demo_match():
    return Match.objects.select_related("call", "mentee", "mentor").get(mentee__email="gul.taslak@example.org")


@pytest.mark.parametrize("state", ["active", "cancelled", "confirmed"])
def test_only_a_completed_match_takes_a_proposal(library, state):
    if state == "confirmed":
        match = match_workflow.transition(with_consents(proposed_match()), match_states.CONFIRMED)
    else:
        match = demo_match()
        if state == "cancelled":
            match_workflow.transition(match, match_states.CANCELLED, reason="Test")
    pages = GoodPracticePage.objects.count()
    with translation.override("en"), pytest.raises(ValidationError, match="once the mentoring is completed"):
        propose(match, "mentee", language="en", **answers())
    assert not GoodPracticeProposal.objects.exists() and GoodPracticePage.objects.count() == pages


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_proposal_becomes_a_draft_in_the_proposers_language(completed, library, language):
    proposal = propose(completed, "mentee", language=language, **answers())
    page = GoodPracticePage.objects.get(pk=proposal.page_id)
    assert proposal.language == language and page.locale.language_code == language
    assert page.get_parent().pk == library[language].pk
    assert not page.live and page.first_published_at is None and page.has_unpublished_changes
    assert page.summary == ANSWERS["problem"] and page.title == ANSWERS["problem"]
    assert "<p>Aylık vaka tartışmaları yapıldı.</p>" in page.what_was_done and "yarıya indi" in page.results
    assert "ayda iki saat" in str(page.body[1].value) and page.body[0].block_type == "heading"
    programme = completed.call.specific.programme
    assert page.programme.pk == programme.get_translation(page.locale).pk
    assert [(t.name, t.locale.language_code) for t in page.themes.all()] == [
        ({"tr": "Sosyal hizmetler", "en": "Social services"}[language], language)
    ]
    assert page.latest_revision is not None


def test_the_draft_waits_in_the_moderators_queue(client, completed):
    proposal = propose(completed, "mentor", language="en", **answers())
    workflow_state, task_state = moderation_state(proposal.page)
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS and workflow_state.requested_by is None
    assert task_state.status == TaskState.STATUS_IN_PROGRESS and task_state.revision_id == proposal.page.latest_revision_id
    assert list(task_state.task.specific.groups.values_list("name", flat=True)) == ["Moderators"]
    moderator(client)
    dashboard = client.get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard and proposal.page.title in dashboard
    assert client.get(f"/admin/pages/{proposal.page_id}/edit/").status_code == 200


def test_one_proposal_per_side(completed):
    propose(completed, "mentee", language="tr", **answers())
    with translation.override("en"), pytest.raises(ValidationError, match="already proposed"):
        propose(completed, "mentee", language="tr", **answers(problem="Bir daha"))
    assert GoodPracticeProposal.objects.filter(respondent="mentee").count() == 1
    propose(completed, "mentor", language="tr", **answers(problem="Mentorun önerisi"))  # the other side still may
    assert GoodPracticePage.objects.filter(live=False).count() == 2
    with pytest.raises(IntegrityError):  # and the database holds the rule too
        GoodPracticeProposal.objects.create(match=completed, respondent="mentor", language="tr", consent_to_be_named=False, **ANSWERS)


def _stored_text(page) -> str:
    """Everything the page and its revisions hold, as stored."""
    revisions = Revision.objects.filter(base_content_type__model="page", object_id=str(page.pk))
    return json.dumps([r.content for r in revisions], ensure_ascii=False) + page.title + page.editor_note + page.city


def test_a_proposer_who_agreed_is_named_with_their_institution(completed):
    with translation.override("en"):
        proposal = propose(completed, "mentee", language="en", **answers(consent_to_be_named=True))
    page = proposal.page.specific
    assert page.institution == completed.mentee.institution and page.city == completed.mentee.institution.city
    assert "Gül Taslak, Sahilkent Belediyesi" in page.editor_note and "agreed to be named" in page.editor_note


def test_a_proposer_who_did_not_agree_is_not_in_the_draft(completed):
    with translation.override("en"):
        proposal = propose(completed, "mentee", language="en", **answers(consent_to_be_named=False))
    page = proposal.page.specific
    assert page.institution is None and page.city == ""
    assert "did not agree to be named" in page.editor_note
    stored = _stored_text(page)
    for private in ("Gül Taslak", "Sahilkent", "gul.taslak", "Aylin", "Kuzeyşehir"):
        assert private not in stored


def test_the_dashboard_counts_completed_matches_with_a_proposal(completed):
    assert dashboard_data()["proposals"] == (0, 1)
    propose(completed, "mentee", language="tr", **answers())
    propose(completed, "mentor", language="tr", **answers())
    assert dashboard_data()["proposals"] == (1, 1)  # one match, however many sides proposed


def test_anonymising_the_match_blanks_the_answers(completed):
    proposal = propose(completed, "mentee", language="tr", **answers())
    anonymise_match(completed, reason="test")
    proposal.refresh_from_db()
    assert (proposal.problem, proposal.what_was_done, proposal.result, proposal.to_repeat) == ("", "", "", "")


def test_a_site_without_a_library_keeps_the_proposal_without_a_page(closed_call_pool):
    match = match_workflow.transition(demo_match(), match_states.COMPLETED)
    proposal = propose(match, "mentee", language="en", **answers())
    assert proposal.pk and proposal.page is None


def test_the_proposer_finds_their_proposal_in_their_data_export_and_the_other_side_does_not(completed):
    propose(completed, "mentee", language="tr", **answers())
    mine = export_data(records_for(completed.mentee.email))["good_practice_proposals"]
    assert [p["problem"] for p in mine] == [ANSWERS["problem"]] and mine[0]["consent_to_be_named"] is False
    assert export_data(records_for(completed.mentor.email))["good_practice_proposals"] == []
