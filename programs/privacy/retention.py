"""Which personal data is due for anonymisation today, and doing it (``manage.py apply_retention``, daily).

* A draft goes when its call closes; a standing call's draft after ``STANDING_CALL_DRAFT_DAYS`` without change.
* An application never in an agreed match (confirmed, active, completed) is anonymised ``unmatched_months``
  after its call closed; on a standing call, after its final decision (ineligible, not selected, withdrawn).
* A completed match, and the applications in it, ``matched_months`` after the match's end date. An application
  in several matches waits for the last; one still in a live match (proposed to active) is never due.
* A cancelled match goes with its mentee's application.
* A preparation record goes with the person's last application; a person who never applied keeps it
  ``RETENTION_MONTHS_UNMATCHED`` after completing it.
* An answered or refused data-subject request keeps the address ``RETENTION_MONTHS_UNMATCHED`` after it was
  handled (evidence that it was answered), then keeps only its kind, dates and outcome.

Statistics survive because anonymisation keeps every counted field (programs.privacy.anonymise).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db.models import Max, Q
from django.utils import timezone

from programs.applications.models import Application, ApplicationDraft, ApplicationEvent
from programs.applications.states import LEAVING_STATUSES
from programs.calls.models import CallPage
from programs.matching import states as match_states
from programs.matching.models import Match
from programs.preparation.models import PreparationRecord
from programs.privacy.anonymise import (
    PLACEHOLDER_DOMAIN,
    anonymise_application,
    anonymise_match,
    anonymise_preparation,
    placeholder_email,
)
from programs.privacy.requests import DataSubjectRequest
from programs.privacy.rules import PeriodFinder

#: Reasons stored on what retention anonymises (ids only in logs; these are codes, not prose).
REASON_UNMATCHED = "retention: unmatched"
REASON_MATCHED = "retention: matched"


@dataclass
class RetentionPlan:
    now: datetime.datetime
    drafts: list[int] = field(default_factory=list)
    unmatched: list[int] = field(default_factory=list)  # application ids
    matched: list[int] = field(default_factory=list)  # application ids
    matches: list[int] = field(default_factory=list)  # match ids
    requests: list[int] = field(default_factory=list)  # data-subject request ids
    preparation: list[int] = field(default_factory=list)  # preparation records of people who never applied

    def is_empty(self) -> bool:
        return not (self.drafts or self.unmatched or self.matched or self.matches or self.requests or self.preparation)


def _months_after(moment, months: int):
    return moment + relativedelta(months=months)


def _matches_by_person() -> dict[int, list[Match]]:
    """{application id: its matches} for every match with someone or something still to anonymise; a group's
    mentors each count as in every match of their group."""
    matches_of: dict[int, list[Match]] = {}
    for match in Match.objects.filter(Q(mentee__anonymised_at__isnull=True) | Q(mentor__anonymised_at__isnull=True)
                                      | Q(anonymised_at__isnull=True)).prefetch_related("group__mentors"):
        people = [match.mentee_id] + ([match.mentor_id] if match.mentor_id else [m.pk for m in match.group.mentors.all()])
        for pk in people:
            matches_of.setdefault(pk, []).append(match)
    return matches_of


def _completed_matches_due(matches, periods, calls, now) -> set[int]:
    today = timezone.localtime(now).date()
    due_matches = set()
    for match in matches:
        if match.anonymised_at or match.state != match_states.COMPLETED or not match.end_date:
            continue
        months = periods.for_call(calls[match.call_id]).matched_months
        if _months_after(match.end_date, months) <= today:
            due_matches.add(match.pk)
    return due_matches


def due(now=None) -> RetentionPlan:
    """What is due at ``now`` (default: now); reads only, changes nothing."""
    now = now or timezone.now()
    plan = RetentionPlan(now=now)
    periods = PeriodFinder()
    calls = {call.pk: call for call in CallPage.objects.all()}

    stale = now - datetime.timedelta(days=settings.STANDING_CALL_DRAFT_DAYS)
    plan.drafts = sorted(ApplicationDraft.objects.filter(
        Q(call__closes_at__lte=now) | Q(call__closes_at__isnull=True, updated_at__lte=stale)
    ).values_list("pk", flat=True))

    applications = Application.objects.filter(anonymised_at__isnull=True).only("pk", "call_id", "status")
    matches_of = _matches_by_person()
    decided = dict(
        ApplicationEvent.objects.filter(to_status__in=LEAVING_STATUSES).values("application_id")
        .annotate(at=Max("created_at")).values_list("application_id", "at")
    )
    due_matches = _completed_matches_due({m for ms in matches_of.values() for m in ms}, periods, calls, now)

    for application in applications:
        call = calls[application.call_id]
        mine = matches_of.get(application.pk, [])
        agreed = [m for m in mine if m.state in match_states.AGREED_STATES]
        live = [m for m in mine if m.state not in (match_states.COMPLETED, match_states.CANCELLED)]
        if live:
            continue
        if agreed:
            if all(m.pk in due_matches for m in agreed):
                plan.matched.append(application.pk)
            continue
        months = periods.for_call(call).unmatched_months
        if call.closes_at is not None:
            start = call.closes_at
        elif application.status in LEAVING_STATUSES and application.pk in decided:
            start = decided[application.pk]
        else:
            continue
        if _months_after(start, months) <= now:
            plan.unmatched.append(application.pk)
    going = set(plan.unmatched) | set(plan.matched)
    cancelled_with_mentee = {
        m.pk for ms in matches_of.values() for m in ms
        if m.state == match_states.CANCELLED and not m.anonymised_at and m.mentee_id in going
    }
    plan.matches = sorted(due_matches | cancelled_with_mentee)
    handled_before = now - relativedelta(months=settings.RETENTION_MONTHS_UNMATCHED)
    plan.requests = sorted(
        DataSubjectRequest.objects.exclude(status=DataSubjectRequest.Status.OPEN)
        .filter(handled_at__lte=handled_before).exclude(email__endswith=PLACEHOLDER_DOMAIN).values_list("pk", flat=True)
    )
    plan.preparation = _preparation_due(now)
    plan.unmatched.sort()
    plan.matched.sort()
    return plan


def _preparation_due(now) -> list[int]:
    """Records of people with no application left to anonymise, completed longer ago than the unmatched period
    (the records of applicants go with their last application: `anonymise_application`)."""
    completed_before = timezone.localtime(now).date() - relativedelta(months=settings.RETENTION_MONTHS_UNMATCHED)
    applicants = Application.objects.filter(anonymised_at__isnull=True).values("email")
    return sorted(
        PreparationRecord.objects.filter(anonymised_at__isnull=True, completed_on__lte=completed_before)
        .exclude(email__in=applicants).values_list("pk", flat=True)
    )


def apply(plan: RetentionPlan) -> dict:
    """Carry out ``plan``: {kind: how many were changed} (0 for what a parallel run did first)."""
    done = {"drafts": ApplicationDraft.objects.filter(pk__in=plan.drafts).delete()[0], "applications": 0, "matches": 0}
    for pk in plan.unmatched:
        done["applications"] += anonymise_application(Application(pk=pk), reason=REASON_UNMATCHED, now=plan.now)
    for pk in plan.matched:
        done["applications"] += anonymise_application(Application(pk=pk), reason=REASON_MATCHED, now=plan.now)
    for pk in plan.matches:
        done["matches"] += anonymise_match(Match(pk=pk), reason=REASON_MATCHED, now=plan.now)
    if plan.preparation:
        done["preparation"] = anonymise_preparation(PreparationRecord.objects.filter(pk__in=plan.preparation), now=plan.now)
    done["requests"] = 0
    for item in DataSubjectRequest.objects.filter(pk__in=plan.requests).exclude(email__endswith=PLACEHOLDER_DOMAIN):
        item.email, item.message = placeholder_email("request", item.pk), ""
        item.save(update_fields=["email", "message"])
        done["requests"] += 1
    return done
