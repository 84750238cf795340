"""Feedback at the midpoint and the end of a match: when it is due, the requests and the answers."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.cleaning import clean_text
from programs.followup.plans import rate_goals
from programs.followup.tokens import ROLES
from programs.matching import states as match_states
from programs.matching.emails import notify_once
from programs.models import Feedback, Match


def feedback_dates(match: Match) -> dict[str, datetime.date]:
    """Midpoint half way through the assignment, final on its last day."""
    if not (match.start_date and match.end_date):
        return {}
    midpoint = match.start_date + (match.end_date - match.start_date) / 2
    return {Feedback.Stage.MIDPOINT: midpoint, Feedback.Stage.FINAL: match.end_date}


def due_feedback(on: datetime.date) -> list[tuple[Match, str, str]]:
    """(match, respondent, stage) triples whose date has come and that were never requested.

    A match that reached its end skips the midpoint form: one request, not two at once.
    """
    due = []
    asked = set(Feedback.objects.values_list("match_id", "respondent", "stage"))
    matches = Match.objects.filter(state__in=(match_states.ACTIVE, match_states.COMPLETED)).select_related("mentee", "mentor", "group")
    for match in matches:
        dates = feedback_dates(match)
        if not dates:
            continue
        stage = None
        if on >= dates[Feedback.Stage.FINAL]:
            stage = Feedback.Stage.FINAL
        elif on >= dates[Feedback.Stage.MIDPOINT]:
            stage = Feedback.Stage.MIDPOINT
        if stage is None:
            continue
        for role in ROLES:
            if (match.pk, role, stage) not in asked:
                due.append((match, role, stage))
    return due


def send_due_feedback_requests(on: datetime.date | None = None) -> int:
    """Create and e-mail each due request once; safe to run as often as wanted."""
    on = on or timezone.localdate()
    sent = 0
    for match, role, stage in due_feedback(on):
        with transaction.atomic():
            Feedback.objects.get_or_create(match=match, respondent=role, stage=stage)
            sent += notify_once(match, f"feedback_{stage}", role, {"stage": stage}, template="feedback_request")
    return sent


def open_feedback(match: Match, role: str) -> list[Feedback]:
    return list(match.feedback.filter(respondent=role, submitted_at__isnull=True).order_by("sent_at"))


def submit_feedback(feedback: Feedback, *, rating: int, went_well: str = "", to_improve: str = "", goal_ratings=None) -> Feedback:
    """The first answer of a round counts: the write happens only while the row is still unanswered, so two
    answers sent at once never overwrite each other. ``goal_ratings`` ({goal id: `GoalRating.Level`}) says how
    far each goal of the match's plan got; it is stored with the answer or not at all."""
    if not 1 <= int(rating) <= 5:
        raise ValidationError({"rating": _("Choose a rating from 1 to 5.")})
    went_well, to_improve = clean_text(went_well or ""), clean_text(to_improve or "")
    now = timezone.now()
    with transaction.atomic():
        written = Feedback.objects.filter(pk=feedback.pk, submitted_at__isnull=True).update(
            rating=int(rating), went_well=went_well, to_improve=to_improve, submitted_at=now
        )
        if not written:
            raise ValidationError(_("This feedback has already been sent. Thank you!"))
        rate_goals(feedback, goal_ratings or {})
    feedback.rating, feedback.went_well, feedback.to_improve, feedback.submitted_at = int(rating), went_well, to_improve, now
    return feedback
