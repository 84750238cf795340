"""Preparation records are the person's data: in their export, anonymised with their erasure, with their last
application by retention, and on their own after the unmatched period when the person never applied."""

import datetime
import io
import json
import zipfile

import pytest
from django.test import override_settings
from django.utils import timezone

from programs.models import PreparationRecord
from programs.preparation.records import completed_preparation, record_completion
from programs.privacy import retention, subjects
from programs.privacy.anonymise import anonymise_application
from tests.factories.applications import ApplicationFactory
from tests.integration.preparation.conftest import prepare

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_person_s_records_and_no_one_else_s(pair):
    mentee, mentor = pair
    prepare(mentee)
    prepare(mentor)
    records = subjects.records_for("ZEYNEP.KURGU@example.org")
    assert ("Preparation records", 1) in [(str(label), count) for label, count in records.counts()]
    archive = zipfile.ZipFile(io.BytesIO(subjects.export_zip(records, "en")))
    rows = json.loads(archive.read("preparation.json"))
    assert [(r["email"], r["kind"], r["completed"]) for r in rows] == [
        ("zeynep.kurgu@example.org", "mentee_preparation", "Mentorluk Becerileri eğitimi")]


def test_erasure_anonymises_the_records_and_keeps_what_is_counted(pair):
    mentee, mentor = pair
    record = prepare(mentee)
    prepare(mentor)
    summary = subjects.erase_person(mentee.email, reason="E-posta ile istendi")
    record.refresh_from_db()
    assert summary["preparation"] == [record.pk]
    assert (record.name, record.note, record.email.endswith("@anonymised.invalid")) == ("—", "", True)
    assert (record.kind, record.source, record.anonymised_at is not None) == ("mentee_preparation", "other", True)
    assert completed_preparation([mentee.email, mentor.email]) == {mentee.email: set(), mentor.email: {"mentor_training"}}


def test_records_go_with_the_last_application_only(pair, closed_group_call):
    mentee, _mentor = pair
    record = prepare(mentee)
    second = ApplicationFactory(call=closed_group_call("tr"), role="mentee", name=mentee.name, email=mentee.email)
    anonymise_application(mentee, reason="retention: unmatched")
    record.refresh_from_db()
    assert record.anonymised_at is None  # still an applicant of another call
    anonymise_application(second, reason="retention: unmatched")
    record.refresh_from_db()
    assert record.anonymised_at is not None and record.name == "—"


@override_settings(RETENTION_MONTHS_UNMATCHED=12)
def test_someone_who_never_applied_is_kept_for_the_unmatched_period(match_pair):
    mentee, _mentor = match_pair
    today = timezone.localdate()
    never_applied, _new = record_completion(email="egitim@example.org", name="Eğitim Katılımcısı", kind="mentor_training",
                                            note="Atölye", completed_on=today - datetime.timedelta(days=400))
    recent, _new = record_completion(email="yeni@example.org", name="Yeni", kind="mentor_training", note="Atölye",
                                     completed_on=today - datetime.timedelta(days=30))
    applicant_record = prepare(mentee, days_ago=400)
    plan = retention.due()
    assert plan.preparation == [never_applied.pk]
    assert retention.apply(plan)["preparation"] == 1
    assert set(PreparationRecord.objects.filter(anonymised_at__isnull=True).values_list("pk", flat=True)) == {
        recent.pk, applicant_record.pk}
    assert retention.due().preparation == []  # a second run changes nothing
