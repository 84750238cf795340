"""A visitor filters the library without JavaScript help, opens a good practice and its translation;
every kind of public page passes axe-core."""

import pytest

pytestmark = pytest.mark.browser


def test_filter_library_open_good_practice_and_its_translation(demo_site, page, axe_check):
    page.goto(f"{demo_site.url}/en/library/")
    axe_check(page, "library (en)")
    page.get_by_label("Scope", exact=True).select_option("international")
    page.get_by_label("Theme", exact=True).select_option(label="Urban planning")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/en/library/?theme=urban-planning*scope=international*")
    assert page.get_by_role("heading", name="2 items found").is_visible()
    axe_check(page, "library filtered (en)")

    # The filter state is a shareable URL: opening it again shows the same selection.
    page.goto(page.url)
    assert page.get_by_label("Scope", exact=True).input_value() == "international"

    page.get_by_role("link", name="URBACT", exact=False).first.click()
    page.wait_for_url("**/en/library/urbact-transfer-networks-good-practice-transfer/")
    assert "URBACT" in page.get_by_role("heading", level=1).inner_text()
    axe_check(page, "good practice (en)")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Türkçe").click()
    page.wait_for_url("**/tr/kutuphane/urbact-transfer-aglari-iyi-uygulama-aktarimi/")
    assert page.locator("html").get_attribute("lang") == "tr"
    assert page.get_by_text("İyi uygulama", exact=True).first.is_visible()
    axe_check(page, "good practice (tr)")

    # A filter with no result says so and leads back to everything.
    page.goto(f"{demo_site.url}/tr/kutuphane/?scope=national&audience=mentor")
    assert page.get_by_text("Kütüphanede bu süzgeçlere uyan bir şey yok.").is_visible()
    page.get_by_role("link", name="Kütüphanedeki her şeyi göster").click()
    page.wait_for_url("**/tr/kutuphane/")
    assert page.get_by_role("heading", name="15 öğe bulundu").is_visible()

    # The form is a plain GET form: it works with JavaScript switched off.
    context = page.context.browser.new_context(java_script_enabled=False)
    no_js = context.new_page()
    no_js.goto(f"{demo_site.url}/en/library/")
    no_js.get_by_label("Type", exact=True).select_option("checklist")
    no_js.get_by_role("button", name="Apply filters").click()
    no_js.wait_for_url("**/en/library/?*type=checklist*")
    assert no_js.get_by_role("heading", name="2 items found").is_visible()
    context.close()


def test_public_pages_pass_axe(demo_site, page, axe_check):
    for path in (
        "/tr/",
        "/tr/programlar/",
        "/en/programmes/group-mentoring-for-care-staff/",
        "/tr/kutuphane/mentor-rehberi-ilk-gorusme/",
        "/en/news/",
        "/tr/haberler/mentor-portali-yayinda/",
        "/en/events/",
        "/tr/etkinlikler/uye-belediyeler-ag-kurma-bulusmasi/",
    ):
        page.goto(f"{demo_site.url}{path}")
        assert page.get_by_role("heading", level=1).is_visible()
        axe_check(page, path)
