"""Data-subject requests: one screen finds everything about an address, the ZIP holds it and nothing about anyone
else, erasure leaves no trace of the person and keeps the figures; applicants ask from their status page."""

import datetime
import io
import json
import zipfile

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from home import roles
from programs.applications import applying
from programs.applications.states import LOG_ACTION
from programs.followup.dashboard import dashboard_data
from programs.models import AccessRecord, Application, ApplicationDraft, DataSubjectRequest
from programs.privacy import subjects
from tests.integration.matching.matching_support import app, closed_call_pool, secretariat, user_in  # noqa: F401
from tests.integration.privacy.privacy_support import GUL, SERKAN, completed_year, where_found

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]

PERSON = reverse("personal_data:person")


@pytest.fixture
def year(calls):
    year = completed_year(calls["expert_digital"]("tr"), calls["expert_standing"]("tr"))
    ApplicationDraft.objects.create(call=calls["expert_digital"]("tr"), email=GUL.upper(), data={"name": "Gül'ün taslağı"})
    return year


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def figures():
    data = dashboard_data()
    return {key: data[key] for key in ("per_call", "states", "meetings", "meeting_hours", "feedback")}


def test_the_finder_gathers_every_kind_of_record_of_the_address_in_any_case(year):
    records = subjects.records_for(GUL.upper())
    gul = app(GUL)
    assert [a.pk for a in records.applications] == [gul.pk]
    assert [m.pk for m, side in records.matches] == [year.pk] and records.matches[0][1] == "mentee"
    assert len(records.drafts) == 1 and len(records.consents) == 3 and len(records.meetings) == 2
    assert [f.respondent for f in records.feedback] == ["mentee"]
    assert records.events and all(e.application_id == gul.pk for e in records.events)
    assert all(n.recipient.lower() == GUL for n in records.notifications)


def test_the_zip_holds_every_record_and_file_of_the_person_and_nothing_about_anyone_else(year):
    files = unzip(subjects.export_zip(subjects.records_for(GUL)))
    data = {name.removesuffix(".json"): json.loads(body) for name, body in files.items() if name.endswith(".json")}
    (application,) = data["applications"]
    gul = app(GUL)
    assert (application["reference"], application["name"], application["email"], application["phone"]) == (gul.reference, gul.name, GUL, gul.phone)
    assert [m["id"] for m in data["matches"]] == [year.pk] and data["matches"][0]["other_side"] == "mentor"
    assert len(data["meetings"]) == 2 and data["feedback"][0]["went_well"].startswith("Aylin Hanım")
    assert all(m["notes"] == "" for m in data["meetings"] if m["logged_by"] != "mentee")  # not the others' words
    assert len(data["drafts"]) == 1 and "README.txt" in files
    (path,) = [name for name in files if name.startswith("files/")]
    assert files[path] == b"%PDF-1.4" and path in application["files"]
    everything = b"".join(files.values()).decode("utf-8", "replace")
    for other in Application.objects.exclude(pk=gul.pk):  # the mentor and every other applicant
        assert other.email not in everything and other.name not in everything and other.phone not in everything
    assert "Kurgusal" not in everything


def test_erasure_leaves_no_trace_of_the_person_keeps_others_and_the_figures(year, secretariat, django_capture_on_commit_callbacks):
    gul = app(GUL)
    before, others = figures(), list(Application.objects.exclude(pk=gul.pk).values("pk", "name", "email", "phone"))
    stored = gul.attachments.get().file
    with django_capture_on_commit_callbacks(execute=True):
        summary = subjects.erase_person(GUL, reason="Başvuranın 02.12.2026 tarihli e-postası", user=secretariat)
    assert summary["applications"] == [gul.pk] and summary["matches"] == [year.pk]
    assert where_found("Gül Taslak", GUL, gul.phone, "Gül'ün taslağı", "Aylin Hanım çok yardımcı") == []
    assert not stored.storage.exists(stored.name)
    assert list(Application.objects.exclude(pk=gul.pk).values("pk", "name", "email", "phone")) == others
    assert figures() == before
    (item,) = DataSubjectRequest.objects.all()
    assert (item.kind, item.status, item.handled_by, item.outcome) == ("erasure", "done", secretariat, "Başvuranın 02.12.2026 tarihli e-postası")
    entry = ModelLogEntry.objects.get(action=subjects.LOG_ERASED)
    assert entry.data == {"applications": [gul.pk], "matches": [year.pk], "drafts": 1, "requests": [item.pk]}
    assert entry.user_id == secretariat.pk
    assert subjects.records_for(GUL).is_empty()
    assert subjects.erase_person(GUL, reason="again", user=secretariat)["applications"] == []  # nothing left to erase


@pytest.fixture
def people(db):
    return {
        "communications": user_in(roles.COMMUNICATIONS, "iletisim"),
        "moderator": user_in(roles.MODERATORS, "moderator"),
        "secretariat": user_in(roles.SECRETARIAT, "sekreter"),
    }


@pytest.mark.parametrize("who, allowed", [
    ("anonymous", False), ("communications", False), ("moderator", False), ("secretariat", True),
])
def test_permission_matrix_of_the_personal_data_screens(client, people, who, allowed):
    item = DataSubjectRequest.objects.create(email=GUL, kind="copy")
    gul = app(GUL)
    if who != "anonymous":
        client.force_login(people[who])
    requests = [
        ("get", PERSON, {}), ("get", f"{PERSON}?request={item.pk}", {}),
        ("post", PERSON, {"action": "find", "email": GUL}), ("post", PERSON, {"action": "export", "email": GUL}),
        ("post", PERSON, {"action": "erase", "email": GUL, "reason": "x", "confirm": "on"}),
        ("get", reverse("data_requests:index"), {}), ("get", reverse("data_requests:edit", args=[item.pk]), {}),
        ("get", reverse("retention_rules:index"), {}),
    ]
    for method, url, data in requests:
        response = getattr(client, method)(url, data)
        if allowed:
            assert response.status_code == 200, url
        elif who == "anonymous":
            assert response.status_code == 302 and "/login/" in response["Location"], url
        else:
            assert response.status_code in (302, 403) and "/login/" not in response.get("Location", ""), url
    gul.refresh_from_db()
    assert (gul.anonymised_at is not None) is allowed


def test_the_screen_finds_exports_and_erases_only_with_a_reason_and_a_confirmation(client, year, secretariat):
    with translation.override("en"):
        found = client.post(PERSON, {"action": "find", "email": GUL}).content.decode()
    assert app(GUL).reference in found and "Download as ZIP" in found
    exported = client.post(PERSON, {"action": "export", "email": GUL})
    assert exported["Content-Type"] == "application/zip" and "applications.json" in unzip(exported.content)
    assert AccessRecord.objects.filter(action="export", kind="application", object_id=app(GUL).pk).exists()
    for data, message in [
        ({"reason": "", "confirm": "on"}, "This field is required."),
        ({"reason": "\u200b\u200b", "confirm": "on"}, "Enter visible text"),
        ({"reason": "Talep"}, "This field is required."),
        ({"reason": "x" * 501, "confirm": "on"}, "at most 500 characters"),
    ]:
        with translation.override("en"):
            response = client.post(PERSON, {"action": "erase", "email": GUL, **data})
        assert response.status_code == 400 and message in response.content.decode()
        assert app(GUL).anonymised_at is None
    response = client.post(PERSON, {"action": "erase", "email": GUL, "reason": "Talep", "confirm": "on"})
    assert response.status_code == 200 and not Application.objects.filter(email=GUL).exists()
    assert AccessRecord.objects.filter(action="erase").count() == 1


def test_the_find_form_refuses_a_bad_address(client, secretariat):
    for email, message in [("", "This field is required."), ("gul@", "Enter a valid email address."),
                           ("gul@localhost", "real domain name")]:
        with translation.override("en"):
            response = client.post(PERSON, {"action": "find", "email": email})
        assert response.status_code == 400 and message in response.content.decode()


# -- the applicant's side -----------------------------------------------------------------

def ask_url(application, language="en"):
    with translation.override(language):
        return reverse("programs:application_data_request", args=[application.status_token()])


def test_an_applicant_asks_for_erasure_and_the_secretariat_is_told_with_the_deadline(client, year, secretariat):
    gul = app(GUL)
    mail.outbox.clear()
    with translation.override("en"):
        response = client.post(ask_url(gul), {"kind": "erasure", "message": "Lütfen silin."})
    assert response.status_code == 200 and "We have your request" in response.content.decode()
    item = DataSubjectRequest.objects.get()
    assert (item.email, item.kind, item.message, item.status) == (GUL, "erasure", "Lütfen silin.", "open")
    assert item.due_at - item.received_at == datetime.timedelta(days=30)
    (notice,) = mail.outbox
    assert notice.to == [secretariat.email] and timezone.localtime(item.due_at).strftime("%d.%m.%Y") in notice.subject
    assert GUL not in notice.body and "Lütfen" not in notice.body  # the details stay in the admin
    client.post(ask_url(gul), {"kind": "erasure"})
    assert DataSubjectRequest.objects.count() == 1 and len(mail.outbox) == 1  # asked twice, one request


@pytest.mark.parametrize("data, message", [
    ({"kind": ""}, "This field is required."),
    ({"kind": "everything"}, "Select a valid choice."),
    ({"kind": "copy", "message": "x" * 2001}, "at most 2000 characters"),
    ({"kind": "copy", "message": "\u200b\u2060"}, "Enter visible text"),
])
def test_the_request_form_refuses_bad_input_and_saves_nothing(client, year, data, message):
    with translation.override("en"):
        response = client.post(ask_url(app(GUL)), data)
    assert response.status_code == 400 and message in response.content.decode()
    assert DataSubjectRequest.objects.count() == 0


def test_the_queue_shows_days_left_and_overdue_requests(client, secretariat):
    DataSubjectRequest.objects.create(email=GUL, kind="copy")
    late = DataSubjectRequest.objects.create(email=SERKAN, kind="erasure")
    DataSubjectRequest.objects.filter(pk=late.pk).update(due_at=late.due_at - datetime.timedelta(days=32))
    with translation.override("en"):
        html = client.get(reverse("data_requests:index")).content.decode()
    assert "30 days left" in html and "Overdue by 2 days" in html
    assert f"?request={late.pk}" in html


def test_closing_a_request_in_the_queue_records_who_and_when(client, secretariat):
    item = DataSubjectRequest.objects.create(email=GUL, kind="copy")
    received = timezone.localtime(item.received_at).strftime("%Y-%m-%d %H:%M")
    data = {"email": GUL, "language": "tr", "kind": "copy", "message": "", "received_at": received, "status": "done",
            "outcome": "ZIP sent by e-mail."}
    response = client.post(reverse("data_requests:edit", args=[item.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    item.refresh_from_db()
    assert (item.status, item.handled_by, item.outcome) == ("done", secretariat, "ZIP sent by e-mail.") and item.handled_at


def test_the_request_form_shares_the_application_forms_rate_limit(client, year):
    limit, _window = applying.RATE_LIMIT
    for _n in range(limit):
        applying.count_attempt("127.0.0.1")
    try:
        with translation.override("en"):
            response = client.post(ask_url(app(GUL)), {"kind": "copy"})
    finally:
        cache.clear()  # the budget is per address, shared with every other test's posts
    assert response.status_code == 429 and "Too many attempts" in response.content.decode()
    assert DataSubjectRequest.objects.count() == 0


def test_erasing_a_mentee_removes_their_name_from_the_mentors_history_too(match_pair, confirmed_match, secretariat):
    """Matches are named by number in histories now; histories written before still named both people."""
    mentee, mentor = match_pair
    mentor.refresh_from_db()
    note = mentor.events.last().note
    assert str(confirmed_match.pk) in note and mentee.name not in note
    mentor.events.create(from_status="matched", to_status="matched", note=f"{mentee.name} ↔ {mentor.name}")
    log(instance=mentor, action=LOG_ACTION, data={"from": "shortlisted", "to": "matched", "note": f"{mentee.name} ↔ {mentor.name}"})
    subjects.erase_person(mentee.email, reason="Talep", user=secretariat)
    assert where_found(mentee.name, mentee.email) == []
    assert Application.objects.get(pk=mentor.pk).name == mentor.name  # the mentor keeps their own data
