"""Shared helpers for the matching tests: users by role and the demo's closed call."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from home import roles
from programs import match_workflow
from programs.models import Application, ConsentMethod, Match, Party

TODAY = timezone.localdate


def user_in(group_name: str, username: str):
    user = get_user_model().objects.create_user(username=username, password="x", email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # assertions read the English admin
    profile.save()
    return user


@pytest.fixture
def secretariat(client):
    user = user_in(roles.SECRETARIAT, "sekreterya")
    client.force_login(user)
    return user


def app(email) -> Application:
    return Application.objects.select_related("call").get(email=email)


def zeynep():
    """Shortlisted mentee of the closed call, left unmatched by the demo."""
    return app("zeynep.kurgu@example.org")


def hakan():
    """Waitlisted mentor of the closed call, another institution than Zeynep's."""
    return app("hakan.deneme@example.org")


def closed_call():
    return zeynep().call.specific


def proposed_match(**assignment) -> Match:
    mentee, mentor = zeynep(), hakan()
    today = TODAY()
    assignment = {"start_date": today, "end_date": today + datetime.timedelta(days=90), **assignment}
    return match_workflow.create_match(mentee.call.specific, mentee, mentor=mentor, **assignment)


def with_consents(match, parties=tuple(Party.values)) -> Match:
    for party in parties:
        match_workflow.record_consent(match, party, TODAY(), ConsentMethod.LETTER)
    return match
