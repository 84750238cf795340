"""Private links end: the rules table, the 410 page with the fresh-link form, and the fresh-link form itself."""

import datetime
import re

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone, translation

from programs.applications import states
from programs.applications.tokens import make_draft_token
from programs.followup.tokens import make_participant_token
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Application, ApplicationDraft, Match
from programs.privacy import links
from tests.factories.applications import close

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
FRESH = reverse("programs:fresh_link")


def days_ago(n):
    return timezone.now() - n * DAY


def issued(monkeypatch, make, when):
    """A token made by ``make()`` as if issued at ``when`` (signing.dumps stamps time.time())."""
    monkeypatch.setattr(signing.time, "time", lambda: when.timestamp())
    token = make()
    monkeypatch.undo()
    return token


def decide(application, status, when):
    if status == "ineligible":
        states.change_status(application, "under_review", note="Test", notify=False)
    states.change_status(application, status, note="Test", notify=False)
    application.events.filter(to_status=status).update(created_at=when)
    application.refresh_from_db()


# -- the rules ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "decided_days_ago", "issued_days_ago", "expired"),
    [
        (None, None, 400, False),  # undecided: the link works however old
        ("withdrawn", 89, 100, False),
        ("withdrawn", 91, 100, True),
        ("withdrawn", 91, 10, False),  # a fresh link works 90 days from when it was sent
        ("ineligible", 200, 91, True),
    ],
)
def test_status_link_ends_ninety_days_after_the_decision(applicant, monkeypatch, status, decided_days_ago, issued_days_ago, expired):
    if status:
        decide(applicant, status, days_ago(decided_days_ago))
    token = issued(monkeypatch, applicant.status_token, days_ago(issued_days_ago))
    ends = links.status_link_ends_at(applicant, links.issued_at(token))
    assert (ends is not None and ends <= timezone.now()) is expired


def test_draft_link_ends_when_the_call_closes_or_after_thirty_quiet_days_on_a_standing_call(calls):
    open_draft = ApplicationDraft.objects.create(call=calls["expert_digital"]("tr"), email="a@example.org")
    assert links.draft_link_ends_at(open_draft) == open_draft.call.closes_at
    standing = ApplicationDraft.objects.create(call=calls["expert_standing"]("tr"), email="b@example.org")
    ApplicationDraft.objects.filter(pk=standing.pk).update(updated_at=days_ago(31))
    standing.refresh_from_db()
    with pytest.raises(links.LinkExpired):
        links.check("draft", links.draft_link_ends_at(standing))


def test_participant_link_ends_ninety_days_after_the_match_ends(confirmed_match, monkeypatch):
    token = make_participant_token(confirmed_match, "mentee")
    assert links.participant_link_ends_at(confirmed_match, links.issued_at(token)) is None
    cancelled = match_workflow.transition(confirmed_match, match_states.CANCELLED, reason="Test")
    Match.objects.filter(pk=cancelled.pk).update(updated_at=days_ago(91))
    cancelled.refresh_from_db()
    old = issued(monkeypatch, lambda: make_participant_token(cancelled, "mentee"), days_ago(95))
    assert links.participant_link_ends_at(cancelled, links.issued_at(old)) <= timezone.now()
    assert links.participant_link_ends_at(cancelled, links.issued_at(token)) > timezone.now()


# -- the expired page --------------------------------------------------------------------------------------------
def test_an_ended_status_link_explains_and_offers_the_form_with_410(client, applicant, monkeypatch):
    decide(applicant, "withdrawn", days_ago(100))
    token = issued(monkeypatch, applicant.status_token, days_ago(100))
    with translation.override("en"):
        response = client.get(reverse("programs:application_status", args=[token]))
    assert response.status_code == 410
    body = response.content.decode()
    assert "This link has ended" in body and "after the final decision" in body
    assert f'action="{reverse("programs:fresh_link")}"'.replace("/tr/", "/en/") in body
    assert applicant.name not in body


def test_an_ended_draft_link_gives_410(client, calls):
    draft = ApplicationDraft.objects.create(call=calls["expert_digital"]("tr"), email="a@example.org", data={"name": "Ada"})
    close(draft.call)
    response = client.get(reverse("programs:application_draft", args=[make_draft_token(draft)]))
    assert response.status_code == 410
    assert "Ada" not in response.content.decode()


def test_an_ended_participant_link_gives_410(client, confirmed_match, monkeypatch):
    cancelled = match_workflow.transition(confirmed_match, match_states.CANCELLED, reason="Test")
    token = issued(monkeypatch, lambda: make_participant_token(cancelled, "mentee"), days_ago(95))
    Match.objects.filter(pk=cancelled.pk).update(updated_at=days_ago(91))
    response = client.get(reverse("matching_public:participant", args=[token]))
    assert response.status_code == 410
    assert "Hakan" not in response.content.decode()


def test_a_forged_link_stays_404(client, applicant):
    token = applicant.status_token()
    assert client.get(reverse("programs:application_status", args=[token[:-2] + "xx"])).status_code == 404


# -- the fresh-link form -----------------------------------------------------------------------------------------
def without_csrf(response) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def test_the_answer_is_the_same_for_known_and_unknown_addresses(client, applicant):
    known = client.post(FRESH, {"email": applicant.email.upper()})
    assert len(mail.outbox) == 1
    unknown = client.post(FRESH, {"email": "nobody@example.org"})
    assert len(mail.outbox) == 1
    assert known.status_code == unknown.status_code == 200
    assert without_csrf(known) == without_csrf(unknown)


def test_the_fresh_link_works_again_for_an_old_decision(client, applicant, monkeypatch):
    decide(applicant, "withdrawn", days_ago(200))
    client.post(FRESH, {"email": applicant.email})
    message = mail.outbox[0]
    assert message.to == [applicant.email]
    link = re.search(r"https?://\S+/applications/\S+/", message.body).group(0)
    response = client.get(link.split("://", 1)[1].split("/", 1)[1].join(["/", ""]))
    assert response.status_code == 200
    assert applicant.reference in response.content.decode()


def test_participants_get_their_own_side_of_the_match(client, confirmed_match):
    mail.outbox.clear()
    client.post(FRESH, {"email": confirmed_match.mentor.email})
    [message] = mail.outbox
    side = {role: make_participant_token(confirmed_match, role).split(":")[0] for role in ("mentor", "mentee")}
    assert side["mentor"] in message.body
    assert side["mentee"] not in message.body


def test_anonymised_applications_get_no_links(client, applicant):
    Application.objects.filter(pk=applicant.pk).update(anonymised_at=timezone.now())
    client.post(FRESH, {"email": applicant.email})
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": ""}, "Enter the e-mail address you applied with."),
        ({"email": "not-an-address"}, "Enter an e-mail address like name@example.org."),
        ({"email": "a" * 250 + "@example.org"}, "An e-mail address has at most 254 characters."),
        ({"email": "x@example.org", "website": "http://spam"}, "Leave this field empty."),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_no_email(client, applicant, data, message):
    if data["email"] == "x@example.org":
        data["email"] = applicant.email
    with translation.override("en"):
        response = client.post(reverse("programs:fresh_link"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert mail.outbox == []


def test_a_groups_mentors_get_the_mentor_side_of_each_match_of_their_group(client, match_pair, institutions, themes):
    from tests.factories.applications import ApplicationFactory
    from tests.factories.matching import group, match, with_consents

    mentee, mentor = match_pair
    second = ApplicationFactory(call=mentee.call, role="mentor", name="İkinci Mentor", email="ikinci.mentor@example.org",
                                institution=institutions["limanici"], themes=[themes["digital"]],
                                statuses=["under_review", "eligible", "shortlisted"])
    team = group(mentee.call, [mentor, second])
    confirmed = match_workflow.transition(with_consents(match(mentee, group=team)), match_states.CONFIRMED)
    mail.outbox.clear()
    client.post(FRESH, {"email": second.email})
    [message] = mail.outbox
    assert message.to == [second.email]
    assert make_participant_token(confirmed, "mentor").split(":")[0] in message.body
    assert make_participant_token(confirmed, "mentee").split(":")[0] not in message.body


def test_an_unsent_draft_gets_its_resume_link_again_while_its_call_is_open(client, calls):
    open_draft = ApplicationDraft.objects.create(call=calls["expert_digital"]["tr"], email="taslak.sahibi@example.org", language="tr")
    ended = ApplicationDraft.objects.create(call=calls["expert_standing"]["tr"], email="taslak.sahibi@example.org", language="tr")
    ApplicationDraft.objects.filter(pk=ended.pk).update(updated_at=days_ago(31))
    client.post(FRESH, {"email": "Taslak.Sahibi@example.org"})
    [message] = mail.outbox
    assert message.to == ["taslak.sahibi@example.org"]
    assert make_draft_token(open_draft).split(":")[0] in message.body
    assert make_draft_token(ended).split(":")[0] not in message.body
    link = re.search(r"https?://\S+/applications/draft/\S+/", message.body).group(0)
    assert client.get("/" + link.split("://", 1)[1].split("/", 1)[1]).status_code == 200
