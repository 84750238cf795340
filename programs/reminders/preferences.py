"""Turning optional reminders off and on, and the private link to do it.

The link is a signed token carrying the address; it does not expire (an old reminder's link still lets the person
stop the next one) but the secretariat may revoke every link of an address issued before a moment
(``links_revoked_at``). A forged, tampered or revoked link is a 404.
"""

from __future__ import annotations

from django.core import signing
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation

from programs.mail import public_url
from programs.privacy import links
from programs.reminders.models import ReminderPreference, normalise

SALT = "programs.reminders.preference"


def wants_optional(email: str) -> bool:
    """True unless the person turned optional reminders off."""
    return not ReminderPreference.objects.filter(email=normalise(email), optional_reminders=False).exists()


def set_optional(email: str, on: bool) -> ReminderPreference:
    """Record the choice under a row lock, so two clicks at once leave one row with the last choice."""
    email = normalise(email)
    with transaction.atomic():
        preference, _created = ReminderPreference.objects.select_for_update().get_or_create(email=email)
        if preference.optional_reminders != on:
            preference.optional_reminders = on
            preference.changed_at = timezone.now()
            preference.save(update_fields=["optional_reminders", "changed_at"])
    return preference


def make_token(email: str) -> str:
    return signing.dumps(normalise(email), salt=SALT, compress=False)


def email_from_token(token: str) -> str:
    try:
        email = signing.loads(token, salt=SALT)
        if not isinstance(email, str) or "@" not in email:
            raise ValueError(email)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise Http404("Unknown link") from exc
    revoked = ReminderPreference.objects.filter(email=email).values_list("links_revoked_at", flat=True).first()
    if revoked is not None and links.issued_at(token) <= revoked:
        raise Http404("Revoked link")
    return email


def stop_link(email: str, language: str) -> str:
    """The absolute address of the person's reminder settings page, in their language (for e-mail templates)."""
    with translation.override(language):
        return public_url(reverse("programs:reminder_preference", args=[make_token(email)]))
