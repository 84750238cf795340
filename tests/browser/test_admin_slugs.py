"""In the page editor, Wagtail's JavaScript makes the slug from a Turkish title with ASCII letters."""

import pytest
from playwright.sync_api import expect

from home.models import HomePage, StandardPage
from tests.browser.test_admin_editor_csp import admin_login

pytestmark = pytest.mark.browser


def test_turkish_title_and_hand_typed_slug_become_ascii(demo_site, page):
    admin_login(page, demo_site.url)
    home = HomePage.objects.get(locale__language_code="tr")
    page.goto(f"{demo_site.url}/admin/pages/add/home/standardpage/{home.pk}/")
    title = page.locator("#id_title")
    title.fill("Kent bahçeleri ığüşöç İzmir")
    title.blur()
    slug = page.locator("#id_slug")
    expect(slug).to_have_value("kent-bahceleri-igusoc-izmir")  # not "kent-bahçeleri-…", nor "kent-baheleri-gs-zmir"
    page.locator("[role=tab]").nth(1).click()  # Promote (Tanıtım), where the slug is
    slug.fill("Bahçe ılık")
    slug.blur()
    expect(slug).to_have_value("bahce-ilik")
    page.get_by_role("button", name="Taslağı kaydet").first.click()
    page.wait_for_load_state("networkidle")
    assert StandardPage.objects.get(title="Kent bahçeleri ığüşöç İzmir").slug == "bahce-ilik"
