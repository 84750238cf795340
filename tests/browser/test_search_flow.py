"""A visitor searches, narrows by a facet, pages through results and uses the suggestions."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_search_filter_and_page_through_results(demo_site, page, axe_check):
    page.goto(f"{demo_site.url}/en/")
    header_search = page.get_by_role("search")
    header_search.get_by_label("Search the site").fill("mentoring")
    header_search.get_by_role("button", name="Search").click()
    page.wait_for_url("**/en/search/?q=mentoring")
    assert page.locator("#search-query").input_value() == "mentoring"
    heading = page.locator("#results-heading").inner_text()
    assert "results for “mentoring”" in heading
    assert page.locator(".search-result mark").count() > 0
    axe_check(page, "search results (en)")

    facet = page.locator('a[data-facet="type"]', has_text="Training material")
    count = int(facet.locator(".search-facet__count").inner_text().strip("()"))
    facet.click()
    page.wait_for_url("**type=resources.trainingmaterialpage**")
    assert page.locator("#results-heading").inner_text().startswith(f"{count} result")
    types = page.locator(".search-result:not(.search-result--promoted) .search-result__type").all_inner_texts()
    assert types and set(types) == {"Training material"}
    axe_check(page, "search filtered by type")

    page.locator('a[data-facet="type"][aria-current="true"]').click()  # remove the filter
    page.get_by_role("navigation", name="Result pages").get_by_role("link", name="Next").click()
    page.wait_for_url("**page=2")
    assert page.locator("#search-query").input_value() == "mentoring"
    assert page.locator('.pagination [aria-current="page"]').inner_text().endswith("2")
    axe_check(page, "search results page 2")

    page.goto(f"{demo_site.url}/en/search/?q=zzxqv")
    assert "No results" in page.locator("#results-heading").inner_text()
    assert page.get_by_role("link", name="Open calls").is_visible()
    axe_check(page, "search empty state")


def test_turkish_search_without_turkish_letters_and_suggestions(demo_site, page, axe_check):
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: the filters come first
    page.goto(f"{demo_site.url}/tr/search/?q=egitmen+egitimi")
    skip = page.get_by_role("link", name=re.compile(r"^\d+ sonuca git$"))
    assert skip.is_visible()
    skip.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**#results-heading")
    assert page.locator("#results-heading").is_visible()
    axe_check(page, "search results on a phone (tr)")
    page.set_viewport_size({"width": 1280, "height": 720})
    assert not skip.is_visible()  # beside the results on a wide screen
    first = page.locator(".search-result__title").first
    assert first.inner_text() == "Grup mentorluğunu kuruma kalıcı kılmak: eğitmen eğitimi"
    assert "eğitimi" in page.locator(".search-result mark").all_inner_texts()

    box = page.get_by_role("combobox")
    box.fill("")
    box.press_sequentially("cevrim ic")
    option = page.get_by_role("option", name="Çevrim içi mentor oryantasyon eğitimi")
    option.wait_for()
    axe_check(page, "search suggestions (tr)")
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/tr/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Çevrim içi mentor oryantasyon eğitimi"
