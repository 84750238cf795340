"""The good-practice form on the participant's private link: what it shows, what it refuses, who reaches it.

English pages (``/en/``): the Turkish of new texts is compiled when the branch is merged.
"""

import datetime
import html

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import format_lazy

from portal.cleaning import VISIBLE_MESSAGE
from programs.followup.tokens import make_participant_token
from programs.models import GoodPracticeProposal, Match
from resources.models import GoodPracticePage
from tests.integration.followup.proposal_support import ANSWERS, completed, library  # noqa: F401
from tests.integration.matching.matching_support import closed_call_pool  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def urls(match, role="mentee", language="en"):
    token = make_participant_token(match, role)
    with translation.override(language):
        return reverse("matching_public:participant", args=[token]), reverse("matching_public:good_practice", args=[token])


def form_data(**changes):
    return {**ANSWERS, "consent_to_be_named": "no", **changes}


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_the_participant_page_of_a_completed_match_leads_to_the_form(client, completed):
    participant, form_url = urls(completed)
    page = text(client.get(participant))
    assert "Propose a good practice" in page and f'href="{form_url}"' in page
    response = client.get(form_url)
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    body = text(response)
    assert 'name="csrfmiddlewaretoken"' in body and 'maxlength="600"' in body
    for field in ("problem", "what_was_done", "result", "to_repeat"):
        assert f'<label for="id_{field}">' in body
    assert "<legend>May we name you and your institution with this practice?" in body


def test_sending_the_form_stores_the_proposal_and_thanks_once(client, completed):
    participant, form_url = urls(completed)
    response = client.post(form_url, form_data(consent_to_be_named="yes"))
    assert response.status_code == 302 and response["Location"] == form_url + "?sent=1"
    proposal = GoodPracticeProposal.objects.get(match=completed, respondent="mentee")
    assert proposal.consent_to_be_named and proposal.language == "en" and proposal.page.locale.language_code == "en"
    thanks = client.get(response["Location"])
    assert thanks["Cache-Control"] == "private, no-store"
    assert "Thank you: your proposal has been sent to the editors." in text(thanks) and 'method="post"' not in text(thanks)
    again = text(client.get(form_url))
    assert "You already proposed a good practice for this assignment on" in again and 'method="post"' not in again
    assert "You proposed a good practice on" in text(client.get(participant))
    assert client.post(form_url, form_data(problem="Bir daha")).status_code == 200  # a second POST saves nothing
    assert GoodPracticeProposal.objects.count() == 1


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"problem": ""}, "What problem did you work on? This field is required."),
        ({"problem": "   \n  "}, "What problem did you work on? This field is required."),
        ({"problem": "x" * 601}, "What problem did you work on? Ensure this value has at most 600 characters (it has 601)."),
        ({"what_was_done": "\u200b\u200b"}, format_lazy("What was done? {}", VISIBLE_MESSAGE)),  # read in English below
        ({"result": ""}, "What was the result? This field is required."),
        ({"result": "y" * 3001}, "What was the result? Ensure this value has at most 3000 characters (it has 3001)."),
        ({"to_repeat": "z" * 2001}, "Ensure this value has at most 2000 characters (it has 2001)."),
        ({"consent_to_be_named": ""}, "Choose whether we may name you and your institution."),
        ({"consent_to_be_named": "maybe"}, "Select a valid choice. maybe is not one of the available choices."),
    ],
    ids=["no-problem", "blank-problem", "long-problem", "invisible-work", "no-result", "long-result", "long-to-repeat",
         "no-consent-choice", "unknown-consent-choice"],
)
def test_bad_inputs_get_a_clear_message_and_nothing_is_saved(client, completed, changes, message):
    _participant, form_url = urls(completed)
    pages = GoodPracticePage.objects.count()
    response = client.post(form_url, form_data(**changes))
    assert response.status_code == 400 and response["Cache-Control"] == "private, no-store"
    body = text(response)
    summary = body.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    with translation.override("en"):
        assert str(message) in summary
    assert not GoodPracticeProposal.objects.exists() and GoodPracticePage.objects.count() == pages


def test_the_form_needs_its_csrf_token(completed):
    _participant, form_url = urls(completed)
    assert Client(enforce_csrf_checks=True).post(form_url, form_data()).status_code == 403
    assert not GoodPracticeProposal.objects.exists()


def test_a_match_not_completed_gets_no_form(client, library):
    match = Match.objects.get(mentee__email="gul.taslak@example.org")  # active
    participant, form_url = urls(match)
    assert "Propose a good practice" not in text(client.get(participant))
    assert client.get(form_url).status_code == 404
    assert client.post(form_url, form_data()).status_code == 404
    assert not GoodPracticeProposal.objects.exists()


@pytest.mark.parametrize("token", ["abc", "WzEsImJhZCJd:forged"])
def test_a_forged_link_shows_nothing(client, completed, token):
    assert client.get(f"/en/matches/{token}/good-practice/").status_code == 404
    assert client.post(f"/en/matches/{token}/good-practice/", form_data()).status_code == 404


def test_a_link_to_another_match_with_the_wrong_secret_shows_nothing(client, completed):
    token = signing.dumps([completed.pk, "not-the-secret", "mentee"], salt="programs.match.participant", compress=False)
    assert client.get(f"/en/matches/{token}/good-practice/").status_code == 404


def test_an_ended_link_gets_the_fresh_link_page_and_no_form(client, completed, monkeypatch):
    """A genuine link past its end answers 410 with the fresh-link form (programs/privacy/links.py), never the form."""
    long_ago = timezone.now() - datetime.timedelta(days=100)
    Match.objects.filter(pk=completed.pk).update(updated_at=long_ago)
    monkeypatch.setattr(signing.time, "time", lambda: long_ago.timestamp())
    _participant, form_url = urls(completed)
    monkeypatch.undo()
    response = client.get(form_url)
    assert response.status_code == 410 and "What problem did you work on?" not in text(response)
    assert client.post(form_url, form_data()).status_code == 410
    assert not GoodPracticeProposal.objects.exists()
