"""Events taking registrations: an upcoming networking breakfast, full with two on the waiting list, and a
past mentor training whose attendance is marked. Registered through the portal's own rules, at a moment
before the closing time (so a past event can be filled), without sending e-mails; run again, it adds nothing."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from demo.loader.common import data, key_uuid
from demo.loader.pages import ensure_index, ensure_page, home_page, translated_texts
from demo.loader.programmes import ensure_themes
from home.models import EventIndexPage, EventPage
from programs.events import registering
from programs.events.models import EventRegistration
from programs.models import CallPage

ISTANBUL = ZoneInfo("Europe/Istanbul")


def load(stdout) -> None:
    themes, today = ensure_themes(), timezone.localdate(timezone=ISTANBUL)
    index = ensure_index(EventIndexPage, "events", data("news")["event_index"], home_page())["tr"]
    added = 0
    for item in data("events")["events"]:
        hour, minute = (int(part) for part in item["start_time"].split(":"))
        starts_at = datetime.combine(today + timedelta(days=item["starts_in_days"]), time(hour, minute), tzinfo=ISTANBUL)
        call = CallPage.objects.filter(translation_key=key_uuid(f"call:{item['call']}"), locale__language_code="tr").first()
        pages = ensure_page(
            index, EventPage, f"event:{item['key']}", translated_texts(item, ("title", "summary", "location")),
            common={
                "starts_at": starts_at, "ends_at": starts_at + timedelta(hours=item["duration_hours"]), "kind": item["kind"],
                "takes_registrations": True, "capacity": item["capacity"],
                "registration_closes_at": starts_at - timedelta(days=item["closes_days_before"]), "call": call,
            },
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
        added += _register(pages, item, starts_at - timedelta(days=item["closes_days_before"] + 5))
    stdout.write(f"Event registrations: {added} new.")


def _register(pages: dict, item: dict, when) -> int:
    added = 0
    event = pages["tr"]
    for number, person in enumerate(item["registrations"]):
        if EventRegistration.objects.filter(event_key=event.translation_key, email__iexact=person["email"]).exists():
            continue
        registration = registering.register(
            pages[person["language"]], name=person["name"], email=person["email"], role=person["role"],
            language=person["language"], accessibility=person.get("accessibility", ""), now=when + timedelta(minutes=number),
            notify=False,
        )
        if person.get("attended"):
            registering.mark_attendance(registration, person["attended"])
        added += 1
    return added
