"""A participant opens "stop these reminders" from a reminder e-mail in Chromium and turns them off.

The demo's only active match is Turkish on both sides: the page is driven by its controls' values, not their
words, so the test holds with or without the Turkish translations compiled."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command

from programs.models import Match, ReminderPreference
from programs.reminders.preferences import wants_optional

pytestmark = pytest.mark.browser

GUL = "gul.taslak@example.org"  # the mentee of the demo's active match


def test_the_stop_link_of_a_reminder_turns_optional_reminders_off(demo_site, page, axe_check):
    match = Match.objects.get(mentee__email=GUL, state="active")
    call_command("send_reminders", "--date", (match.end_date - datetime.timedelta(days=1)).isoformat(), stdout=io.StringIO())
    message = next(m for m in mail.outbox if m.to == [GUL])  # the assignment ends, and no meeting for weeks
    path = re.search(r"https?://[^/\s]+(/tr/reminders/\S+/)", message.body).group(1)  # the site address: another host

    assert page.goto(demo_site.url + path).status == 200
    axe_check(page, "reminder settings (tr)")
    assert page.locator("input[name=optional_reminders][value=on]").is_checked()
    page.locator("input[name=optional_reminders][value=off]").check()
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.locator("#reminder-preference button[type=submit]").click()
    assert posted.value.status == 302
    page.wait_for_load_state()
    assert page.get_by_role("status").count() == 1
    assert page.locator("input[name=optional_reminders][value=off]").is_checked()
    axe_check(page, "reminder settings saved (tr)")
    assert not wants_optional(GUL)
    assert ReminderPreference.objects.get(email=GUL).optional_reminders is False
