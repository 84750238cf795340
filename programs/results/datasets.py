"""The results tables as open data: CSV and JSON files, their dictionary and schema.org metadata.

A file holds numbers and labels only; a suppressed cell is empty in CSV and ``null`` in JSON.
CSV is UTF-8 with a byte-order mark (so spreadsheets read Turkish letters), comma-separated,
with a dot before decimals, as open-data portals expect; the headings are the dictionary's
column names, the same in every language.
"""

import csv
import io
import json

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext

from programs.exports import BOM, neutralise

DEFAULT_LICENCE = "cc-by-4.0"
LICENCES = {
    "cc-by-4.0": ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    "cc-by-sa-4.0": ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    "cc0-1.0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
}


def csv_text(table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.name for column in table.columns])
    for row in table.rows:
        writer.writerow(["" if value is None else neutralise(value) if isinstance(value, str) else value for value in row])
    return BOM + out.getvalue()


def dictionary(table) -> list[dict]:
    return [
        {"name": column.name, "title": str(column.title), "description": str(column.description), "unit": str(column.unit),
         "type": column.datatype}
        for column in table.columns
    ]


def json_data(table, *, licence: str, updated_at, language: str) -> dict:
    return {
        "dataset": table.key,
        "title": str(table.title),
        "description": str(table.description),
        "language": language,
        "licence": LICENCES[licence][1],
        "updated": updated_at.isoformat() if updated_at else None,
        "suppression": gettext("Cells counting fewer than 5 people, matches or answers are null."),
        "columns": dictionary(table),
        "rows": table.as_dicts(),
    }


def download(table, file_format: str, *, filename: str, **json_kwargs) -> HttpResponse:
    if file_format == "csv":
        response = HttpResponse(csv_text(table), content_type="text/csv; charset=utf-8")
    else:
        body = json.dumps(json_data(table, **json_kwargs), ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response


def catalogue_metadata(page, tables, *, updated_at, request) -> dict:
    """schema.org ``DataCatalog`` with one ``Dataset`` per table, for dataset search engines."""
    licence_url = LICENCES[page.licence][1]
    base = page.get_full_url(request)
    modified = timezone.localdate(updated_at).isoformat() if updated_at else None
    return {
        "@context": "https://schema.org",
        "@type": "DataCatalog",
        "name": page.title,
        "url": base,
        "inLanguage": page.locale.language_code,
        "license": licence_url,
        "dataset": [
            {
                "@type": "Dataset",
                "name": str(table.title),
                "description": str(table.description),
                "url": f"{base}#{table.key}",
                "license": licence_url,
                "isAccessibleForFree": True,
                "inLanguage": page.locale.language_code,
                "dateModified": modified,
                "variableMeasured": [str(column.title) for column in table.columns],
                "distribution": [
                    {"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": f"{base}{table.key}/csv/"},
                    {"@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": f"{base}{table.key}/json/"},
                ],
            }
            for table in tables
        ],
    }
