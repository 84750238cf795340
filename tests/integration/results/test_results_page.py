"""The results page in both languages: figures from the data, charts with their tables, nothing personal, always fresh."""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.test import override_settings

from programs.results import figures
from tests.factories.applications import ApplicationFactory
from tests.factories.taxonomy import InstitutionFactory

pytestmark = pytest.mark.django_db

NAMES = ("Gizli", "Saklı", "gizli", "sakli", "harikaydı")


def no_personal_data(text: str) -> None:
    for fragment in NAMES:
        assert fragment not in text


def test_the_results_page_shows_the_figures_in_english(client, results_data, results_page):
    response = client.get("/en/results/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Applications and matches by year and call" in html
    # 10 applications; 7 mentees shown, 3 mentors hidden, so the mentee count goes too (it would give the 3 away).
    assert html.count('<svg class="chart"') == 7 and 'role="img"' in html and '<title id="chart-applications-by-call-title">' in html
    row = html.split("Digital Transformation Thematic Call</th>")[1].split("</tr>")[0]
    assert [cell.split(">")[1] for cell in row.split("</td>")[:-1]] == ["2026", "fewer than 5", "fewer than 5", "10", "fewer than 5", "0"]
    assert "To protect the people behind the numbers" in html
    # Ten applications name the digital theme, shown by its English name.
    theme_row = html.split('<section class="results-table" id="applications-by-theme"')[1].split("</tbody>")[0]
    assert '<th scope="row">Digital transformation</th><td class="number">10</td>' in theme_row
    no_personal_data(html)


def test_the_results_page_in_turkish_writes_numbers_the_turkish_way(client, results_data, results_page):
    html = client.get("/tr/sonuclar/").content.decode()
    assert "Yıla ve çağrıya göre başvurular ve eşleşmeler" in html and "5’ten az" in html
    assert "Dijital Dönüşüm Tematik Çağrısı" in html
    # Six one-hour meetings on one match: fewer than 5 matches behind them, so hidden.
    assert "Yapılan görüşmeler" in html
    no_personal_data(html)


def test_each_chart_has_its_numbers_as_csv_and_json(client, results_data, results_page):
    response = client.get("/en/results/applications-by-call/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8" and 'filename="results-applications-by-call.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["call", "year", "mentee_applications", "mentor_applications", "applications", "matches_agreed", "matches_completed"]
    assert rows[1][0] == "Digital Transformation Thematic Call" and rows[1][2:] == ["", "", "10", "", "0"]
    body = json.loads(client.get("/en/results/applications-by-call/json/").content)
    assert body["rows"] == [{"call": "Digital Transformation Thematic Call", "year": int(rows[1][1]),
                             "mentee_applications": None, "mentor_applications": None, "applications": 10,
                             "matches_agreed": None, "matches_completed": 0}]
    assert client.get("/en/results/no-such-table/csv/").status_code == 404
    no_personal_data(text + json.dumps(body, ensure_ascii=False))


def test_a_programme_results_page_counts_only_its_calls(client, results_data, programme_results, closed_group_call):
    ApplicationFactory.create_batch(6, call=closed_group_call("tr"), role="mentee")
    html = client.get("/en/programmes/expert-mentor-programme/results/").content.decode()
    assert "Digital Transformation Thematic Call" in html and "Care Staff Group Call" not in html


@override_settings(PAGE_CACHE_SECONDS=3600)
def test_the_figures_refresh_as_soon_as_the_data_changes(client, results_data, results_page):
    first = client.get("/en/results/applications-by-call/csv/")
    assert client.get("/en/results/applications-by-call/csv/")["X-Page-Cache"] == "hit"
    assert first.content.decode().splitlines()[1].endswith(",10,,0")
    ApplicationFactory.create_batch(5, call=results_data["call"]("tr"), role="mentor")
    fresh = client.get("/en/results/applications-by-call/csv/")
    assert fresh["X-Page-Cache"] == "miss" and fresh.content.decode().splitlines()[1].endswith(",7,8,15,,0")


def test_an_institution_counts_its_mentees_and_mentors_together(client, results_data, open_data_page):
    institution = InstitutionFactory(name="Ortaköy Belediyesi", city="Ortaköy")
    for role in ("mentee", "mentee", "mentee", "mentor", "mentor"):
        ApplicationFactory(call=results_data["call"]("en"), role=role, institution=institution)
    rows = client.get("/en/open-data/applications-by-municipality/csv/").content.decode("utf-8-sig").splitlines()
    assert "Ortaköy Belediyesi (Ortaköy),5" in rows


def test_the_home_page_figures_come_from_one_query_and_match_the_results_page(results_data, django_assert_num_queries):
    cache.clear()
    with django_assert_num_queries(1):
        home = [(str(figure.label), figure.value) for figure in figures.headline()]
    assert home == [(str(figure.label), figure.value) for figure in figures.key_figures()]
    # 2 institutions, 10 applications, 1 match agreed (hidden), none completed, 6 meetings.
    assert [value for _label, value in home] == [2, 10, None, 0, 6]


def test_the_home_page_shows_the_key_figures_and_links_to_the_results(client, open_call, results_page):
    assert 'id="key-figures-title"' not in client.get("/en/").content.decode()  # nothing to count yet
    ApplicationFactory.create_batch(6, call=open_call("tr"), role="mentee")
    html = client.get("/en/").content.decode()
    section = html.split('aria-labelledby="key-figures-title"')[1].split("</section>")[0]
    assert '<span class="key-figure__value">6</span> <span class="key-figure__label">applications</span>' in section
    assert 'href="/en/results/">All results, with charts and open data</a>' in section
    turkish = client.get("/tr/").content.decode()
    assert "Rakamlarla program" in turkish and 'href="/tr/sonuclar/"' in turkish

