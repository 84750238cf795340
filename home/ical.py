"""An event as an iCalendar file, in Istanbul time, so calendars show the right hour."""

from datetime import date
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from portal import site_address

ISTANBUL = ZoneInfo("Europe/Istanbul")


def event_calendar(event, request) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Mentor Portal//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    item = Event()
    item.add("uid", f"{event.translation_key}-{event.locale.language_code}@{site_address.configured().hostname}")
    item.add("dtstamp", timezone.now())
    item.add("dtstart", event.starts_at.astimezone(ISTANBUL))
    item.add("dtend", event.ends_at.astimezone(ISTANBUL))
    item.add("summary", event.title)
    item.add("description", strip_tags(event.summary))
    item.add("url", event.get_full_url(request))
    place = ", ".join(part for part in (event.location, event.online_url) if part)
    if place:
        item.add("location", place)
    calendar.add_component(item)
    start = event.starts_at.date()
    calendar.add_missing_timezones(first_date=date(start.year - 1, 1, 1), last_date=date(start.year + 1, 12, 31))
    return calendar.to_ical()


