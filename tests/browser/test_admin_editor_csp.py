"""The Wagtail page editor works under the admin's Content-Security-Policy."""

import pytest
from wagtail.models import Page

from demo.loader.accounts import DEV_PASSWORD, USERNAME

pytestmark = pytest.mark.browser


def admin_login(page, base_url, username=USERNAME, password=DEV_PASSWORD):
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
    page.get_by_role("button", name="Taslağı kaydet").first.click()
    page.wait_for_load_state("networkidle")
    assert Page.objects.get(pk=about.pk).get_latest_revision().content["title"] == "Program Hakkında (taslak)"
    assert violations == []


def test_schedule_dialog_date_picker_initialises_without_inline_script(demo_site, page):
    admin_login(page, demo_site.url)
    about = Page.objects.get(slug="hakkinda", locale__language_code="tr")
    page.goto(f"{demo_site.url}/admin/pages/{about.pk}/edit/")
    page.locator("[data-portal-datetime-chooser='id_go_live_at'][data-ready]").wait_for(state="attached")


def open_editor(page, base_url, model):
    """Open the editor of the demo's first `model` page, collecting CSP violations."""
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    admin_login(page, base_url)
    target = Page.objects.exact_type(model).filter(locale__language_code="tr").order_by("pk").first()
    page.goto(f"{base_url}/admin/pages/{target.pk}/edit/")
    return violations


def open_chooser_modal(page, field_id):
    chooser = page.locator(f"#{field_id}-chooser")
    if "blank" in (chooser.get_attribute("class") or "").split():
        chooser.locator(".unchosen [data-chooser-action-choose]").click()
    else:  # "choose another" sits in the chosen item's actions dropdown
        chooser.locator("[data-w-dropdown-target=toggle]").click()
        page.locator("[data-chooser-action-choose]:visible").click()
    dialog = page.locator(".modal[role=dialog] .modal-body")
    dialog.wait_for()  # only a started chooser opens its modal
    assert dialog.locator("form, table, a").count() > 0
    page.locator(".modal[role=dialog] button[data-dismiss=modal]").click()
    dialog.wait_for(state="detached")


def test_call_editor_inline_panel_and_page_chooser_work(demo_site, page):
    from programs.models import CallPage

    violations = open_editor(page, demo_site.url, CallPage)
    questions = page.locator("#id_questions-FORMS > [data-inline-panel-child]:not(.deleted)")
    before = questions.count()
    page.locator("#id_questions-ADD").click()
    questions.nth(before).wait_for()
    assert questions.count() == before + 1
    assert questions.nth(before).locator("input:visible, textarea:visible").count() > 0
    open_chooser_modal(page, "id_privacy_page")
    assert violations == []


def test_good_practice_editor_snippet_and_page_choosers_work(demo_site, page):
    from resources.models import GoodPracticePage

    violations = open_editor(page, demo_site.url, GoodPracticePage)
    open_chooser_modal(page, "id_institution")
    open_chooser_modal(page, "id_programme")
    assert violations == []
