"""Issue 16: the home page's sections — a visitor reads them in both languages and follows "see all" with the
keyboard; an editor reorders and removes sections in the admin and publishes.

The demo's home pages show all three sections. Section headings are asserted in English (Turkish msgids are
compiled on merge); on /tr/ the sections are found by their landmarks and links.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from home import roles
from home.models import HomePage
from tests.browser.test_translation_moderation import log_in, staff

pytestmark = pytest.mark.browser

SECTIONS = ("good-practices", "events", "news")
SEE_ALL = {
    "tr": ("/tr/kutuphane/?type=good-practice", "/tr/etkinlikler/", "/tr/haberler/"),
    "en": ("/en/library/?type=good-practice", "/en/events/", "/en/news/"),
}


def no_axe_violations(page, label):
    """Stricter than ``axe_check``: no violation of any impact."""
    violations = Axe().run(page).response["violations"]
    assert violations == [], f"{label}: {[(v['id'], v['impact'], [n['target'] for n in v['nodes']][:3]) for v in violations]}"


def section(page, name):
    return page.locator(f"section.home-section--{name}")


@pytest.mark.parametrize("language", ["tr", "en"])
def test_visitor_reads_the_sections_and_follows_see_all_with_the_keyboard(demo_site, page, language):
    page.goto(f"{demo_site.url}/{language}/")
    classes = page.locator("section.home-section").evaluate_all("nodes => nodes.map(node => node.className)")
    assert classes == [f"home-section home-section--{name}" for name in ("figures", *SECTIONS)]
    # The key figures come first, from the data (the demo's past cycle among them), and lead to the results.
    figures = section(page, "figures")
    expect(figures.locator(".key-figure").first).to_be_visible()
    assert figures.get_by_role("link").get_attribute("href") == {"tr": "/tr/sonuclar/", "en": "/en/results/"}[language]
    for name, link in zip(SECTIONS, SEE_ALL[language]):
        block = section(page, name)
        expect(block.get_by_role("heading", level=2)).to_be_visible()
        assert block.get_attribute("aria-labelledby") == block.get_by_role("heading", level=2).get_attribute("id")
        assert 1 <= block.locator("li.card").count() <= 3
        for card in block.locator("li.card").all():
            expect(card.get_by_role("heading", level=3).get_by_role("link")).to_be_visible()
            expect(card.locator("time").first).to_be_visible()
        assert block.locator("p.home-section__more a").get_attribute("href") == link
    if language == "en":
        assert [section(page, name).get_by_role("heading", level=2).inner_text() for name in SECTIONS] == [
            "Latest good practices", "Upcoming events", "Latest news",
        ]
    no_axe_violations(page, f"home ({language})")

    # Keyboard only: Tab to the news section's "see all" link and follow it with Enter.
    target = section(page, "news").locator("p.home-section__more a")
    for _press in range(120):
        page.keyboard.press("Tab")
        if target.evaluate("link => link === document.activeElement"):
            break
    else:
        pytest.fail("the news section's 'see all' link is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site.url}{SEE_ALL[language][2]}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Haberler" if language == "tr" else "News")
    no_axe_violations(page, f"news index ({language})")


def stream_child(page, block_type):
    """The admin's form for one block of the home page's sections, found by its hidden type input."""
    return page.locator("[data-streamfield-stream-container] > div").filter(
        has=page.locator(f"input[name$='-type'][value='{block_type}']")
    )


def test_editor_moves_news_up_removes_good_practices_and_publishes(demo_site, page, axe_check):
    base = demo_site.url
    staff("yayin-editoru", roles.MODERATORS)
    home = HomePage.objects.get(locale__language_code="tr")
    log_in(page, base, "yayin-editoru")
    page.goto(f"{base}/admin/pages/{home.pk}/edit/")
    news = stream_child(page, "news")
    news.wait_for()
    axe_check(page, "home page editor")

    stream_child(page, "good_practices").locator("[data-streamfield-action=DELETE]").click()
    expect(stream_child(page, "good_practices").locator("input[name$='-deleted']")).to_have_value("1")
    news.locator("[data-streamfield-action=MOVE_UP]").click()
    news.locator("[data-streamfield-action=MOVE_UP]").click()  # above events, then above the deleted good practices
    stream_child(page, "key_figures").locator("[data-streamfield-action=DELETE]").click()
    expect(stream_child(page, "key_figures").locator("input[name$='-deleted']")).to_have_value("1")
    news.locator("input[name$='-value-heading']").fill("Duyurular")
    news.locator("input[name$='-value-count']").fill("4")
    page.get_by_role("button", name="Daha fazla eylem").click()
    page.get_by_role("button", name="Yayınla", exact=True).click()
    page.wait_for_url(f"{base}/admin/pages/{home.get_parent().pk}/")

    home.refresh_from_db()
    assert [(block.block_type, block.value["heading"], block.value["count"]) for block in home.sections] == [
        ("news", "Duyurular", 4), ("events", "", 3),
    ]
    assert home.live and not home.has_unpublished_changes  # published, not a draft

    page.context.clear_cookies()  # the visitor's view
    page.goto(f"{base}/tr/")
    classes = page.locator("section.home-section").evaluate_all("nodes => nodes.map(node => node.className)")
    assert classes == ["home-section home-section--news", "home-section home-section--events"]
    expect(section(page, "news").get_by_role("heading", level=2)).to_have_text("Duyurular")
    expect(section(page, "news").locator("li.card")).to_have_count(4)
    expect(page.locator("section.home-section--good-practices")).to_have_count(0)
    page.goto(f"{base}/en/")  # the English home page keeps its own sections
    assert page.locator("section.home-section").count() == 4
