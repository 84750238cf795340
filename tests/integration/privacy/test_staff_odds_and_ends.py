"""Staff accounts: the client address behind proxies (login lockout) and `reset_second_factor`."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from home.two_step import rules
from portal.client_ip import client_ip

PASSWORD = "a-long-staff-passphrase-2026"


@pytest.mark.parametrize("count,forwarded,expected", [
    (0, "203.0.113.9", "10.0.0.2"),  # no proxies configured: the header is ignored, whoever sent it
    (1, "", "10.0.0.2"),
    (1, "203.0.113.9", "203.0.113.9"),
    (1, "198.51.100.66, 203.0.113.9", "203.0.113.9"),  # the client's own forged entry is left of ours
    (2, "198.51.100.66, 203.0.113.9, 10.0.0.7", "203.0.113.9"),
    (3, "203.0.113.9", "203.0.113.9"),
])
def test_the_client_address_reads_x_forwarded_for_only_as_far_as_our_proxies(count, forwarded, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXY_COUNT=count):
        assert client_ip(request) == expected


def sign_in(client, password, forwarded):
    return client.post(reverse("wagtailadmin_login"), {"username": "sekreter", "password": password, "next": "/admin/"},
                       REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded, HTTP_ACCEPT_LANGUAGE="en")


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_lockout_holds_the_real_client_not_the_proxy(client):
    get_user_model().objects.create_user("sekreter", "sekreter@example.org", PASSWORD, is_staff=True)
    for _ in range(5):
        response = sign_in(client, "wrong", "203.0.113.9")
    assert response.status_code == 429
    # The same forged left-hand entry does not help the locked client ...
    assert sign_in(client, PASSWORD, "1.2.3.4, 203.0.113.9").status_code == 429
    # ... and a colleague behind the same proxy, from another address, is not locked out.
    assert sign_in(client, PASSWORD, "198.51.100.7").status_code == 302


@pytest.mark.django_db
def test_reset_second_factor_removes_the_app_and_recovery_codes_and_logs_it():
    user = get_user_model().objects.create_user("sekreter", "sekreter@example.org", PASSWORD, is_staff=True)
    other = get_user_model().objects.create_user("diger", "diger@example.org", PASSWORD, is_staff=True)
    for person in (user, other):
        TOTPDevice.objects.create(user=person, name=rules.APP_DEVICE_NAME, confirmed=True)
        rules.new_recovery_codes(person)
    out = io.StringIO()
    call_command("reset_second_factor", "sekreter", stdout=out)
    assert "Second factor of sekreter removed" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=user).exists() and not StaticDevice.objects.filter(user=user).exists()
    assert TOTPDevice.objects.filter(user=other).exists() and StaticDevice.objects.filter(user=other).exists()
    assert not rules.has_device(user)
    entry = ModelLogEntry.objects.get(action="home.second_factor_reset")
    assert entry.object_id == str(user.pk) and entry.data == {"had_device": True}


@pytest.mark.django_db
def test_reset_second_factor_refuses_an_unknown_username():
    with pytest.raises(CommandError, match="No user with the username 'nobody'"):
        call_command("reset_second_factor", "nobody")
    assert not ModelLogEntry.objects.filter(action="home.second_factor_reset").exists()
