"""Applying end to end without a browser: reference, e-mail, private files, drafts, status and withdrawal."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext

from programs.models import Application, ApplicationDraft
from tests.factories.applications import PNG, apply_url, close, pdf, valid_data

pytestmark = pytest.mark.django_db


def assert_private(response):
    """Pages reached by a private link are neither indexed, cached nor named to other sites.

    "same-origin", not "no-referrer": with "no-referrer" browsers post the page's own forms
    with "Origin: null" and the CSRF check refuses them (tests/browser/test_private_links.py)."""
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def test_success_sends_the_reference_and_a_private_status_link_by_email_in_the_applicants_language(open_call, client):
    call = open_call("tr")
    data = valid_data(call, email="Yeni.Basvuru@Example.org")
    data["attachments"] = [pdf("özgeçmiş.pdf"), pdf("logo.png", PNG)]
    response = client.post("/tr" + apply_url(call)[3:], data, HTTP_ACCEPT_LANGUAGE="tr")
    assert response.status_code == 302
    application = Application.objects.get(email="yeni.basvuru@example.org")
    assert re.fullmatch(r"MP-\d{4}-\d{5}", application.reference)
    assert application.language == "tr"
    assert [e.to_status for e in application.events.all()] == ["submitted"]
    assert response.url == "/tr" + apply_url(call)[3:] + "sent/"
    done = client.get(response.url)
    with translation.override("tr"):
        assert gettext("Thank you, your application is received") in done.content.decode()
    assert application.reference not in done.content.decode(), "the reference travels by e-mail only"
    assert_private(done)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["yeni.basvuru@example.org"]
    assert application.reference in message.subject and "Başvurunuz alındı" in message.subject
    link = re.search(r"https?://\S+/tr/applications/\S+/", message.body).group(0)
    status_page = client.get(link.split("testserver")[-1]).content.decode()
    assert "Gönderildi" in status_page

    files = list(application.attachments.order_by("pk"))
    assert [(f.original_name, f.content_type) for f in files] == [("özgeçmiş.pdf", "application/pdf"), ("logo.png", "image/png")]
    private_root = str(settings.STORAGES["private"]["OPTIONS"]["location"])
    assert files[0].file.path.startswith(private_root)
    assert not files[0].file.path.startswith(str(settings.MEDIA_ROOT))


def test_references_follow_a_sequence(open_call, client):
    call = open_call()
    refs = []
    for n in range(2):
        client.post(apply_url(call), valid_data(call, email=f"seq{n}@example.org"))
        refs.append(Application.objects.get(email=f"seq{n}@example.org").reference)
    first, second = (int(r.rsplit("-", 1)[1]) for r in refs)
    assert second == first + 1


def test_unicode_in_any_script_is_kept_exactly(open_call, client):
    call = open_call()
    text = "İğüşöç ıİ — Привет — مرحبا — 🙂👍🏽"
    client.post(apply_url(call), valid_data(call, name=text, description=text, availability=text))
    application = Application.objects.get(email="ayse.yilmaz@example.org")
    assert (application.name, application.description, application.availability) == (text, text, text)


def test_a_draft_keeps_the_answers_and_resumes_through_a_private_link_until_the_call_closes(open_call, client):
    call = open_call()
    long_text = "Uzun bir ihtiyaç tanımı. " * 150
    data = valid_data(call, phone="", description=long_text, save_draft="1")
    response = client.post(apply_url(call), data)
    assert response.status_code == 200
    assert "expires when the call closes" in response.content.decode()
    assert Application.objects.filter(email="ayse.yilmaz@example.org").count() == 0
    draft = ApplicationDraft.objects.get(email="ayse.yilmaz@example.org")
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/applications/draft/\S+/", mail.outbox[0].body).group(0).split("testserver")[-1]
    assert_private(response)
    resumed_response = client.get(link)
    assert_private(resumed_response)
    resumed = resumed_response.content.decode()
    assert long_text.strip() in resumed
    assert "Welcome back" in resumed
    close(call)
    ended = client.get(link)
    assert ended.status_code == 410
    assert "This link has ended" in ended.content.decode()
    assert client.get(link[:-5] + "XXXX/").status_code == 404
    assert draft.pk


def test_a_draft_needs_an_email(open_call, client):
    call = open_call()
    response = client.post(apply_url(call), {"name": "x", "save_draft": "1"})
    assert response.status_code == 400
    assert "Enter your e-mail address so that we can send you the link" in response.content.decode()
    assert not ApplicationDraft.objects.exists()


def test_the_applicant_can_withdraw_until_matched(applicant, client):
    application = applicant
    token = application.status_token()
    status_page = client.get(f"/en/applications/{token}/")
    assert_private(status_page)
    page = status_page.content.decode()
    assert "Withdraw my application" in page
    response = client.post(f"/en/applications/{token}/withdraw/")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "withdrawn"
    assert application.events.last().to_status == "withdrawn"
    page = client.get(response.url).content.decode()
    assert "Withdraw my application" not in page
    assert client.post(f"/en/applications/{token}/withdraw/").status_code == 409


def test_status_page_shows_nothing_without_the_link(client):
    assert client.get("/en/applications/").status_code == 404
