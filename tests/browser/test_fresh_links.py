"""An ended private link in Chromium: the 410 page explains and offers the fresh-link form; the new link works."""

import datetime
import re

import pytest
from django.core import mail, signing
from django.utils import timezone

from programs.applications import states
from programs.models import Application

pytestmark = pytest.mark.browser


def test_an_ended_status_link_leads_to_a_fresh_one(demo_site, page, axe_check, monkeypatch):
    application = Application.objects.filter(status=Application.Status.SUBMITTED).order_by("pk").first()
    states.change_status(application, "withdrawn", note="Test", notify=False)
    long_ago = timezone.now() - datetime.timedelta(days=100)
    application.events.filter(to_status="withdrawn").update(created_at=long_ago)
    monkeypatch.setattr(signing.time, "time", lambda: long_ago.timestamp())
    old_token = application.status_token()
    monkeypatch.undo()

    response = page.goto(f"{demo_site.url}/en/applications/{old_token}/")
    assert response.status == 410
    assert page.get_by_role("heading", level=1).inner_text() == "This link has ended"
    assert application.name not in page.content()
    axe_check(page, "ended status link (en)")

    mail.outbox.clear()
    page.get_by_label("Your e-mail address").fill(application.email.upper())
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Send me a new link").click()
    assert posted.value.status == 200
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Check your e-mail"
    axe_check(page, "fresh link asked (en)")

    [message] = mail.outbox
    assert message.to == [application.email]
    link = re.search(r"https?://\S+/applications/\S+/", message.body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert page.goto(demo_site.url + path).status == 200
    assert application.reference in page.content()


def test_the_fresh_link_form_refuses_an_empty_address_and_sends_nothing(demo_site, page, axe_check):
    mail.outbox.clear()
    page.goto(f"{demo_site.url}/en/applications/new-link/")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Send me a new link").click()
    assert posted.value.status == 400
    page.wait_for_load_state()
    assert "Enter the e-mail address you applied with." in page.locator(".error-summary").inner_text()
    axe_check(page, "fresh link form with an error (en)")
    assert mail.outbox == []
