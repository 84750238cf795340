"""The registrant's private link: signed id and random secret, so no account is needed and a forged link is a 404."""

from django.core import signing
from django.http import Http404

from programs.applications.models import sign
from programs.events.models import EventRegistration

REGISTRATION_SALT = "programs.events.registration"


def make_registration_token(registration) -> str:
    return sign(registration, REGISTRATION_SALT)


def registration_from_token(token: str) -> EventRegistration:
    try:
        pk, secret = signing.loads(token, salt=REGISTRATION_SALT)
        return EventRegistration.objects.select_related("event", "institution").get(pk=int(pk), secret=str(secret))
    except (signing.BadSignature, ValueError, TypeError, EventRegistration.DoesNotExist) as exc:
        raise Http404("Unknown link") from exc
