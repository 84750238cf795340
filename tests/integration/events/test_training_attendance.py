"""Attending a training event is completed preparation: marking attendance records it once, and a person who
still needs preparation is pointed at the upcoming training events of their kind."""

import pytest
from wagtail.models import Locale

from programs.events import registering
from programs.preparation.models import PreparationRecord
from programs.preparation.next_steps import upcoming_training_events
from tests.factories.site import event_index, event_page
from tests.integration.events.event_support import registration_event, sign_up

pytestmark = pytest.mark.django_db


def test_attendance_at_a_mentor_training_is_recorded_once_as_preparation(site_tree, admin_user):
    event = registration_event(site_tree, kind="mentor_training", capacity=5)
    registration = sign_up(event["en"], "Mentor.One@example.org", name="Ayşe Yılmaz")
    registering.mark_attendance(registration, "yes", user=admin_user)
    registering.mark_attendance(registration, "yes", user=admin_user)  # marked again: still one record
    record = PreparationRecord.objects.get()
    assert (record.email, record.kind, record.source, record.name) == ("mentor.one@example.org", "mentor_training", "event", "Ayşe Yılmaz")
    assert record.event_id == event["tr"].pk  # the first language version, whichever page the person registered on
    assert record.recorded_by == admin_user


@pytest.mark.parametrize("kind, attended", [("networking", "yes"), ("mentor_training", "no"), ("mentor_training", "unknown")])
def test_no_preparation_without_attending_a_training(site_tree, kind, attended):
    event = registration_event(site_tree, kind=kind, capacity=5)
    registering.mark_attendance(sign_up(event["tr"], "mentor.two@example.org"), attended)
    assert not PreparationRecord.objects.exists()


def test_upcoming_training_events_of_the_kind_in_the_language(site_tree):
    training = registration_event(site_tree, kind="mentee_preparation", in_days=3)
    event_page(event_index(site_tree), "Tanışma", "tanisma", in_days=4)  # a networking event: never suggested as training
    english = Locale.objects.get(language_code="en")
    assert upcoming_training_events("mentee_preparation", english) == [training["en"]]
    assert upcoming_training_events("mentor_training", english) == []
