"""A form sent with errors: the focus lands on the error summary, whose links follow the form and focus their field.

Waits use `expect(...).to_be_focused()`, not `wait_for_function` with a string: the site's CSP forbids
`eval`, which Playwright needs to poll a string predicate in the page."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from programs.followup.tokens import make_participant_token
from programs.models import Feedback, Match
from tests.integration.calls_support import demo_call

pytestmark = pytest.mark.browser

LINK_TARGETS = "() => [...document.querySelectorAll('[data-error-summary] a')].map(a => a.hash.slice(1))"
IN_DOCUMENT_ORDER = """ids => ids.every((id, i) => i === 0 ||
    (document.getElementById(ids[i - 1]).compareDocumentPosition(document.getElementById(id)) & Node.DOCUMENT_POSITION_FOLLOWING))"""


def test_the_error_summary_takes_the_focus_and_leads_to_each_field(demo_site, page, axe_check, tmp_path):
    call = demo_call("expert_digital", "en")
    questions = [q for q in call.questions.all() if q.required and q.field_type in ("singleline", "multiline", "dropdown", "checkbox")]
    page.goto(demo_site.url + call.url + "apply/")

    page.fill("#id_email", "jane@example.org")
    page.fill("#id_phone", "not a phone")
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    page.set_input_files("#id_attachments", str(bad))
    page.get_by_role("button", name="Send application").click()
    page.wait_for_selector("[data-error-summary]")
    expect(page.locator("[data-error-summary]")).to_be_focused()

    assert page.evaluate("document.activeElement.getAttribute('role')") == "alert"
    targets = page.evaluate(LINK_TARGETS)
    question_ids = ["id_q_" + q.clean_name for q in questions]
    assert {"id_name", "id_phone", "id_role_0", "id_attachments", "id_data_consent", *question_ids} <= set(targets), targets
    assert page.evaluate(IN_DOCUMENT_ORDER, targets), targets
    assert targets.index("id_description") < targets.index(question_ids[0]) < targets.index("id_attachments") < targets.index("id_data_consent")
    texts = page.locator("[data-error-summary] li").all_inner_texts()
    assert "I agree to the processing of my personal data for this call: This field is required." in texts
    assert not [t for t in texts if ".:" in t or "?:" in t], texts
    axe_check(page, "application form with errors, summary focused")

    # Keyboard: Tab from the summary reaches its first link; Enter moves the focus to that field.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hash") == "#" + targets[0]
    page.keyboard.press("Enter")
    expect(page.locator(f"#{targets[0]}")).to_be_focused()

    # Every other link focuses its own field too (radio and checkbox groups: their first option).
    for target in targets[1:]:
        page.locator(f"[data-error-summary] a[href='#{target}']").click()
        expect(page.locator(f"#{target}")).to_be_focused()
        assert page.locator(f"#{target}").is_visible()

    # The same on a saved draft's form (reached through its private link) and on a participant's feedback form.
    page.fill("#id_name", "Jane Örnek")
    page.get_by_role("button", name="Save as draft and e-mail me a link").click()
    page.wait_for_load_state()
    sent = [message for message in mail.outbox if message.to == ["jane@example.org"]]
    draft_path = re.search(r"/en/applications/draft/\S+/", sent[-1].body).group(0)
    page.goto(demo_site.url + draft_path)
    assert page.input_value("#id_name") == "Jane Örnek"
    page.get_by_role("button", name="Send application").click()
    expect(page.locator("[data-error-summary]")).to_be_focused()
    assert page.evaluate(LINK_TARGETS)[0] == "id_phone"

    match = Match.objects.get(mentee__email="gul.taslak@example.org")
    item = Feedback.objects.create(match=match, respondent="mentee", stage="midpoint")
    with translation.override("tr"):
        url = reverse("matching_public:feedback", args=[make_participant_token(match, "mentee"), item.pk])
    page.goto(demo_site.url + url)
    page.get_by_role("button", name="Geri bildirimimi gönder").click()
    expect(page.locator("[data-error-summary]")).to_be_focused()
    assert page.locator("[data-error-summary] li").all_inner_texts() == [
        "Genel olarak mentorluk sizin için ne kadar yararlı? Bu alan zorunludur."
    ]
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#id_rating_0")).to_be_focused()
    axe_check(page, "feedback form with errors")
