"""The event page's registration box (home's template loads it: home does not import programs)."""

from django import template
from django.utils import timezone

from programs.events import registering

register = template.Library()


@register.inclusion_tag("programs/events/status_box.html")
def registration_box(event):
    """Seats left, waiting list or closed; nothing (and no query) for an event without registration here."""
    if not event.takes_registrations or event.is_past():
        return {"shown": False}
    original = registering.original_event(event) if event.translation_key else event
    return {
        "shown": True, "is_open": original.registration_open(), "seats_left": registering.free_seats(original),
        "deadline": timezone.localtime(original.registration_deadline()), "register_url": event.register_url,
    }
