"""The registration rules: seats, the waiting list, closing time, one place per address, both languages as one event."""

import datetime

import pytest
from django.core import mail
from django.db import IntegrityError, transaction

from home.models import EventPage
from programs.events import registering
from programs.events.models import EventRegistration
from tests.integration.events.event_support import hours_from_now, registration_event, sign_up

pytestmark = pytest.mark.django_db
Status = EventRegistration.Status


@pytest.fixture
def event(site_tree):
    return registration_event(site_tree, capacity=2)


def test_seats_are_confirmed_then_the_waiting_list_fills(event):
    first, second = sign_up(event["tr"], "a@example.org"), sign_up(event["tr"], "b@example.org")
    third, fourth = sign_up(event["tr"], "c@example.org"), sign_up(event["tr"], "d@example.org")
    assert [r.status for r in (first, second, third, fourth)] == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITING, Status.WAITING]
    assert registering.seats_left(event["tr"]) == 0
    assert [registering.waiting_position(r) for r in (third, fourth)] == [1, 2]
    subjects = [m.subject for m in mail.outbox]
    assert subjects[0].startswith("Yeriniz") or "Ağ Buluşması" in subjects[0]
    assert len(mail.outbox) == 4
    assert mail.outbox[0].attachments and mail.outbox[0].attachments[0][0] == "ag-bulusmasi.ics"
    assert not mail.outbox[2].attachments  # the waiting list gets no calendar file


def test_translations_share_one_capacity(event):
    sign_up(event["tr"], "a@example.org")
    sign_up(event["en"], "b@example.org", language="en")
    late = sign_up(event["en"], "c@example.org", language="en")
    assert late.status == Status.WAITING
    assert registering.seats_left(event["en"]) == registering.seats_left(event["tr"]) == 0
    assert {r.event_key for r in EventRegistration.objects.all()} == {event["tr"].translation_key}


def test_cancelling_moves_the_first_waiting_person_up_and_tells_them(event):
    first = sign_up(event["tr"], "a@example.org")
    sign_up(event["tr"], "b@example.org")
    waiting = sign_up(event["en"], "c@example.org", language="en")
    also_waiting = sign_up(event["tr"], "d@example.org")
    mail.outbox.clear()
    moved = registering.cancel(first)
    assert moved.pk == waiting.pk
    waiting.refresh_from_db(), first.refresh_from_db(), also_waiting.refresh_from_db()
    assert (first.status, waiting.status, also_waiting.status) == (Status.CANCELLED, Status.CONFIRMED, Status.WAITING)
    assert first.cancelled_at is not None
    assert registering.waiting_position(also_waiting) == 1
    assert [m.to for m in mail.outbox] == [["c@example.org"]]
    assert "A seat is free" in mail.outbox[0].subject and mail.outbox[0].attachments
    assert registering.cancel(first) is None  # twice: nothing more


def test_cancelling_a_waiting_place_moves_nobody(event):
    sign_up(event["tr"], "a@example.org"), sign_up(event["tr"], "b@example.org")
    waiting = sign_up(event["tr"], "c@example.org")
    assert registering.cancel(waiting) is None
    assert EventRegistration.objects.filter(status=Status.CONFIRMED).count() == 2


def test_one_active_place_per_address_whatever_the_case_or_language(event):
    sign_up(event["tr"], "a@example.org")
    with pytest.raises(registering.AlreadyRegistered):
        sign_up(event["en"], "A@Example.org", language="en")
    assert EventRegistration.objects.count() == 1


def test_the_database_refuses_a_second_active_place(event):
    first = sign_up(event["tr"], "a@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        EventRegistration.objects.create(event=first.event, event_key=first.event_key, name="X", email="A@example.org", role="mentor")


def test_a_cancelled_address_may_register_again(event):
    registering.cancel(sign_up(event["tr"], "a@example.org"))
    assert sign_up(event["tr"], "a@example.org").status == Status.CONFIRMED


def test_closed_after_the_closing_time(site_tree):
    event = registration_event(site_tree, registration_closes_at=hours_from_now(1))
    with pytest.raises(registering.RegistrationClosed):
        sign_up(event["tr"], "a@example.org", now=hours_from_now(2))
    assert sign_up(event["tr"], "a@example.org").status == Status.CONFIRMED


def test_closed_once_the_event_started_and_when_not_enabled(site_tree):
    event = registration_event(site_tree)
    with pytest.raises(registering.RegistrationClosed):
        sign_up(event["tr"], "a@example.org", now=event["tr"].starts_at + datetime.timedelta(minutes=1))
    EventPage.objects.filter(translation_key=event["tr"].translation_key).update(takes_registrations=False)
    with pytest.raises(registering.RegistrationClosed):
        sign_up(EventPage.objects.get(pk=event["tr"].pk), "b@example.org")
    assert not EventRegistration.objects.exists()


def test_no_limit_without_capacity(site_tree):
    event = registration_event(site_tree, capacity=None)
    assert all(sign_up(event["tr"], f"p{i}@example.org").status == Status.CONFIRMED for i in range(5))
    assert registering.seats_left(event["tr"]) is None


def test_attendance_and_attended_events(event):
    registration = sign_up(event["tr"], "a@example.org")
    registering.mark_attendance(registration, "yes")
    assert list(registering.attended_events("A@example.org", ["networking"])) == [EventRegistration.objects.get()]
    assert not registering.attended_events("a@example.org", ["mentor_training"]).exists()
    with pytest.raises(ValueError):
        registering.mark_attendance(registration, "maybe")


def test_capacity_and_closing_time_are_checked_on_the_page(event):
    page = EventPage.objects.get(pk=event["tr"].pk)
    page.capacity, page.registration_closes_at = 0, page.starts_at + datetime.timedelta(hours=1)
    with pytest.raises(Exception) as error:
        page.full_clean()
    assert {"capacity", "registration_closes_at"} <= set(error.value.message_dict)
