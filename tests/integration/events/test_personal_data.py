"""Registrations belong to the person's data: in their export, and gone (seat passed on) when they are erased."""

import pytest

from programs.events.models import EventRegistration
from programs.privacy import subjects
from tests.integration.events.event_support import registration_event, sign_up

pytestmark = pytest.mark.django_db


def test_registrations_are_in_the_export_and_erased_with_the_person(site_tree):
    event = registration_event(site_tree, capacity=1)
    sign_up(event["tr"], "ayse@example.org", accessibility="Rampa gerekli")
    waiting = sign_up(event["tr"], "mehmet@example.org", name="Mehmet")
    records = subjects.records_for("AYSE@example.org")
    rows = subjects.export_data(records)["event_registrations"]
    assert [(r["event"], r["accessibility"], r["status"]) for r in rows] == [("Ağ Buluşması", "Rampa gerekli", "confirmed")]
    subjects.erase_person("ayse@example.org", reason="asked")
    assert not EventRegistration.objects.filter(email="ayse@example.org").exists()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
