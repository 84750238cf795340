"""Matches, consents and mentoring groups through ``programs.match_workflow``."""

import datetime

from django.utils import timezone

from programs.matching import workflow as match_workflow
from programs.models import ConsentMethod, Match, MentoringGroup, Party


def match(mentee, mentor=None, *, group=None, days=90, **assignment) -> Match:
    """A proposed match of ``mentee`` (and ``mentor`` or ``group``) for the mentee's call, starting today."""
    today = timezone.localdate()
    assignment = {"start_date": today, "end_date": today + datetime.timedelta(days=days), **assignment}
    return match_workflow.create_match(mentee.call.specific, mentee, mentor=mentor, group=group, **assignment)


def with_consents(m: Match, parties=tuple(Party.values)) -> Match:
    for party in parties:
        match_workflow.record_consent(m, party, timezone.localdate(), ConsentMethod.LETTER)
    return m


def group(call, mentors, name="Grup 1") -> MentoringGroup:
    g = MentoringGroup.objects.create(call=call, name=name)
    g.mentors.set(mentors)
    return g
