"""The day-before reminder: `due(today)` names each confirmed place at an event starting tomorrow, Istanbul time."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template.loader import render_to_string

from programs.events import registering, reminders
from programs.reminders.registry import KINDS
from tests.integration.events.event_support import registration_event, sign_up

pytestmark = pytest.mark.django_db
ISTANBUL = ZoneInfo("Europe/Istanbul")


def at(day, hour):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=ISTANBUL)


def test_due_names_confirmed_places_of_tomorrows_event_only(site_tree):
    today = datetime.date(2030, 3, 9)
    # 00:30 on the 10th in Istanbul is still the 9th in UTC: the Istanbul date decides.
    event = registration_event(site_tree, capacity=2, starts_at=at(today + datetime.timedelta(days=1), 0).replace(minute=30),
                               registration_closes_at=None)
    now = at(today, 9)
    first = sign_up(event["tr"], "a@example.org", now=now)
    sign_up(event["en"], "b@example.org", language="en", now=now)
    sign_up(event["tr"], "c@example.org", now=now)  # waiting: no reminder
    cancelled = sign_up(event["tr"], "d@example.org", now=now)
    registering.cancel(cancelled, now=now)
    found = reminders.due(today)
    assert KINDS["event_day_before"] is reminders.due
    assert sorted(r.to for r in found) == ["a@example.org", "b@example.org"]
    assert {(r.key, r.template) for r in found if r.to == "a@example.org"} == {(str(first.pk), "event_reminder")}
    assert reminders.due(today - datetime.timedelta(days=1)) == [] and reminders.due(today + datetime.timedelta(days=1)) == []
    english = next(r for r in found if r.language == "en")
    body = render_to_string("programs/emails/event_reminder_body.txt", english.context)
    assert "Networking Meeting" in body and "/events/registrations/" in body
