"""The privacy notice shows its version; an application sent in Chromium keeps the version it showed;
the draft e-mail's delete link asks, then deletes the draft."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from home.models import PrivacyNoticePage
from programs.models import Application, ApplicationDraft
from tests.browser.application_form import answer_call_questions, choose_mentee_options
from tests.integration.calls_support import demo_call

pytestmark = pytest.mark.browser


def test_the_notice_page_shows_its_version_and_the_application_keeps_it(demo_site, page, axe_check):
    notice = PrivacyNoticePage.objects.live().get(locale__language_code="en")
    version = notice.current_version
    page.goto(demo_site.url + notice.url)
    assert page.locator("main").get_by_text(f"Version {version.number}, published {timezone.localtime(version.published_at):%d.%m.%Y}").is_visible()
    axe_check(page, "privacy notice")

    call = demo_call("expert_digital", "en")
    page.goto(demo_site.url + call.url + "apply/")
    assert page.get_by_role("link", name="Read the privacy notice").get_attribute("href") == notice.url
    page.fill("#id_name", "Deniz Bildirim")
    page.fill("#id_email", "deniz.bildirim@example.org")
    page.fill("#id_phone", "+90 312 000 00 00")
    choose_mentee_options(page)
    page.fill("#id_description", "We want to move paper petitions to one e-government workflow.")
    answer_call_questions(page, call)
    page.check("#id_data_consent")
    before = timezone.now()
    page.get_by_role("button", name="Send application").click()
    page.wait_for_url("**/apply/sent/")

    application = Application.objects.get(email="deniz.bildirim@example.org")
    assert application.privacy_notice == version
    assert before <= application.privacy_agreed_at <= timezone.now()


def test_a_draft_is_deleted_from_the_link_in_its_email_after_confirming(demo_site, page, axe_check):
    call = demo_call("expert_digital", "en")
    page.goto(demo_site.url + call.url + "apply/")
    page.fill("#id_name", "Deniz Taslak")
    page.fill("#id_email", "deniz.taslak@example.org")
    page.get_by_role("button", name="Save as draft and e-mail me a link").click()
    page.get_by_role("heading", name="Your draft is saved").wait_for()
    draft = ApplicationDraft.objects.get(email="deniz.taslak@example.org")
    assert draft.data == {"name": ["Deniz Taslak"], "preferred_format": ["either"]}  # the form preselects "either"

    (message,) = [m for m in mail.outbox if m.to == ["deniz.taslak@example.org"]]
    delete_link = re.findall(r"https?://\S+/delete/", message.body)[0]
    page.goto(demo_site.url + "/" + delete_link.split("/", 3)[3])
    assert page.get_by_role("heading", level=1).inner_text() == "Delete this draft?"
    axe_check(page, "delete draft confirmation")
    assert ApplicationDraft.objects.filter(pk=draft.pk).exists()
    page.get_by_role("button", name="Delete the draft").click()
    page.get_by_role("heading", name="The draft is deleted").wait_for()
    axe_check(page, "draft deleted")
    assert not ApplicationDraft.objects.filter(pk=draft.pk).exists()
