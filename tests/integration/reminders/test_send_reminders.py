"""`manage.py send_reminders`: each reminder once, in its recipient's language; the person's choice honoured;
--dry-run sends and writes nothing; a failing kind does not stop the others."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from programs.models import ReminderPreference, SentEmail
from programs.reminders import registry
from programs.reminders.preferences import set_optional
from tests.integration.reminders.support import draft, secretariat_member

pytestmark = pytest.mark.django_db


def run(date: datetime.date, *extra) -> str:
    out = io.StringIO()
    call_command("send_reminders", "--date", date.isoformat(), *extra, stdout=out)
    return out.getvalue()


@pytest.fixture
def english_draft(open_call):
    return draft(open_call("en"), email="Jane.Draft@Example.org", language="en")


@pytest.fixture
def closes_on(open_call):
    return timezone.localdate(open_call("tr").closes_at)


def test_run_twice_and_the_next_day_sends_each_reminder_once(english_draft, open_call, closes_on):
    draft(open_call("tr"), email="ayse.taslak@example.org", language="tr")
    first = closes_on - datetime.timedelta(days=3)
    output = run(first)
    assert "draft_before_close: 2 reminders sent, 0 sent before" in output
    assert len(mail.outbox) == 2
    run(first)
    run(first + datetime.timedelta(days=1))
    assert len(mail.outbox) == 2
    assert SentEmail.objects.filter(key__startswith="reminder:draft_before_close:").count() == 2
    english = next(m for m in mail.outbox if m.to == ["Jane.Draft@Example.org"])
    assert "You saved a draft application to “Digital Transformation Thematic Call”" in english.body
    assert "To stop these reminders" in english.body and "/en/reminders/" in english.body
    turkish = next(m for m in mail.outbox if m.to == ["ayse.taslak@example.org"])
    assert re.search(r"/tr/applications/draft/\S+", turkish.body) and "/tr/reminders/" in turkish.body


def test_optional_reminders_turned_off_are_skipped_but_required_ones_still_go(english_draft, closes_on, match_pair):
    from programs.matching import states as match_states
    from programs.matching import workflow as match_workflow
    from tests.factories import matching as match_factories

    match_workflow.transition(match_factories.match(*match_pair), match_states.AWAITING_CONSENT)
    secretariat_member("sekreterya@example.org")
    set_optional("jane.draft@example.org", False)
    set_optional("sekreterya@example.org", False)  # the digest is not optional: it still goes
    output = run(max(closes_on - datetime.timedelta(days=3), timezone.localdate() + datetime.timedelta(days=7)))
    assert "draft_before_close: 0 reminders sent, 0 sent before, 1 not sent (reminders turned off)" in output
    assert [m.to for m in mail.outbox] == [["sekreterya@example.org"]]
    assert SentEmail.objects.filter(key__startswith="reminder:consents_pending:", recipient="sekreterya@example.org").exists()
    assert "/reminders/" not in mail.outbox[0].body


def test_dry_run_sends_and_writes_nothing(english_draft, closes_on):
    output = run(closes_on, "--dry-run")
    assert "draft_before_close: 1 would be sent" in output
    assert mail.outbox == [] and not SentEmail.objects.exists() and not ReminderPreference.objects.exists()


def test_a_failing_kind_does_not_stop_the_others_and_the_command_fails(english_draft, closes_on, monkeypatch):
    def broken(today):
        raise RuntimeError("database gone")
        yield  # pragma: no cover

    monkeypatch.setitem(registry.KINDS, "aaa_broken", broken)
    out = io.StringIO()
    with pytest.raises(CommandError, match="aaa_broken"):
        call_command("send_reminders", "--date", closes_on.isoformat(), stdout=out)
    assert "aaa_broken: failed: RuntimeError: database gone" in out.getvalue()
    assert len(mail.outbox) == 1  # draft_before_close, after the broken kind, still ran
