"""Meetings through the private link, feedback requests sent once by the scheduled command."""

import datetime
import io

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from programs.followup.meetings import log_meeting
from programs.followup.tokens import make_participant_token
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Feedback, Match, Meeting
from tests.integration.matching.matching_support import closed_call_pool, TODAY, proposed_match, secretariat, with_consents  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def demo_match():
    return Match.objects.get(mentee__email="gul.taslak@example.org")


def participant_url(match, role="mentee", language="tr"):
    with translation.override(language):
        return reverse("matching_public:participant", args=[make_participant_token(match, role)])


def test_the_command_activates_and_requests_feedback_once():
    match = with_consents(proposed_match(start_date=TODAY() + datetime.timedelta(days=1)))
    match_workflow.transition(match, match_states.CONFIRMED)
    out = io.StringIO()
    start = TODAY() + datetime.timedelta(days=1)
    call_command("send_due_feedback_requests", "--date", start.isoformat(), stdout=out)
    match.refresh_from_db()
    assert match.state == match_states.ACTIVE
    mail.outbox.clear()
    midpoint = match.start_date + (match.end_date - match.start_date) / 2
    call_command("send_due_feedback_requests", "--date", midpoint.isoformat(), stdout=out)
    requests = Feedback.objects.filter(match=match, stage="midpoint")
    assert set(requests.values_list("respondent", flat=True)) == {"mentor", "mentee"}
    mine = [m for m in mail.outbox if m.to[0] in ("zeynep.kurgu@example.org", "hakan.deneme@example.org")]
    assert len(mine) == 2 and all("/tr/matches/" in m.body for m in mine)
    sent = len(mail.outbox)
    call_command("send_due_feedback_requests", "--date", midpoint.isoformat(), stdout=out)  # again: nothing new
    assert len(mail.outbox) == sent and requests.count() == 2
    call_command("send_due_feedback_requests", "--date", match.end_date.isoformat(), stdout=out)
    assert Feedback.objects.filter(match=match, stage="final").count() == 2


def test_a_participant_logs_a_meeting_through_the_private_link(client):
    match = demo_match()
    before = match.meetings.count()
    url = participant_url(match)
    page = client.get(url)
    assert page.status_code == 200 and "Aylin Kurgusal" in page.content.decode() and page["X-Robots-Tag"] == "noindex, nofollow"
    assert page["Referrer-Policy"] == "same-origin"  # not "no-referrer": that posts the form with "Origin: null" (CSRF 403)
    response = client.post(url, {"mt-held_on": TODAY().isoformat(), "mt-format": "online", "mt-duration_minutes": "45", "mt-topic": "Vaka tartışması"})
    assert response.status_code == 302
    meeting = match.meetings.latest("pk")
    assert match.meetings.count() == before + 1 and meeting.logged_by == Meeting.LoggedBy.MENTEE


@pytest.mark.parametrize(
    "data,message",
    [
        ({"mt-held_on": "", "mt-format": "online", "mt-duration_minutes": "45", "mt-topic": "x"}, "Bu alan zorunludur."),
        ({"mt-held_on": "2999-01-01", "mt-format": "online", "mt-duration_minutes": "45", "mt-topic": "x"}, "Tarih ileri bir tarih olamaz."),
        ({"mt-held_on": "2026-01-01", "mt-format": "phone", "mt-duration_minutes": "45", "mt-topic": "x"}, "Geçerli bir seçenek seçin."),
        ({"mt-held_on": "2026-01-01", "mt-format": "online", "mt-duration_minutes": "2", "mt-topic": "x"}, "5 ile 600 dakika arasında bir süre girin."),
        ({"mt-held_on": "2026-01-01", "mt-format": "online", "mt-duration_minutes": "45", "mt-topic": ""}, "Bu alan zorunludur."),
    ],
)
def test_bad_meeting_inputs_get_a_clear_message_and_nothing_is_saved(client, data, message):
    match = demo_match()
    before = match.meetings.count()
    response = client.post(participant_url(match), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "error-summary" in html
    assert match.meetings.count() == before


def test_a_meeting_before_the_start_is_refused():
    match = demo_match()
    with translation.override("en"), pytest.raises(ValidationError, match="before the start"):
        log_meeting(match, held_on=match.start_date - datetime.timedelta(days=1), format="online", duration_minutes=30, topic="x")


@pytest.mark.parametrize("token", ["abc", "WzEsImJhZCJd:forged"])
def test_a_forged_link_shows_nothing(client, token):
    assert client.get(f"/tr/matches/{token}/").status_code == 404


def test_feedback_form_rejects_bad_input_and_accepts_once(client):
    match = demo_match()
    item = Feedback.objects.create(match=match, respondent="mentee", stage="midpoint")
    with translation.override("tr"):
        url = reverse("matching_public:feedback", args=[make_participant_token(match, "mentee"), item.pk])
    assert client.get(url)["Referrer-Policy"] == "same-origin"
    bad = client.post(url, {"rating": "9", "went_well": "x"})
    assert bad.status_code == 400 and "Geçerli bir seçenek seçin." in bad.content.decode()
    item.refresh_from_db()
    assert item.submitted_at is None
    assert client.post(url, {"rating": "4", "went_well": "Çok faydalı"}).status_code == 302
    item.refresh_from_db()
    assert item.rating == 4 and item.submitted_at is not None
    assert "geri bildiriminiz alındı" in client.get(url).content.decode()
    # The mentor's link cannot open the mentee's form.
    with translation.override("tr"):
        other = reverse("matching_public:feedback", args=[make_participant_token(match, "mentor"), item.pk])
    assert client.get(other).status_code == 404


def _admin_meeting(match, **changes):
    data = {"match": str(match.pk), "held_on": str(match.start_date), "format": "online", "duration_minutes": "45",
            "topic": "Hedef belirleme", "notes": "", "logged_by": "secretariat"}
    data.update({key: str(value) for key, value in changes.items()})
    return data


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"held_on": TODAY() + datetime.timedelta(days=3)}, "A meeting cannot be logged before it has taken place."),
        ({"held_on": "before-start"}, "The meeting date is before the start of the assignment."),
        ({"duration_minutes": 2}, "Enter a duration from 5 to 600 minutes."),
        ({"duration_minutes": 9999}, "Enter a duration from 5 to 600 minutes."),
        ({"held_on": "31.02.2026"}, "Enter a valid date."),
        ({"topic": ""}, "This field is required."),
    ],
    ids=["future", "before-start", "too-short", "too-long", "not-a-date", "no-topic"],
)
def test_the_meetings_admin_applies_the_same_rules(client, secretariat, changes, message):
    match = demo_match()
    if changes.get("held_on") == "before-start":
        changes["held_on"] = match.start_date - datetime.timedelta(days=1)
    before = Meeting.objects.count()
    response = client.post("/admin/meeting/new/", _admin_meeting(match, **changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Meeting.objects.count() == before


def test_the_meetings_admin_refuses_a_meeting_for_a_match_not_yet_confirmed(client, secretariat):
    match = proposed_match()
    before = Meeting.objects.count()
    response = client.post("/admin/meeting/new/", _admin_meeting(match, held_on=TODAY()))
    assert "Meetings can be logged only for a confirmed, active or completed match." in response.content.decode()
    assert Meeting.objects.count() == before


def test_the_meetings_admin_saves_a_valid_meeting(client, secretariat):
    match = demo_match()
    before = Meeting.objects.count()
    response = client.post("/admin/meeting/new/", _admin_meeting(match, held_on=TODAY()))
    assert response.status_code == 302
    assert Meeting.objects.count() == before + 1


@pytest.mark.parametrize("role,other_name", [("mentee", "Aylin Kurgusal"), ("mentor", "Gül Taslak")])
def test_the_private_link_shows_the_other_persons_contacts_only_while_the_match_runs(client, role, other_name):
    """KVKK: a cancelled match's link still opens (meetings, feedback), but no longer names the other person."""
    match = demo_match()
    other = match.mentor if role == "mentee" else match.mentee
    assert other.name == other_name
    running = client.get(participant_url(match, role)).content.decode()
    assert other_name in running and other.email in running
    match_workflow.transition(match, match_states.CANCELLED, reason="Kurum görevlendirmeyi geri çekti")
    for language in ("tr", "en"):
        with translation.override(language):
            page = client.get(participant_url(match, role, language))
            text = page.content.decode()
            assert page.status_code == 200
            assert other_name not in text and other.email not in text and (not other.phone or other.phone not in text)
            assert str(_("Names and contact details are shown only while the match is confirmed or active.")) in text
