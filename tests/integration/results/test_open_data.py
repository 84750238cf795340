"""The open-data page: every dataset downloadable as CSV and JSON, described by its dictionary and by schema.org metadata."""

import csv
import io
import json
import re

import pytest

from programs.results.columns import COLUMNS
from tests.factories.applications import ApplicationFactory
from tests.factories.taxonomy import InstitutionFactory

pytestmark = pytest.mark.django_db

TYPES = {"integer": int, "number": (int, float), "string": str}


def json_ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_the_page_lists_each_dataset_with_its_dictionary_and_licence(client, results_data, open_data_page):
    html = client.get("/en/open-data/").content.decode()
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in html
    assert html.count("<caption") == 7 and "Data dictionary" in html and "<code>matches_agreed</code>" in html
    assert "Matches confirmed by both sides, whether running or completed." in html
    turkish = client.get("/tr/acik-veri/").content.decode()
    assert "Veri sözlüğü" in turkish and "İki tarafın da onayladığı eşleşmeler" in turkish


def test_schema_org_metadata_names_every_dataset_and_its_files(client, results_data, open_data_page):
    metadata = json_ld(client.get("/en/open-data/").content.decode())
    assert metadata["@type"] == "DataCatalog" and metadata["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert len(metadata["dataset"]) == 7
    for dataset in metadata["dataset"]:
        assert dataset["@type"] == "Dataset" and dataset["dateModified"] and dataset["inLanguage"] == "en"
        for distribution in dataset["distribution"]:
            url = distribution["contentUrl"].replace("http://testserver", "")
            response = client.get(url)
            assert response.status_code == 200 and response["Content-Type"].startswith(distribution["encodingFormat"])


@pytest.mark.parametrize("language", ["en", "tr"])
def test_every_dataset_validates_against_its_dictionary(client, results_data, open_data_page, language):
    base = {"en": "/en/open-data/", "tr": "/tr/acik-veri/"}[language]
    for dataset in json_ld(client.get(base).content.decode())["dataset"]:
        key = dataset["url"].split("#")[1]
        body = json.loads(client.get(f"{base}{key}/json/").content)
        names = [column["name"] for column in body["columns"]]
        assert all(name in COLUMNS for name in names)
        for row in body["rows"]:
            assert list(row) == names
            for column in body["columns"]:
                value = row[column["name"]]
                assert value is None or isinstance(value, TYPES[column["type"]]), (key, column["name"], value)
                if column["type"] == "integer" and column["name"] != "year" and value is not None:
                    assert value == 0 or value >= 5
        rows = list(csv.reader(io.StringIO(client.get(f"{base}{key}/csv/").content.decode("utf-8-sig"))))
        assert rows[0] == names and len(rows) == len(body["rows"]) + 1


def test_the_editor_chooses_the_licence(client, results_data, open_data_page):
    page = open_data_page["en"]
    page.licence = "cc0-1.0"
    page.save_revision().publish()
    html = client.get("/en/open-data/").content.decode()
    assert "CC0 1.0" in html and json_ld(html)["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert json.loads(client.get("/en/open-data/satisfaction/json/").content)["licence"].endswith("/zero/1.0/")


def test_a_label_that_looks_like_a_formula_stays_text_in_csv(client, results_data, open_data_page, institutions):
    formula = InstitutionFactory(name="=HYPERLINK(\"http://x\")")
    ApplicationFactory.create_batch(5, call=results_data["call"]("tr"), institution=formula)
    text = client.get("/en/open-data/applications-by-municipality/csv/").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
