"""Staff accounts fit for personal data: lockout after failed logins, a second factor for the Secretariat and
superusers, recovery codes that work once, sign-out after inactivity, and strong passwords."""

import datetime
import time

import django_otp
import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from home import roles
from home.two_step import rules
from portal.middleware import AdminIdleTimeoutMiddleware

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-passphrase-2026"
ADMIN = "/admin/"
required = override_settings(STAFF_SECOND_FACTOR_REQUIRED=True)


def staff(username, group=None, superuser=False):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD, is_superuser=superuser)
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def code_for(device, steps_ahead=0):
    """The code the user's app shows now (or a step later: a code already used is refused once)."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=steps_ahead):06d}"


def enrol(user):
    device = TOTPDevice.objects.create(user=user, name=rules.APP_DEVICE_NAME, confirmed=True)
    return device, rules.new_recovery_codes(user)


def unthrottle(user):
    for device in django_otp.devices_for_user(user, confirmed=None):
        device.throttle_reset()


def sign_in(client, username, password=PASSWORD, address="192.0.2.10"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password, "next": ADMIN},
                       REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE="en")


# --- Lockout (django-axes) ---------------------------------------------------------------------------------


def test_the_fifth_wrong_password_locks_the_username_from_that_address(client):
    staff("sekreter", roles.SECRETARIAT)
    for _ in range(4):
        response = sign_in(client, "sekreter", "wrong")
        assert response.status_code == 200 and "_auth_user_id" not in client.session
    response = sign_in(client, "sekreter", "wrong")
    assert response.status_code == 429
    text = response.content.decode()
    assert "Too many failed sign-ins" in text and "paused for 15 minutes" in text and "After 5 wrong passwords" in text

    # While locked, even the right password is refused with the same page.
    response = sign_in(client, "sekreter")
    assert response.status_code == 429 and "_auth_user_id" not in client.session

    # The lock is for this username from this address: the same person elsewhere may still sign in.
    assert sign_in(client, "sekreter", address="198.51.100.7").status_code == 302
    client.logout()

    # After the cool-off the right password works again.
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))
    response = sign_in(client, "sekreter")
    assert response.status_code == 302 and response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_a_success_clears_earlier_failures(client):
    staff("iletisim", roles.COMMUNICATIONS)
    for _ in range(4):
        sign_in(client, "iletisim", "wrong")
    assert sign_in(client, "iletisim").status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "iletisim", "wrong").status_code == 200
    assert sign_in(client, "iletisim").status_code == 302


# --- The second factor -------------------------------------------------------------------------------------


@required
@pytest.mark.parametrize("kind", ["secretariat", "superuser"])
def test_required_accounts_are_sent_to_set_up_then_verify(client, kind):
    user = staff("kisi", roles.SECRETARIAT) if kind == "secretariat" else staff("kisi", superuser=True)
    client.force_login(user)
    for path in (ADMIN, reverse("wagtailadmin_account"), reverse("two_step")):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith(reverse("two_step_setup") + "?next=")

    page = client.get(reverse("two_step_setup"), {"next": ADMIN})
    text = page.content.decode()
    assert page.status_code == 200 and "<svg" in text and 'role="img"' in text
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert rules.secret_for_typing(device).replace(" ", "") in text.replace(" ", "")
    assert 'autocomplete="one-time-code"' in text and 'inputmode="numeric"' in text

    wrong = client.post(reverse("two_step_setup"), {"code": "000000", "next": ADMIN})
    assert wrong.status_code == 200 and 'id="error-summary"' in wrong.content.decode()
    unthrottle(user)
    response = client.post(reverse("two_step_setup"), {"code": code_for(device), "next": ADMIN})
    assert response.status_code == 302 and response["Location"] == reverse("two_step_recovery_codes")
    codes = client.get(reverse("two_step_recovery_codes"))
    assert codes.content.decode().count("<li><code>") == rules.RECOVERY_CODE_COUNT
    assert client.get(reverse("two_step_recovery_codes")).status_code == 302  # shown once
    assert client.get(ADMIN).status_code == 200

    # The next sign-in asks for a code before anything else; a new app cannot be set up instead.
    client.logout()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_account"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("two_step_verify") + "?next=")
    assert client.get(reverse("two_step_setup"))["Location"].startswith(reverse("two_step_verify"))
    assert client.post(reverse("two_step_verify"), {"code": "123456"}).status_code == 200
    unthrottle(user)  # a wrong code makes the next try wait a second (django-otp's throttling)
    response = client.post(reverse("two_step_verify"), {"code": code_for(device, 1), "next": reverse("wagtailadmin_account")})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_account")
    assert client.get(ADMIN).status_code == 200


@required
def test_unverified_required_user_is_a_visitor_outside_the_admin(client):
    user = staff("sekreter", roles.SECRETARIAT)
    enrol(user)
    client.force_login(user)
    assert client.get(reverse("wagtailadmin_login")).status_code == 302  # already signed in: Wagtail sends on
    assert client.get(reverse("two_step_verify")).status_code == 200


@required
def test_a_communications_editor_is_not_forced_but_may_enrol(client):
    user = staff("iletisim", roles.COMMUNICATIONS)
    client.force_login(user)
    assert client.get(ADMIN).status_code == 200
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert reverse("two_step") in account
    assert client.get(reverse("two_step")).status_code == 200
    client.get(reverse("two_step_setup"))
    device = TOTPDevice.objects.get(user=user)
    response = client.post(reverse("two_step_setup"), {"code": code_for(device), "next": reverse("two_step")})
    assert response.status_code == 302 and TOTPDevice.objects.get(user=user).confirmed
    client.logout()
    client.force_login(user)
    assert client.get(ADMIN).status_code == 200  # enrolled but not required: never forced
    # Changing the devices still asks for the current second factor first (Wagtail turns the refusal into a redirect).
    client.post(reverse("two_step_remove"))
    assert TOTPDevice.objects.filter(user=user).exists()
    client.post(reverse("two_step_verify"), {"code": code_for(device, 1)})
    assert client.post(reverse("two_step_remove")).status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()


@required
def test_a_required_account_may_not_turn_it_off(client):
    user = staff("sekreter", roles.SECRETARIAT)
    device, _ = enrol(user)
    client.force_login(user)
    assert client.post(reverse("two_step_verify"), {"code": code_for(device)}).status_code == 302
    client.post(reverse("two_step_remove"))
    assert TOTPDevice.objects.filter(user=user).exists()


def test_development_and_test_settings_relax_the_requirement(client):
    user = staff("sekreter", roles.SECRETARIAT)
    client.force_login(user)
    assert client.get(ADMIN).status_code == 200
    client.logout()
    assert "two-step-relaxed" in client.get(reverse("wagtailadmin_login")).content.decode()
    with required:
        assert "two-step-relaxed" not in client.get(reverse("wagtailadmin_login")).content.decode()


@required
def test_recovery_codes_work_once_each(client):
    user = staff("sekreter", roles.SECRETARIAT)
    _, codes = enrol(user)
    first, second = codes[0], codes[1]
    client.force_login(user)
    response = client.post(reverse("two_step_verify"), {"code": f"{first[:4]}-{first[4:].upper()}", "next": ADMIN})
    assert response.status_code == 302 and client.get(ADMIN).status_code == 200
    assert StaticToken.objects.filter(device__user=user).count() == rules.RECOVERY_CODE_COUNT - 1

    client.logout()
    client.force_login(user)
    assert client.post(reverse("two_step_verify"), {"code": second}).status_code == 302
    client.logout()
    client.force_login(user)
    refused = client.post(reverse("two_step_verify"), {"code": first})
    assert refused.status_code == 200 and "This code is not valid" in refused.content.decode()
    assert client.get(ADMIN).status_code == 302


@required
def test_new_recovery_codes_replace_the_old_ones(client):
    user = staff("sekreter", roles.SECRETARIAT)
    device, old = enrol(user)
    client.force_login(user)
    client.post(reverse("two_step_verify"), {"code": code_for(device)})
    assert client.post(reverse("two_step_recovery_codes")).status_code == 302
    page = client.get(reverse("two_step_recovery_codes")).content.decode()
    new = set(StaticToken.objects.filter(device__user=user).values_list("token", flat=True))
    assert len(new) == rules.RECOVERY_CODE_COUNT and not new & set(old)
    assert all(f"{code[:4]}-{code[4:]}" in page for code in new)


# --- Inactivity --------------------------------------------------------------------------------------------


def _idle_for(client, minutes):
    session = client.session
    session[AdminIdleTimeoutMiddleware.SESSION_KEY] = int(time.time()) - minutes * 60
    session.save()


@override_settings(ADMIN_SESSION_IDLE_MINUTES=30)
def test_an_idle_admin_session_ends(client):
    user = staff("sekreter", roles.SECRETARIAT)
    client.force_login(user)
    assert client.get(ADMIN).status_code == 200
    assert AdminIdleTimeoutMiddleware.SESSION_KEY in client.session

    _idle_for(client, 29)
    assert client.get(ADMIN).status_code == 200

    _idle_for(client, 31)
    response = client.get(reverse("wagtailadmin_account"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login") + "?next=")
    assert "_auth_user_id" not in client.session
    login_page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "signed out after 30 minutes without activity" in login_page


def test_the_editors_background_ping_is_not_activity(client, site_tree):
    user = staff("iletisim", roles.COMMUNICATIONS)
    client.force_login(user)
    client.get(ADMIN)
    _idle_for(client, 10)
    stamp = client.session[AdminIdleTimeoutMiddleware.SESSION_KEY]
    page = site_tree.tr
    ping = reverse("wagtailadmin_editing_sessions:ping", args=("wagtailcore", "page", page.pk, 0))
    client.post(ping)
    assert client.session[AdminIdleTimeoutMiddleware.SESSION_KEY] == stamp
    client.get(ADMIN)
    assert client.session[AdminIdleTimeoutMiddleware.SESSION_KEY] > stamp


# --- Passwords ---------------------------------------------------------------------------------------------


def test_staff_cannot_choose_a_weak_password(client):
    user = staff("iletisim", roles.COMMUNICATIONS)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for weak in ("kisa-2026", "123456789012", "password1234"):
        response = client.post(reverse("wagtailadmin_account"), {
            "password-old_password": PASSWORD, "password-new_password1": weak, "password-new_password2": weak,
        })
        assert response.status_code == 200
        user.refresh_from_db()
        assert user.check_password(PASSWORD), weak
    text = response.content.decode()
    assert "too common" in text or "too short" in text
