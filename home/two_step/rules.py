"""Who must verify, and the devices behind it: plain functions the middleware, the views and the tests share."""

from __future__ import annotations

import django_otp
import segno
from django.conf import settings
from django.utils.html import escape
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.roles import SECRETARIAT, SECRETARIAT_LEAD

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery"


def is_required_for(user) -> bool:
    """The Secretariat and superusers see every applicant's data: under production settings they need a second factor."""
    if not (settings.STAFF_SECOND_FACTOR_REQUIRED and user.is_authenticated):
        return False
    return user.is_superuser or user.groups.filter(name__in=[SECRETARIAT, SECRETARIAT_LEAD]).exists()


def is_verified(user) -> bool:
    """True once this session has passed a second factor (django-otp's middleware adds ``is_verified``)."""
    return bool(getattr(user, "is_verified", lambda: False)())


def must_verify(user) -> bool:
    return is_required_for(user) and not is_verified(user)


def has_app(user) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def has_device(user) -> bool:
    """An app or recovery codes: either can pass the second step."""
    return django_otp.user_has_device(user, confirmed=True)


def may_change_devices(user) -> bool:
    """Enrolling a new app or new codes needs the current second factor, if there is one: otherwise a stolen
    password would be enough to replace it."""
    return is_verified(user) or not has_device(user)


def pending_app(user) -> TOTPDevice:
    """The app being set up: an unconfirmed TOTP device, kept until confirmed so the QR code stays the same on reload."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).filter(name=APP_DEVICE_NAME).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def confirm_app(request, device: TOTPDevice, code: str) -> bool:
    """A correct first code makes the app the user's one app (replacing any earlier) and verifies this session."""
    if not device.verify_token(code):
        return False
    device.confirmed = True
    device.save()
    TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
    mark_verified(request, device)
    return True


def verify(request, code: str) -> bool:
    """An app code or an unused recovery code (which is then spent) verifies this session."""
    device = django_otp.match_token(request.user, code.replace(" ", "").replace("-", "").lower())
    if device is None:
        return False
    mark_verified(request, device)
    return True


def mark_verified(request, device) -> None:
    # A new session key for the raised privilege, as at login.
    request.session.cycle_key()
    django_otp.login(request, device)


def new_recovery_codes(user) -> list[str]:
    """Ten fresh one-time codes; the earlier ones stop working. Only shown once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def remove_all(user) -> None:
    """For staff not required to use a second factor, or for a superuser resetting a lost phone."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def secret_for_typing(device: TOTPDevice) -> str:
    """The base32 key in groups of four, for those who type it into the app instead of scanning."""
    key = device.config_url.split("secret=", 1)[1].split("&", 1)[0]
    return " ".join(key[i:i + 4] for i in range(0, len(key), 4))


def qr_svg(device: TOTPDevice, label: str) -> str:
    """The app's setup link as an inline SVG QR code, drawn here (nothing from another host), named for screen readers."""
    svg = segno.make(device.config_url, error="m").svg_inline(scale=5, border=4, dark="#000", light="#fff")
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
