"""A visitor reads the home page in Turkish, switches to English and follows the menu."""

import pytest

pytestmark = pytest.mark.browser


def test_home_language_switch_and_menu(demo_site, page, axe_check):
    page.goto(f"{demo_site.url}/tr/")
    assert page.locator("html").get_attribute("lang") == "tr"
    assert page.get_by_role("heading", level=1).inner_text() == "Bildiğini paylaş, ihtiyacın olanı öğren"
    axe_check(page, "home (tr)")

    page.get_by_role("navigation", name="Dil").get_by_role("link", name="English").click()
    page.wait_for_url(f"{demo_site.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Share what you know, learn what you need"
    axe_check(page, "home (en)")

    menu = page.get_by_role("navigation", name="Main menu")
    menu.get_by_role("link", name="About the Programme").click()
    page.wait_for_url("**/en/about/")
    assert page.get_by_role("heading", level=1).is_visible()
    axe_check(page, "about (en)")

    # The switcher leads to the same page in the other language, not to the home page.
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Türkçe").click()
    page.wait_for_url("**/tr/hakkinda/")
    assert page.locator("html").get_attribute("lang") == "tr"


def test_keyboard_user_reaches_content_with_skip_link(demo_site, page):
    page.goto(f"{demo_site.url}/tr/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Ana içeriğe atla"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_phone_header_is_compact_and_menu_is_a_disclosure_button(demo_site, page, axe_check):
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(f"{demo_site.url}/tr/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 120, f"the header takes {header['height']} px on a phone"
    menu = page.get_by_role("navigation", name="Ana menü")
    assert not menu.is_visible()
    axe_check(page, "home on a phone, menu closed")

    # Keyboard only: the skip link, the other language, then the menu button.
    button = page.get_by_role("button", name="Menü")
    button.focus()
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == "site-menu"
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert menu.get_by_role("link", name="Çağrılar").is_visible()
    assert page.get_by_role("searchbox", name="Sitede ara").is_visible()
    axe_check(page, "home on a phone, menu open")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Programlar"
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    assert page.evaluate("document.activeElement.textContent.trim()") == "Menü"

    page.keyboard.press("Enter")
    menu.get_by_role("link", name="Çağrılar").click()
    page.wait_for_url("**/tr/cagrilar/")
    assert page.get_by_role("heading", level=1).is_visible()

    # A wide screen shows the menu and no button.
    page.set_viewport_size({"width": 1280, "height": 720})
    assert menu.get_by_role("link", name="Çağrılar").is_visible()
    assert not button.is_visible()


def test_phone_menu_works_without_javascript(demo_site, browser, axe_check):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}/en/")
        menu = page.get_by_role("navigation", name="Main menu")
        assert not menu.is_visible()
        page.get_by_role("link", name="Menu", exact=True).click()
        assert menu.get_by_role("link", name="Knowledge library").is_visible()
        menu.get_by_role("link", name="Knowledge library").click()
        page.wait_for_url("**/en/library/**")
        assert page.get_by_role("heading", level=1).is_visible()
    finally:
        context.close()
