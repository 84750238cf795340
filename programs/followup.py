"""Following a match: meetings, feedback requests and the participants' private link.

The private link works like the applicants' status link: a signed token
carrying the match, its random secret and the participant's side, so no
account is needed and a forged or tampered token is a 404.
"""

from __future__ import annotations

import datetime

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from programs import match_states
from programs.models import Feedback, Match, Meeting

PARTICIPANT_SALT = "programs.match.participant"
ROLES = (Feedback.Respondent.MENTOR, Feedback.Respondent.MENTEE)
FOLLOWED_STATES = (match_states.CONFIRMED, match_states.ACTIVE, match_states.COMPLETED)


def make_participant_token(match: Match, role: str) -> str:
    return signing.dumps([match.pk, match.secret, role], salt=PARTICIPANT_SALT, compress=False)


def participant_from_token(token: str) -> tuple[Match, str]:
    try:
        pk, secret, role = signing.loads(token, salt=PARTICIPANT_SALT)
        if role not in ROLES:
            raise ValueError(role)
        return Match.objects.select_related("call", "mentee", "mentor", "group").get(pk=int(pk), secret=str(secret)), role
    except (signing.BadSignature, ValueError, TypeError, Match.DoesNotExist) as exc:
        raise Http404("Unknown link") from exc


#: Shortest and longest meeting one may log, in minutes.
MEETING_MINUTES = (5, 600)


def check_meeting(match: Match | None, held_on=None, duration_minutes=None, *, adding: bool = True) -> None:
    """The rules for a logged meeting, wherever it is entered: the match
    page, a participant's private link or the Meetings admin (Meeting.clean).
    Raises ValidationError naming the field at fault."""
    if adding and match is not None and match.state not in FOLLOWED_STATES:
        raise ValidationError(_("Meetings can be logged only for a confirmed, active or completed match."))
    errors = {}
    if held_on is not None and held_on > timezone.localdate():
        errors["held_on"] = _("A meeting cannot be logged before it has taken place.")
    elif held_on is not None and match is not None and match.start_date and held_on < match.start_date:
        errors["held_on"] = _("The meeting date is before the start of the assignment.")
    if duration_minutes is not None and not MEETING_MINUTES[0] <= duration_minutes <= MEETING_MINUTES[1]:
        shortest, longest = MEETING_MINUTES
        errors["duration_minutes"] = _("Enter a duration from %(shortest)s to %(longest)s minutes.") % {"shortest": shortest, "longest": longest}
    if errors:
        raise ValidationError(errors)


def log_meeting(match: Match, *, held_on, format, duration_minutes, topic, notes="", logged_by=Meeting.LoggedBy.SECRETARIAT) -> Meeting:
    check_meeting(match, held_on, duration_minutes)
    return Meeting.objects.create(
        match=match, held_on=held_on, format=format, duration_minutes=duration_minutes, topic=topic, notes=notes, logged_by=logged_by
    )


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
    from programs.match_emails import notify_once

    on = on or timezone.localdate()
    sent = 0
    for match, role, stage in due_feedback(on):
        with transaction.atomic():
            Feedback.objects.get_or_create(match=match, respondent=role, stage=stage)
            sent += notify_once(match, f"feedback_{stage}", role, {"stage": stage}, template="feedback_request")
    return sent


def open_feedback(match: Match, role: str) -> list[Feedback]:
    return list(match.feedback.filter(respondent=role, submitted_at__isnull=True).order_by("sent_at"))


def submit_feedback(feedback: Feedback, *, rating: int, went_well: str = "", to_improve: str = "") -> Feedback:
    if feedback.submitted_at is not None:
        raise ValidationError(_("This feedback has already been sent. Thank you!"))
    if not 1 <= int(rating) <= 5:
        raise ValidationError({"rating": _("Choose a rating from 1 to 5.")})
    feedback.rating, feedback.went_well, feedback.to_improve = int(rating), went_well, to_improve
    feedback.submitted_at = timezone.now()
    feedback.save()
    return feedback
