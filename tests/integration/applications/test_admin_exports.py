"""The secretariat's exports open correctly in a spreadsheet: UTF-8 with a byte-order mark, the list's language,
local time to the minute, Evet/Hayır, and the call's own questions as columns."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.users.models import UserProfile

from home import roles
from programs.models import Application, Match, Meeting
from tests.factories.applications import ApplicationFactory

pytestmark = pytest.mark.django_db

BOM = b"\xef\xbb\xbf"
SENT_AT = datetime.datetime(2026, 12, 1, 11, 5, 37, 123456, tzinfo=datetime.UTC)  # 14:05 in Istanbul
QUESTIONS_TR = ["Başvurunuz en çok hangi alanla ilgili?", "Üzerinde çalıştığınız ya da tamamladığınız dijital proje",
                "Birim amirim bu başvurudan haberdardır."]


def login(client, language):
    user = get_user_model().objects.create_user(f"sekreter_{language}", f"sekreter_{language}@example.org", "x")
    user.groups.add(Group.objects.get(name=roles.SECRETARIAT))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def application(open_call):
    """An application to the Turkish digital call, answering its three questions, sent at a known moment."""
    call = open_call("tr")
    answers = {}
    for question in call.questions.all():
        answers[question.clean_name] = {
            "dropdown": "Coğrafi bilgi sistemleri", "multiline": "Kent rehberi için açık veri portalı", "checkbox": True,
        }[question.field_type]
    return Application.objects.create(
        call=call, role="mentee", name="Çağla Işıkoğlu", email="cagla.export@example.org", phone="+90 312 000 00 00",
        institution_other="Örnek Belediyesi", description="İhtiyaç", answers=answers, data_consent=True,
        publication_consent=False, created_at=SENT_AT,
    )


def export(client, fmt, **params):
    query = "&".join(f"{key}={value}" for key, value in {"export": fmt, **params}.items())
    response = client.get(reverse("programs_application:index") + "?" + query)
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(content: bytes) -> list[list[str]]:
    assert content.startswith(BOM)
    return list(csv.reader(io.StringIO(content[len(BOM):].decode("utf-8"))))


def by_reference(header, rows, reference):
    row = next(row for row in rows if row and row[0] == reference)
    return dict(zip(header, row))


def test_csv_in_turkish_has_the_bom_turkish_headings_questions_evet_hayir_and_local_minutes(client, application):
    login(client, "tr")
    rows = csv_rows(export(client, "csv", call=application.call_id))
    header = rows[0]
    assert header[:3] == ["Başvuru numarası", "Durum", "Rol"]
    assert {"Ad", "Kurum", "Temalar", "Veri işleme onayı", "Adının duyurulmasına onay", "Gönderilme zamanı"} <= set(header)
    assert header[-3:] == QUESTIONS_TR
    row = by_reference(header, rows[1:], application.reference)
    assert row["Ad"] == "Çağla Işıkoğlu"
    assert row["Kurum"] == "Örnek Belediyesi"
    assert row["Durum"] == "Gönderildi"
    assert row["Veri işleme onayı"] == "Evet"
    assert row["Adının duyurulmasına onay"] == "Hayır"
    assert row["Sekretarya tarafından eklendi"] == "Hayır"
    assert row["Gönderilme zamanı"] == "01.12.2026 14:05"
    assert row["Başvurunuz en çok hangi alanla ilgili?"] == "Coğrafi bilgi sistemleri"
    assert row["Üzerinde çalıştığınız ya da tamamladığınız dijital proje"] == "Kent rehberi için açık veri portalı"
    assert row["Birim amirim bu başvurudan haberdardır."] == "Evet"
    assert "True" not in rows[1] and "False" not in rows[1]


def test_csv_in_english_uses_english_words_and_the_same_local_minute(client, application):
    login(client, "en")
    rows = csv_rows(export(client, "csv", call=application.call_id))
    row = by_reference(rows[0], rows[1:], application.reference)
    assert row["Status"] == "Submitted"
    assert row["Consent to data processing"] == "Yes"
    assert row["Consent to be named publicly"] == "No"
    assert row["Submitted at"] == "2026-12-01 14:05"
    assert row["Birim amirim bu başvurudan haberdardır."] == "Yes"


def test_exporting_several_calls_gives_the_union_of_their_questions(open_call, client, application):
    login(client, "tr")
    english = open_call("en")
    ApplicationFactory(call=english, role="mentor")  # the English call has applications of its own, as in the demo
    rows = csv_rows(export(client, "csv"))
    header = rows[0]
    english_labels = [q.label for q in english.questions.all()]
    assert set(QUESTIONS_TR + english_labels) <= set(header)
    assert len(header) == len(set(header))  # a label asked by several calls is one column
    row = by_reference(header, rows[1:], application.reference)
    assert row[QUESTIONS_TR[0]] == "Coğrafi bilgi sistemleri"
    assert all(row[label] == "" for label in english_labels)  # its call did not ask those
    question = english.questions.get(field_type="multiline")
    sent_in_english = Application.objects.create(
        call=english, role="mentor", name="Jane Roe", email="jane.export@example.org", phone="+44 20 0000 0000",
        institution_other="Example Council", description="Offer", answers={question.clean_name: "A GIS portal"},
    )
    rows = csv_rows(export(client, "csv"))
    other = by_reference(rows[0], rows[1:], sent_in_english.reference)
    assert other[question.label] == "A GIS portal"
    assert other[QUESTIONS_TR[1]] == ""


def test_xlsx_has_naive_local_datetimes_and_evet_hayir(client, application):
    login(client, "tr")
    workbook = openpyxl.load_workbook(io.BytesIO(export(client, "xlsx", call=application.call_id)))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[-3:] == QUESTIONS_TR
    row = dict(zip(header, next(r for r in rows[1:] if r[0] == application.reference)))
    assert row["Gönderilme zamanı"] == datetime.datetime(2026, 12, 1, 14, 5)
    assert row["Veri işleme onayı"] == "Evet"
    assert row["Adının duyurulmasına onay"] == "Hayır"
    assert row["Birim amirim bu başvurudan haberdardır."] == "Evet"
    created = next(cell for cell in sheet[next(i for i, r in enumerate(rows, 1) if r[0] == application.reference)]
                   if cell.value == datetime.datetime(2026, 12, 1, 14, 5))
    assert created.number_format == "dd.mm.yyyy hh:mm"


def test_match_and_meeting_exports_have_the_bom_choice_labels_and_local_time(confirmed_match, client):
    login(client, "tr")
    match = Match.objects.filter(confirmed_at__isnull=False).first()
    confirmed = datetime.datetime(2026, 3, 2, 21, 30, 59, tzinfo=datetime.UTC)
    Match.objects.filter(pk=match.pk).update(confirmed_at=confirmed)
    content = client.get(reverse("match:index") + "?export=csv")
    rows = csv_rows(b"".join(content.streaming_content))
    header = rows[0]
    assert {"Menti", "Çağrı", "Durum", "Onaylanma zamanı"} <= set(header)
    row = next(dict(zip(header, r)) for r in rows[1:] if r[header.index("Menti")] == str(match.mentee))
    local = confirmed.astimezone(ZoneInfo("Europe/Istanbul"))
    assert row["Onaylanma zamanı"] == local.strftime("%d.%m.%Y %H:%M") == "03.03.2026 00:30"
    assert row["Durum"] == str(match.state_label)
    Match.objects.filter(pk=match.pk).update(score=0.6369846535886928)
    rows = csv_rows(b"".join(client.get(reverse("match:index") + "?export=csv").streaming_content))
    scored = next(dict(zip(rows[0], r)) for r in rows[1:] if r[rows[0].index("Menti")] == str(match.mentee))
    assert scored["Puan"] == "0,64"  # two decimals, as Turkish Excel reads a number
    workbook = b"".join(client.get(reverse("match:index") + "?export=xlsx").streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(workbook)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert 0.64 in [row[values[0].index("Puan")] for row in values[1:]]

    meeting = Meeting.objects.create(
        match=match, held_on=datetime.date(2026, 3, 9), format="online", duration_minutes=45, topic="Dışa aktarma denemesi",
        logged_by="mentee",
    )
    content = client.get(reverse("meeting:index") + "?export=csv")
    rows = csv_rows(b"".join(content.streaming_content))
    header = rows[0]
    row = next(dict(zip(header, r)) for r in rows[1:] if r[header.index("Konu")] == meeting.topic)
    assert row["Biçim"] == "Çevrim içi"
    assert row["Kaydeden"] == "Menti"
    assert row["Tarih"] == "09.03.2026"
