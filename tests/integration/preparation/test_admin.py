"""The secretariat's Preparation screens: a table of bad inputs for the add form and the several-people form (each
with its message, nothing saved), what a good submission records, the link from the matching screen, the export."""

import csv
import datetime
import html
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from programs.models import AccessRecord, PreparationRecord
from tests.integration.matching.matching_support import secretariat  # noqa: F401
from tests.integration.preparation.conftest import prepare

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
FUTURE = (TODAY() + datetime.timedelta(days=2)).isoformat()
VALID = {"email": "Ayse.Yilmaz@example.org ", "name": "Ayşe Yılmaz", "kind": "mentor_training", "source": "other",
         "note": "Mentorluk Becerileri atölyesi", "event": "", "material": "", "completed_on": "2026-11-20"}


def add(client, **overrides):
    response = client.post(reverse("preparation:add"), {**VALID, "completed_on": TODAY().isoformat(), **overrides})
    return response, html.unescape(response.content.decode())


def test_a_completion_is_recorded_with_who_recorded_it(client, secretariat):  # noqa: F811
    response, _content = add(client)
    assert response.status_code == 302
    record = PreparationRecord.objects.get()
    assert (record.email, record.name, record.kind, record.source, record.recorded_by) == (
        "ayse.yilmaz@example.org", "Ayşe Yılmaz", "mentor_training", "other", secretariat)


@pytest.mark.parametrize("overrides,message", [
    ({"email": "ayse"}, "Enter a valid email address."),
    ({"email": "ayse@localhost"}, "Enter an e-mail address at a real domain name"),
    ({"name": ""}, "This field is required."),
    ({"name": "\u200b\u200b"}, "Enter visible text: this holds only spaces or invisible characters."),
    ({"kind": "yoga"}, "Select a valid choice. yoga is not one of the available choices."),
    ({"source": "event"}, "Choose the training event the person attended."),
    ({"source": "material"}, "Choose the training material the person completed."),
    ({"note": "  "}, "Say how the preparation was completed."),
    ({"completed_on": FUTURE}, "The date cannot be in the future."),
    ({"completed_on": "1901-01-01"}, "Enter a date less than 5 years ago."),
    ({"completed_on": "31.02.2026"}, "Enter a valid date."),
    ({"event": "999999"}, "Select a valid choice. That choice is not one of the available choices."),
])
def test_bad_inputs_get_a_clear_message_and_nothing_is_saved(client, secretariat, overrides, message):  # noqa: F811
    response, content = add(client, **overrides)
    assert response.status_code == 200 and message in content
    assert not PreparationRecord.objects.exists()


def test_a_page_of_another_kind_of_source_is_refused(client, secretariat, library):  # noqa: F811
    response, content = add(client, event=str(library["event"]["tr"].pk))
    assert "Leave the training event empty unless the person attended one." in content
    assert not PreparationRecord.objects.exists()


def test_the_same_completion_twice_is_refused_with_a_message(client, secretariat):  # noqa: F811
    add(client)
    response, content = add(client, email="AYSE.YILMAZ@example.org")
    assert "This completion is already recorded with the same note." in content
    assert PreparationRecord.objects.count() == 1


def test_record_a_completion_from_the_screen_fills_the_person_in_without_their_address_in_the_url(client, secretariat, match_pair):  # noqa: F811
    mentee, _mentor = match_pair
    url = reverse("preparation:add") + f"?application={mentee.pk}"
    assert mentee.email not in url
    content = client.get(url).content.decode()
    assert 'value="zeynep.kurgu@example.org"' in content and 'value="Zeynep Kurgu"' in content
    assert '<option value="mentee_preparation" selected>' in content
    assert AccessRecord.objects.filter(kind="application", object_id=mentee.pk).exists()
    assert client.get(reverse("preparation:add") + "?application=abc").status_code == 200


def bulk(client, people, **overrides):
    data = {"people": people, "kind": "mentee_preparation", "source": "other", "note": "Hazırlık oturumu",
            "completed_on": TODAY().isoformat(), "event": "", "material": "", **overrides}
    response = client.post(reverse("preparation:bulk_add"), data, follow=True)
    return response, html.unescape(response.content.decode())


def test_several_people_at_once_names_from_their_applications(client, secretariat, match_pair):  # noqa: F811
    mentee, _mentor = match_pair
    prepare(mentee)  # already there: not recorded twice
    people = "zeynep.kurgu@example.org\nBurak.Kaya@example.org, Burak Kaya\n\n  selin@example.org; Selin Taslak  \n"
    response, content = bulk(client, people, note="Mentorluk Becerileri eğitimi")
    assert "2 of 3 completions recorded; the others were already on record." in content
    rows = PreparationRecord.objects.order_by("email").values_list("email", "name", "note", "recorded_by")
    assert list(rows) == [
        ("burak.kaya@example.org", "Burak Kaya", "Mentorluk Becerileri eğitimi", secretariat.pk),
        ("selin@example.org", "Selin Taslak", "Mentorluk Becerileri eğitimi", secretariat.pk),
        ("zeynep.kurgu@example.org", "Zeynep Kurgu", "Mentorluk Becerileri eğitimi", None),  # as it was
    ]


@pytest.mark.parametrize("people,overrides,message", [
    ("", {}, "This field is required."),
    ("\x07\n\x1b", {}, "Enter at least one e-mail address."),
    ("ayse@example.org, Ayşe\nbu bir adres değil", {}, "Line 2: “bu bir adres değil” is not an e-mail address."),
    ("ayse@localhost, Ayşe", {}, "Line 1: “ayse@localhost, Ayşe” is not an e-mail address."),
    ("kimse@example.org", {}, "No application has the address kimse@example.org: add the name after a comma."),
    ("\n".join(f"k{n}@example.org, K" for n in range(201)), {}, "Enter at most 200 people at once."),
    ("ayse@example.org, Ayşe", {"source": "event"}, "Choose the training event the person attended."),
    ("ayse@example.org, Ayşe", {"note": ""}, "Say how the preparation was completed."),
    ("ayse@example.org, Ayşe", {"completed_on": FUTURE}, "The date cannot be in the future."),
    ("ayse@example.org, Ayşe", {"kind": "yoga"}, "Select a valid choice. yoga is not one of the available choices."),
])
def test_bad_lists_are_refused_whole_with_a_message(client, secretariat, people, overrides, message):  # noqa: F811
    response, content = bulk(client, people, **overrides)
    assert response.status_code == 400 and message in content
    assert not PreparationRecord.objects.exists()


def test_the_export_keeps_typed_text_from_running_as_a_formula(client, secretariat):  # noqa: F811
    add(client, name='=HYPERLINK("http://evil.example/","x")', note="+cmd")
    response = client.get(reverse("preparation:index") + "?export=csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    header, row = list(csv.reader(io.StringIO(text[1:], newline="")))[:2]
    cells = dict(zip(header, row))
    assert cells["Name"] == '\'=HYPERLINK("http://evil.example/","x")' and cells["What was completed"] == "'+cmd"
    assert cells["Preparation"] == "Mentor training"
    assert AccessRecord.objects.filter(action="export", kind="preparation").exists()
