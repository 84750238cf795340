"""Completion records: one per e-mail, kind and source whatever path records it, read for many people in one query."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from programs.models import PreparationRecord
from programs.preparation.records import completed_preparation, record_completion

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def record(**overrides):
    data = {"email": "ayse@example.org", "name": "Ayşe Yılmaz", "kind": "mentor_training", "completed_on": TODAY(), **overrides}
    return record_completion(**data)


def test_attending_twice_is_recorded_once_in_either_language(library):
    event = library["event"]
    first, created = record(email=" AYSE@Example.org", event=event["tr"])
    again, created_again = record(event=event["en"])  # the same event, read in English
    assert created and not created_again and again.pk == first.pk
    assert (first.email, first.source, first.event_id) == ("ayse@example.org", "event", event["tr"].pk)
    assert PreparationRecord.objects.count() == 1


def test_a_material_and_another_way_are_other_sources(library):
    record(material=library["training_material"]["en"])
    record(note="Yüz yüze atölye")
    record(note="Yüz yüze atölye")
    record(kind="mentee_preparation", note="Yüz yüze atölye")
    rows = PreparationRecord.objects.order_by("pk").values_list("kind", "source", "material_id", "note")
    assert list(rows) == [
        ("mentor_training", "material", library["training_material"]["tr"].pk, ""),
        ("mentor_training", "other", None, "Yüz yüze atölye"),
        ("mentee_preparation", "other", None, "Yüz yüze atölye"),
    ]


@pytest.mark.parametrize("overrides,field", [
    ({"email": "ayse@localhost"}, "email"),
    ({"name": "\u200b"}, "name"),
    ({"kind": "yoga"}, "kind"),
    ({"note": ""}, "note"),
    ({"completed_on": TODAY() + datetime.timedelta(days=1)}, "completed_on"),
    ({"completed_on": datetime.date(1, 1, 1)}, "completed_on"),
])
def test_what_the_rules_refuse_is_not_recorded(overrides, field):
    with pytest.raises(ValidationError) as error:
        record(**{"note": "Atölye", **overrides})
    assert field in error.value.message_dict
    assert not PreparationRecord.objects.exists()


def test_the_database_holds_one_record_per_source_even_without_the_function():
    record(note="Atölye")
    with pytest.raises(IntegrityError), transaction.atomic():
        PreparationRecord.objects.create(email="ayse@example.org", name="Ayşe", kind="mentor_training", source="other",
                                         note="Atölye", completed_on=TODAY())


def test_a_page_may_only_be_the_source_it_says(library):
    with pytest.raises(IntegrityError), transaction.atomic():
        PreparationRecord.objects.create(email="ayse@example.org", name="Ayşe", kind="mentor_training", source="other",
                                         note="x", event=library["event"]["tr"], completed_on=TODAY())


def test_completed_preparation_reads_many_people_in_one_query():
    for n in range(30):
        record(email=f"kisi{n}@example.org", note="Atölye", kind="mentee_preparation" if n % 2 else "mentor_training")
    record(email="kisi0@example.org", note="Çevrim içi", kind="mentee_preparation")
    emails = [f"KISI{n}@example.org" for n in range(30)] + ["yok@example.org"]
    with CaptureQueriesContext(connection) as queries:
        done = completed_preparation(emails)
    assert len(queries) == 1
    assert done["kisi0@example.org"] == {"mentor_training", "mentee_preparation"}
    assert done["kisi1@example.org"] == {"mentee_preparation"}
    assert done["yok@example.org"] == set()
    with CaptureQueriesContext(connection) as queries:
        assert completed_preparation([]) == {}
    assert len(queries) == 0
