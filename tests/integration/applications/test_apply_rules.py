"""The application form's rules: each bad input gets a clear message and writes nothing."""

import io
import zipfile

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from programs.models import Application, ApplicationAttachment, ApplicationDraft
from programs.uploads import MAX_FILE_SIZE
from tests.factories.applications import PDF, apply_url, close, pdf, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def counts():
    return Application.objects.count(), ApplicationAttachment.objects.count(), ApplicationDraft.objects.count()



def _rate_limited(call):
    from programs.applications.applying import RATE_LIMIT, count_attempt

    for _ in range(RATE_LIMIT[0]):
        count_attempt("127.0.0.1")


# (case, data overrides, files, set-up, expected message, status)
def _docx_with_exe() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/setup.exe", b"MZ\x90\x00" + b"\x00" * 64)
    return out.getvalue()


BAD_INPUTS = [
    ("missing name", {"name": ""}, None, None, "This field is required.", 400),
    ("bad e-mail", {"email": "ayse@"}, None, None, "Enter a valid email address.", 400),
    ("bad phone", {"phone": "call me"}, None, None, "Enter a phone number with 7 to 15 digits", 400),
    ("phone too short", {"phone": "12 34"}, None, None, "Enter a phone number with 7 to 15 digits", 400),
    ("no institution", {"institution": "", "institution_other": ""}, None, None, "Choose your institution from the list", 400),
    ("no consent", {"data_consent": None}, None, None, "This field is required.", 400),
    ("no themes", {"themes": []}, None, None, "This field is required.", 400),
    ("unknown role", {"role": "boss"}, None, None, "Select a valid choice. boss is not one of the available choices.", 400),
    ("description too long", {"description": "x" * 10_000}, None, None, "Ensure this value has at most 5000 characters (it has 10000).", 400),
    ("honeypot filled", {"website": "http://spam.example"}, None, None, "Leave this field empty.", 400),
    ("exe renamed pdf", {}, lambda: [SimpleUploadedFile("cv.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf")], None,
     "is not a PDF, DOCX, ODT, PNG or JPEG file", 400),
    ("html renamed pdf", {}, lambda: [SimpleUploadedFile("cv.pdf", b"<script>alert(1)</script>", "application/pdf")], None,
     "is not a PDF, DOCX, ODT, PNG or JPEG file", 400),
    ("docx holding a program", {}, lambda: [SimpleUploadedFile("cv.docx", _docx_with_exe())], None,
     "could not be opened as the file it claims to be", 400),
    ("pdf/html polyglot", {}, lambda: [pdf("cv.pdf", PDF + b"<html><script>alert(1)</script></html>")], None,
     "could not be opened as the file it claims to be", 400),
    ("empty file", {}, lambda: [SimpleUploadedFile("empty.pdf", b"", "application/pdf")], None, "The submitted file is empty.", 400),
    ("oversized file", {}, lambda: [pdf("big.pdf", PDF + b"0" * MAX_FILE_SIZE)], None, "the limit is 5.0", 400),
    ("four files", {}, lambda: [pdf(f"f{i}.pdf") for i in range(4)], None, "Attach at most 3 files.", 400),
    ("missing required extra question", {"q_the_digital_project_you_are_working_on_or_have_completed": ""}, None, None,
     "This field is required.", 400),
    ("rate limited", {}, None, _rate_limited, "Too many attempts from your network", 429),
    ("closed call", {}, None, close, "This call is not open for applications", 403),
]


@pytest.mark.parametrize("case,overrides,files,setup,message,status", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_written(open_call, client, case, overrides, files, setup, message, status):
    call = open_call()
    data = valid_data(call, **overrides)
    if files:
        data["attachments"] = files()
    if setup:
        setup(call)
    before = counts()
    response = client.post(apply_url(call), data)
    assert response.status_code == status
    assert message in response.content.decode()
    assert counts() == before
    assert mail.outbox == []


def test_a_second_application_from_the_address_answers_like_a_first_and_tells_only_the_mailbox(open_call, client):
    call = open_call("en")
    existing = Application.objects.create(
        call=call, role="mentee", name="First", email="ayse.yilmaz@example.org", phone="+90 312 000 00 00",
        description="first", data_consent=True,
    )
    new = client.post(apply_url(call), valid_data(call, email="someone.new@example.org"))
    assert Application.objects.filter(email="someone.new@example.org").exists()
    mail.outbox.clear()
    before = counts()
    again = client.post(apply_url(call), valid_data(call, email="Ayse.Yilmaz@example.org"))
    # Both answers are the same redirect to the same page: nothing tells whether the address had applied.
    assert (again.status_code, again["Location"]) == (new.status_code, new["Location"]) == (302, apply_url(call) + "sent/")
    body = client.get(again["Location"]).content.decode()
    assert "Check your e-mail" in body and existing.reference not in body and "already" not in body
    assert counts() == before
    [notice] = mail.outbox
    assert notice.to == ["ayse.yilmaz@example.org"]
    assert existing.reference in notice.body and "/applications/" in notice.body


def test_answers_are_kept_after_a_failed_validation_and_files_must_be_chosen_again(open_call, client):
    call = open_call()
    data = valid_data(call, phone="nope", description="Uzun cevabım: çok önemli — 日本語 🙂")
    data["attachments"] = [pdf()]
    html = client.post(apply_url(call), data).content.decode()
    assert "Uzun cevabım: çok önemli — 日本語 🙂" in html
    assert 'value="Ayşe Yılmaz"' in html
    assert "attached files are not kept: please choose them again" in html


def test_a_form_opened_before_the_deadline_and_sent_after_it_is_refused(open_call, client):
    call = open_call()
    assert client.get(apply_url(call)).status_code == 200
    close(call)
    response = client.post(apply_url(call), valid_data(call))
    assert response.status_code == 403
    assert not Application.objects.filter(email="ayse.yilmaz@example.org").exists()


def test_markup_is_stored_as_text_and_shown_escaped(open_call, client):
    call = open_call()
    response = client.post(apply_url(call), valid_data(call, name="<script>alert(1)</script>", description="<b>bold</b> & co"))
    assert response.status_code == 302
    application = Application.objects.get(email="ayse.yilmaz@example.org")
    assert application.name == "<script>alert(1)</script>"
    status = client.get(f"/en/applications/{application.status_token()}/").content.decode()
    assert "<script>alert(1)</script>" not in status
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in status


@pytest.mark.parametrize("token", ["nonsense", "WzEsImFiYyJd:1abc:zzz"])
def test_a_tampered_or_invented_status_token_is_a_404(client, token):
    assert client.get(f"/en/applications/{token}/").status_code == 404


def test_a_tampered_real_token_is_a_404(applicant, client):
    application = applicant
    token = application.status_token()
    assert client.get(f"/en/applications/{token}/").status_code == 200
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert client.get(f"/en/applications/{tampered}/").status_code == 404
