"""The daily reminder of claims waiting for a decision: `due(today)` called directly (the send command is
someone else's). One reminder a day to the secretariat's address, not optional, only for claims older than
the setting's days; decided claims are never listed."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from home import roles
from programs.claims import reminders, rules
from programs.claims.models import Claim
from programs.mail import render_message
from programs.reminders.registry import KINDS
from tests.integration.claims.claim_support import submit
from tests.integration.matching.matching_support import user_in

pytestmark = pytest.mark.django_db


def sent_days_ago(claim, days):
    Claim.objects.filter(pk=claim.pk).update(created_at=timezone.now() - datetime.timedelta(days=days, hours=1))


def test_the_kind_is_registered():
    assert KINDS["claims_waiting"] is reminders.due


def test_one_reminder_a_day_to_the_shared_address(claim_match, settings):
    settings.SECRETARIAT_EMAIL, settings.CLAIMS_WAITING_DAYS = "sekreterya@birlik.example", 10
    old, fresh = submit(claim_match), submit(claim_match)
    sent_days_ago(old, 12)
    sent_days_ago(fresh, 3)
    today = timezone.localdate()
    (reminder,) = reminders.due(today)
    assert reminder.kind == "claims_waiting" and reminder.key == today.isoformat() and reminder.to == "sekreterya@birlik.example"
    assert reminder.optional is False and reminder.language == "tr" and reminder.template == "claims_waiting"
    assert [row["number"] for row in reminder.context["claims"]] == [old.pk]
    assert reminder.context["claims"][0]["days"] == 12
    assert reminders.due(today + datetime.timedelta(days=1))[0].key != reminder.key  # the next day is another e-mail


def test_nothing_due_when_nothing_waits_long_enough(claim_match, settings, admin_user):
    settings.SECRETARIAT_EMAIL = "sekreterya@birlik.example"
    assert reminders.due(timezone.localdate()) == []
    claim = submit(claim_match)
    sent_days_ago(claim, 30)
    rules.decide(claim, rules.APPROVE, user=admin_user)
    assert reminders.due(timezone.localdate()) == []


def test_the_boundary_is_more_than_n_days(claim_match, settings):
    settings.SECRETARIAT_EMAIL, settings.CLAIMS_WAITING_DAYS = "s@birlik.example", 5
    claim = submit(claim_match)
    sent = timezone.localdate(Claim.objects.get(pk=claim.pk).created_at)
    assert reminders.due(sent + datetime.timedelta(days=5)) == []
    assert len(reminders.due(sent + datetime.timedelta(days=6))) == 1


def test_without_a_shared_address_each_secretariat_member_gets_one(claim_match, settings):
    settings.SECRETARIAT_EMAIL = ""
    user_in(roles.SECRETARIAT, "birinci"), user_in(roles.SECRETARIAT, "ikinci")
    sent_days_ago(submit(claim_match), 20)
    due = reminders.due(timezone.localdate())
    assert sorted(r.to for r in due) == ["birinci@example.org", "ikinci@example.org"]
    assert len({r.key for r in due}) == 2


def test_the_e_mail_renders_in_turkish_and_names_nobody(claim_match, settings):
    settings.SECRETARIAT_EMAIL = "sekreterya@birlik.example"
    claim = submit(claim_match)
    sent_days_ago(claim, 11)
    mail.outbox.clear()  # the match's confirmation e-mails
    (reminder,) = reminders.due(timezone.localdate())
    message = render_message(reminder.template, reminder.language, reminder.context, reminder.to)
    assert str(claim.pk) in message.subject + message.body and f"/admin/programs/claims/{claim.pk}/decide/" in message.body
    assert claim_match.mentor.name not in message.body and "1.550,00" in message.body
    assert mail.outbox == []  # due() sends nothing itself
