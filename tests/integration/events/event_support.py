"""An upcoming event taking registrations, in Turkish and English, and a quick way to register people."""

import datetime

from django.utils import timezone

from programs.events import registering
from tests.factories.site import event_index, event_page


def registration_event(site_tree, *, capacity=2, in_days=7, **fields):
    index = event_index(site_tree)
    return event_page(
        index, {"tr": "Ağ Buluşması", "en": "Networking Meeting"}, {"tr": "ag-bulusmasi", "en": "networking-meeting"},
        in_days=in_days, takes_registrations=True, capacity=capacity, **fields,
    )


def sign_up(event, email, *, name="Ayşe Yılmaz", language="tr", now=None, **extra):
    return registering.register(
        event, name=name, email=email, role="mentor", language=language, institution_other="Kuzeyşehir Belediyesi", now=now, **extra
    )


def hours_from_now(hours):
    return timezone.now() + datetime.timedelta(hours=hours)
