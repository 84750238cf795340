"""`send_reminders --dry-run` on the demo, today and half a year on: every kind runs, nothing is sent or written."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from programs.models import ReminderPreference, SentEmail
from programs.reminders.registry import KINDS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


@pytest.mark.parametrize("days", [0, 180])
def test_a_dry_run_on_the_demo_runs_every_kind_and_changes_nothing(days):
    sent_before = SentEmail.objects.count()
    out = io.StringIO()
    call_command("send_reminders", "--dry-run", "--date", (timezone.localdate() + datetime.timedelta(days=days)).isoformat(), stdout=out)
    assert all(f"{kind}: " in out.getvalue() for kind in KINDS)
    assert "failed" not in out.getvalue()
    assert mail.outbox == [] and SentEmail.objects.count() == sent_before and not ReminderPreference.objects.exists()
