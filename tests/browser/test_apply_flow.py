"""A visitor applies to an open call in English; the secretariat moves the application on; the applicant sees it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from home import roles
from programs.models import Application
from tests.browser.application_form import answer_call_questions, choose_mentee_options
from tests.integration.calls_support import PDF, demo_call

pytestmark = pytest.mark.browser


def test_apply_end_to_end_and_secretariat_review(demo_site, page, axe_check, tmp_path):
    call = demo_call("expert_digital", "en")
    page.goto(demo_site.url + call.url)
    assert page.get_by_role("heading", level=1).inner_text() == call.title
    axe_check(page, "call page")

    page.get_by_role("link", name="Apply now").first.click()
    page.wait_for_url("**/apply/")
    axe_check(page, "application form")

    # Sending an empty form shows every problem and keeps what was typed.
    page.fill("#id_name", "Jane Örnek-Дмитриева")
    page.get_by_role("button", name="Send application").click()
    summary = page.get_by_role("alert")
    assert "Please correct the following" in summary.inner_text()
    assert page.input_value("#id_name") == "Jane Örnek-Дмитриева"
    axe_check(page, "application form with errors")

    page.fill("#id_email", "jane@example.org")
    page.fill("#id_phone", "+90 312 000 00 00")
    choose_mentee_options(page)
    page.fill("#id_description", "We want to move paper petitions to one e-government workflow.")
    answer_call_questions(page, call)
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(PDF)
    page.set_input_files("#id_attachments", str(cv))
    page.check("#id_data_consent")
    page.get_by_role("button", name="Send application").click()

    page.wait_for_url("**/apply/sent/")
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you, your application is received"
    axe_check(page, "confirmation")

    # The reference and the private link travel by e-mail only (the page is the same for an address that had applied).
    sent = [message for message in mail.outbox if message.to == ["jane@example.org"]]  # the demo loader may send others
    assert len(sent) == 1
    reference = re.search(r"MP-\d{4}-\d{5}", sent[0].subject).group(0)
    assert reference not in page.content()
    # Lost the e-mail? The page and the e-mail both point to the form that sends the links again.
    fresh = page.get_by_role("link", name="ask for your private links again")
    assert fresh.get_attribute("href") == "/en/applications/new-link/"
    assert "/en/applications/new-link/" in sent[0].body
    status_path = re.search(r"/en/applications/\S+/", sent[0].body).group(0)
    page.goto(demo_site.url + status_path)
    assert page.locator("#application-status").inner_text() == "Submitted"
    axe_check(page, "status page")

    # The secretariat reviews it in the Wagtail admin.
    user = get_user_model().objects.create_user("sekreter", "sekreter@example.org", "s3cret-pass-2026")
    user.groups.add(Group.objects.get(name=roles.SECRETARIAT))
    application = Application.objects.get(reference=reference)
    page.goto(f"{demo_site.url}/admin/login/")
    page.fill("#id_username", "sekreter")
    page.fill("#id_password", "s3cret-pass-2026")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{demo_site.url}/admin/")
    page.goto(f"{demo_site.url}/admin/programs_application/inspect/{application.pk}/")
    page.select_option("#id_to_status", "under_review")
    page.fill("#id_note", "Complete, reviewing.")
    page.get_by_role("button", name=re.compile("Change status|Durumu değiştir")).click()
    page.wait_for_selector("#admin-application-status")
    application.refresh_from_db()
    assert application.status == "under_review"

    page.goto(demo_site.url + status_path)
    assert page.locator("#application-status").inner_text() == "Under review"
