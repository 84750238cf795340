"""A visitor reads the programme's results in figures and takes the numbers away: charts with their tables,
a CSV that opens in a spreadsheet, the open-data page; readable at 320 px; axe-core finds nothing."""

import csv
import io
import json

import pytest

from programs.results.pages import OpenDataPage
from tests.browser.test_admin_editor_csp import admin_login

pytestmark = pytest.mark.browser


def test_results_in_both_languages_with_charts_tables_and_downloads(demo_site, page, axe_check):
    page.goto(f"{demo_site.url}/en/results/")
    axe_check(page, "results (en)")
    chart = page.get_by_role("img", name="Applications and matches by year and call")
    assert chart.is_visible()
    # The past cycle (anonymised) is counted: 15 mentees and 12 mentors.
    table = page.get_by_role("table", name="Applications and matches by year and call: the numbers")
    row = table.get_by_role("row", name="2025 Cycle: Financial Management and Participation Call", exact=False)
    assert row.get_by_role("cell").all_inner_texts()[:4] == ["2025", "15", "12", "27"]
    assert page.get_by_text("To protect the people behind the numbers", exact=False).is_visible()

    # The table scrolls sideways by keyboard: its region takes the focus.
    page.locator("#applications-by-call .table-wrapper").focus()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "region"

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV – Satisfaction at midpoint and at the end").click()
    download = download_info.value
    text = open(download.path(), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text)))
    assert download.suggested_filename == "results-satisfaction.csv"
    assert rows[0] == ["stage", "answers", "average_rating"] and ["Midpoint", "10", "4.2"] in rows

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Türkçe").click()
    page.wait_for_url("**/tr/sonuclar/")
    assert page.get_by_role("img", name="Yıla ve çağrıya göre başvurular ve eşleşmeler").is_visible()
    assert page.get_by_role("cell", name="4,2").first.is_visible()  # Turkish decimal comma
    axe_check(page, "results (tr)")


def test_results_are_readable_on_a_narrow_phone(demo_site, page, axe_check):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{demo_site.url}/tr/sonuclar/")
    # Nothing makes the page scroll sideways, and chart labels stay at a readable size.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    size = page.evaluate(
        "(() => { const t = document.querySelector('.chart__label'); return t.getBoundingClientRect().height; })()"
    )
    assert size >= 11
    axe_check(page, "results at 320 px (tr)")


def test_open_data_page_describes_and_serves_each_dataset(demo_site, page, axe_check):
    page.goto(f"{demo_site.url}/en/open-data/")
    axe_check(page, "open data (en)")
    metadata = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert metadata["@type"] == "DataCatalog" and len(metadata["dataset"]) == 7
    assert page.get_by_role("link", name="CC BY 4.0").get_attribute("rel") == "license"
    dictionary = page.get_by_role("table", name="Data dictionary – Meetings held, face to face and online")
    assert dictionary.get_by_role("row", name="hours", exact=False).is_visible()
    response = page.request.get(f"{demo_site.url}/en/open-data/meetings-by-format/json/")
    body = response.json()
    assert [column["name"] for column in body["columns"]] == ["meeting_format", "hours", "meetings"]
    assert {row["meeting_format"] for row in body["rows"]} == {"Face-to-face", "Online"}
    page.goto(f"{demo_site.url}/tr/acik-veri/")
    assert page.get_by_role("heading", name="Açık veri", level=1).is_visible()
    axe_check(page, "open data (tr)")


def test_an_editor_changes_the_open_data_licence(demo_site, page, axe_check):
    opendata = OpenDataPage.objects.get(locale__language_code="tr")
    admin_login(page, demo_site.url)
    page.goto(f"{demo_site.url}/admin/pages/{opendata.pk}/edit/")
    licence = page.locator("#id_licence")
    assert licence.input_value() == "cc-by-4.0"  # the default the issue asks for
    licence.select_option("cc0-1.0")
    axe_check(page, "open data page editor (tr)")
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_url(f"{demo_site.url}/admin/pages/{opendata.get_parent().pk}/")
    assert OpenDataPage.objects.get(pk=opendata.pk).licence == "cc0-1.0"
    page.goto(f"{demo_site.url}/tr/acik-veri/")
    assert page.get_by_role("link", name="CC0 1.0").get_attribute("href") == "https://creativecommons.org/publicdomain/zero/1.0/"
