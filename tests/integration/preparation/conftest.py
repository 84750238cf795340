"""Fixtures of the preparation tests: the open call's shortlisted pair (``match_pair``) under a preparation rule."""

import datetime

import pytest
from django.utils import timezone, translation

from programs.matching.suggestions import matching_settings
from programs.preparation.records import record_completion


@pytest.fixture(autouse=True)
def english():
    """Messages read outside a request come in English, whether or not the Turkish catalogue is compiled."""
    with translation.override("en"):
        yield


def require(call, rule: str):
    settings = matching_settings(call)
    settings.required_preparation = rule
    settings.save()
    return settings


def prepare(application, days_ago: int = 3, **source):
    """Record the preparation ``application``'s role needs ("other" with a note unless a page is given)."""
    kind = "mentor_training" if application.role == "mentor" else "mentee_preparation"
    source = source or {"note": "Mentorluk Becerileri eğitimi"}
    return record_completion(email=application.email, name=application.name, kind=kind,
                             completed_on=timezone.localdate() - datetime.timedelta(days=days_ago), **source)[0]


@pytest.fixture
def pair(match_pair):
    """(mentee, mentor) of the open call, both shortlisted, the call requiring preparation of both."""
    mentee, mentor = match_pair
    require(mentee.call.specific, "both")
    return mentee, mentor
