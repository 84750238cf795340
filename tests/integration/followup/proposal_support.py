"""Shared by the good-practice proposal tests: a completed match (the demo's Gül with Aylin) and the library."""

import pytest
from wagtail.models import TaskState, WorkflowState

from home import roles
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Match
from tests.factories.resources import library_index
from tests.integration.matching.matching_support import user_in

ANSWERS = {
    "problem": "Bakım personeli ergenlik dönemindeki gençlerle iletişimde zorlanıyordu.",
    "what_was_done": "Aylık vaka tartışmaları yapıldı.\n\nHer görüşmeden sonra kısa bir eylem planı yazıldı.",
    "result": "Personelin kendine güveni arttı; çatışma kayıtları yarıya indi.",
    "to_repeat": "Deneyimli bir sosyal çalışmacı, ayda iki saat ve bir toplantı odası.",
}


def answers(**changes) -> dict:
    return {**ANSWERS, "consent_to_be_named": False, **changes}


def completed_match() -> Match:
    match = Match.objects.select_related("call", "mentee", "mentor").get(mentee__email="gul.taslak@example.org")
    return match_workflow.transition(match, match_states.COMPLETED)


@pytest.fixture
def library(site_tree):
    """The knowledge library in both languages: {language: index page}."""
    return library_index(site_tree)


@pytest.fixture
def completed(closed_call_pool, library):
    return completed_match()


def moderation_state(page):
    """The page's workflow state and its current task state (both in progress while it waits for review)."""
    workflow_state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    task_state = TaskState.objects.get(pk=workflow_state.current_task_state_id)
    return workflow_state, task_state


def log_in(client, group_name: str, username: str):
    user = user_in(group_name, username)
    client.force_login(user)
    return user


def moderator(client):
    return log_in(client, roles.MODERATORS, "moderator")
