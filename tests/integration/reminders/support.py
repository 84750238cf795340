"""Shared set-up of the reminder tests: fixed dates around a match or a call, and a secretariat member."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from home.roles import SECRETARIAT
from programs.models import ApplicationDraft, Match


def day(offset: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=offset)


def kinds_of(due, today):
    return list(due(today))


def secretariat_member(email="sekreterya@example.org"):
    user = get_user_model().objects.create_user(username=email.split("@")[0], email=email, password="x")
    user.groups.add(Group.objects.get(name=SECRETARIAT))
    return user


def draft(call, email="taslak@example.org", language="tr") -> ApplicationDraft:
    return ApplicationDraft.objects.create(call=call, email=email, language=language, data={"name": ["Taslak Sahibi"]})


def set_dates(match: Match, **dates) -> Match:
    Match.objects.filter(pk=match.pk).update(**dates)
    match.refresh_from_db()
    return match
