"""The day-before reminder of an event, to everyone holding a confirmed place (read by `send_reminders`)."""

import datetime
from zoneinfo import ZoneInfo

from programs.events.emails import registration_path
from programs.events.models import EventRegistration
from programs.mail import call_in_language, public_url
from programs.reminders.registry import Reminder, register

ISTANBUL = ZoneInfo("Europe/Istanbul")
KIND = "event_day_before"


def _istanbul_day(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    start = datetime.datetime.combine(day, datetime.time.min, tzinfo=ISTANBUL)
    return start, start + datetime.timedelta(days=1)


@register(KIND)
def due(today: datetime.date) -> list[Reminder]:
    """One reminder per confirmed registration of a live event that starts tomorrow (Istanbul date)."""
    start, end = _istanbul_day(today + datetime.timedelta(days=1))
    registrations = EventRegistration.objects.filter(
        status=EventRegistration.Status.CONFIRMED, event__live=True, event__starts_at__gte=start, event__starts_at__lt=end,
    ).select_related("event").order_by("pk")
    reminders = []
    for registration in registrations:
        event = call_in_language(registration.event, registration.language)
        context = {"registration": registration, "event": event, "link": public_url(registration_path(registration))}
        reminders.append(Reminder(
            kind=KIND, key=str(registration.pk), to=registration.email, language=registration.language,
            template="event_reminder", context=context,
        ))
    return reminders
