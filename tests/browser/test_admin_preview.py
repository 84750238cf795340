"""The editor's side-panel preview shows the page being edited (not "refused to connect")."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.test_admin_editor_csp import admin_login

pytestmark = pytest.mark.browser


def test_side_panel_preview_renders_the_edited_page(demo_site, page, axe_check):
    blocked = []
    page.on(
        "console",
        lambda message: blocked.append(message.text)
        if "Content Security Policy" in message.text or "X-Frame-Options" in message.text
        else None,
    )
    admin_login(page, demo_site.url)
    about = Page.objects.get(slug="hakkinda", locale__language_code="tr")
    page.goto(f"{demo_site.url}/admin/pages/{about.pk}/edit/")
    page.locator("#id_title").fill("Program Hakkında (önizleme)")

    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    # The unsaved title, rendered by the public template inside the admin's iframe.
    expect(preview.get_by_role("heading", level=1)).to_have_text("Program Hakkında (önizleme)", timeout=15_000)
    expect(preview.locator("main")).to_contain_text(about.specific.intro[:40])
    axe_check(page, "page editor with the preview panel open")
    assert blocked == []
    assert Page.objects.get(pk=about.pk).title != "Program Hakkında (önizleme)"  # a preview saves nothing
