"""The demo's events: a full networking breakfast with two waiting, and a past training with attendance."""

import pytest

from home.models import EventPage
from programs.events import registering
from programs.events.models import EventRegistration
from programs.models import Application

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_the_breakfast_is_full_with_two_waiting_and_tied_to_the_call():
    event = EventPage.objects.get(slug="digital-transformation-networking-breakfast")
    rows = EventRegistration.objects.filter(event_key=event.translation_key)
    assert sorted(rows.values_list("status", flat=True)) == ["confirmed"] * 3 + ["waiting"] * 2
    assert registering.seats_left(event) == 0 and event.registration_open() and event.call_id


def test_demo_mentors_attended_the_training():
    emails = {r.email for r in registering.attended_events("murat.deneme@example.org", ["mentor_training"])}
    assert emails == {"murat.deneme@example.org"}
    attended = EventRegistration.objects.filter(event__kind="mentor_training", attended="yes").values_list("email", flat=True)
    assert set(attended) <= set(Application.objects.values_list("email", flat=True)) and len(attended) == 3
