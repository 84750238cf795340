"""The Wagtail page editor works under the admin's Content-Security-Policy."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.browser


def admin_login(page, base_url, username="admin", password="mentor-demo-2026"):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}/admin/")


def test_page_editor_runs_without_csp_violations(demo_site, page):
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    admin_login(page, demo_site.url)
    about = Page.objects.get(slug="hakkinda", locale__language_code="tr")
    page.goto(f"{demo_site.url}/admin/pages/{about.pk}/edit/")
    title = page.locator("#id_title")
    title.fill("Program Hakkında (taslak)")
    # The StreamField editor is rendered by the admin's JavaScript: if CSP
    # blocked it, the block "add" buttons would never appear.
    page.locator("[data-streamfield-stream-container]").first.wait_for()
    page.screenshot(path="/tmp/editor.png")
    page.get_by_role("button", name="Taslağı kaydet").first.click()
    page.wait_for_load_state("networkidle")
    assert Page.objects.get(pk=about.pk).get_latest_revision().content["title"] == "Program Hakkında (taslak)"
    assert violations == []


def test_schedule_dialog_date_picker_initialises_without_inline_script(demo_site, page):
    admin_login(page, demo_site.url)
    about = Page.objects.get(slug="hakkinda", locale__language_code="tr")
    page.goto(f"{demo_site.url}/admin/pages/{about.pk}/edit/")
    page.locator("[data-portal-datetime-chooser='id_go_live_at'][data-ready]").wait_for(state="attached")
