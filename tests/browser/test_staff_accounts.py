"""A Secretariat account under the production rule: locked after five wrong passwords, then asked to set up an
authenticator app (the code computed here from the key shown on the page), given recovery codes, and asked
for a code at the next sign-in. axe-core checks every new screen."""

import base64
import datetime
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings
from django_otp.oath import totp
from wagtail.users.models import UserProfile

from home import roles

pytestmark = pytest.mark.browser

PASSWORD = "guclu-parola-2026"


def app_code(secret: str, steps_ahead=0) -> str:
    """What an authenticator app shows for the key typed from the setup page."""
    key = secret.replace(" ", "").upper()
    key += "=" * (-len(key) % 8)
    return f"{totp(base64.b32decode(key), drift=steps_ahead):06d}"


def sign_in(page, base_url, password):
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill("sekreter")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


@override_settings(STAFF_SECOND_FACTOR_REQUIRED=True)
def test_lockout_then_second_factor(demo_site, page, axe_check):
    base = demo_site.url
    user = get_user_model().objects.create_user(username="sekreter", password=PASSWORD, email="s@example.org")
    user.groups.add(Group.objects.get(name=roles.SECRETARIAT))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    page.set_extra_http_headers({"Accept-Language": "en"})

    # Production rule: the login page does not announce relaxed verification.
    page.goto(f"{base}/admin/login/")
    assert page.locator("#two-step-relaxed").count() == 0

    for _ in range(4):
        sign_in(page, base, "yanlis-parola")
        assert page.url.startswith(f"{base}/admin/login/")
    sign_in(page, base, "yanlis-parola")
    page.get_by_role("heading", name="Too many failed sign-ins").wait_for()
    assert "paused for 15 minutes" in page.locator("main").inner_text()
    axe_check(page, "lockout page")
    sign_in(page, base, PASSWORD)  # the right password while locked
    page.get_by_role("heading", name="Too many failed sign-ins").wait_for()

    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))
    sign_in(page, base, PASSWORD)
    page.get_by_role("heading", name="Set up two-step verification").wait_for()
    assert page.get_by_role("img", name="QR code for your authenticator app").is_visible()
    axe_check(page, "setup page")
    secret = page.locator("#two-step-secret").inner_text()
    page.get_by_role("textbox", name="Code").fill(app_code(secret))
    page.get_by_role("button", name="Turn on two-step verification").click()

    page.get_by_role("heading", name="Your recovery codes").wait_for()
    codes = page.get_by_role("list", name="Recovery codes").locator("code").all_inner_texts()
    assert len(codes) == 10
    axe_check(page, "recovery codes")
    page.get_by_role("link", name="I have kept my codes, continue").click()
    page.wait_for_url(f"{base}/admin/")

    # The next sign-in asks for a code before anything else.
    page.context.clear_cookies()
    sign_in(page, base, PASSWORD)
    page.get_by_role("heading", name="Two-step verification").wait_for()
    axe_check(page, "verify page")
    page.get_by_role("textbox", name="Code").fill("000000")
    page.get_by_role("button", name="Verify").click()
    page.get_by_role("alert").filter(has_text="This code is not valid").wait_for()
    axe_check(page, "verify page with an error")
    time.sleep(1.2)  # django-otp makes the next try after a wrong code wait a second
    page.get_by_role("textbox", name="Code").fill(app_code(secret, steps_ahead=1))  # the code already used is refused
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{base}/admin/")

    page.goto(f"{base}/admin/two-step/")
    page.get_by_role("heading", name="Two-step verification").wait_for()
    assert "9 recovery codes are left" not in page.locator("main").inner_text()
    assert "10 recovery codes are left" in page.locator("main").inner_text()
    axe_check(page, "two-step overview")
