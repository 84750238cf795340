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
