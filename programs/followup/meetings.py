"""The rules for a logged meeting, wherever it is entered.

This module imports no model of `programs.followup.models`, so `Meeting.clean` can call it: the match page,
a participant's private link and the Meetings admin all check the same way.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.cleaning import VISIBLE_MESSAGE, clean_line, clean_text, date_window_error, is_blank
from programs.followup.plans import record_progress
from programs.matching import states as match_states

FOLLOWED_STATES = (match_states.CONFIRMED, match_states.ACTIVE, match_states.COMPLETED)

#: Shortest and longest meeting one may log, in minutes.
MEETING_MINUTES = (5, 600)

#: How far back a meeting may be logged: longer than any assignment with its extensions, and no year 1.
MEETING_YEARS_BACK = 5


def check_meeting(match, held_on=None, duration_minutes=None, *, adding: bool = True, topic=None) -> None:
    """The rules for a logged meeting, wherever it is entered: the match
    page, a participant's private link or the Meetings admin (Meeting.clean).
    Raises ValidationError naming the field at fault."""
    if adding and match is not None and match.state not in FOLLOWED_STATES:
        raise ValidationError(_("Meetings can be logged only for a confirmed, active or completed match."))
    errors = {}
    if held_on is not None and held_on > timezone.localdate():
        errors["held_on"] = _("A meeting cannot be logged before it has taken place.")
    elif (too_early := date_window_error(held_on, years_back=MEETING_YEARS_BACK, years_ahead=None)) is not None:
        errors["held_on"] = too_early
    elif held_on is not None and match is not None and match.start_date and held_on < match.start_date:
        errors["held_on"] = _("The meeting date is before the start of the assignment.")
    if duration_minutes is not None and not MEETING_MINUTES[0] <= duration_minutes <= MEETING_MINUTES[1]:
        shortest, longest = MEETING_MINUTES
        errors["duration_minutes"] = _("Enter a duration from %(shortest)s to %(longest)s minutes.") % {"shortest": shortest, "longest": longest}
    if topic is not None and is_blank(topic):
        errors["topic"] = VISIBLE_MESSAGE
    if errors:
        raise ValidationError(errors)


def log_meeting(match, *, held_on, format, duration_minutes, topic, notes="", logged_by="secretariat", progress=()):
    """Check and record a meeting; ``logged_by`` is a `Meeting.LoggedBy` value. ``progress`` notes progress on
    goals of the match's plan (`plans.record_progress`): a goal of another match refuses the whole meeting."""
    topic, notes = clean_line(topic), clean_text(notes or "")
    check_meeting(match, held_on, duration_minutes, topic=topic)
    with transaction.atomic():
        meeting = match.meetings.create(
            held_on=held_on, format=format, duration_minutes=duration_minutes, topic=topic, notes=notes, logged_by=logged_by
        )
        record_progress(meeting, progress)
    return meeting
