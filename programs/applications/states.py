"""The application status workflow: which changes are allowed, and what each change leaves behind.

Every change goes through ``change_status`` so that the history, Wagtail's
audit log and the applicant's e-mail can never be forgotten by a view.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from portal.cleaning import clean_text
from programs.applications.emails import enqueue_status_email
from programs.models import Application, ApplicationEvent

S = Application.Status

# from-status -> statuses it may move to. The applicant may withdraw while
# the application is not matched and not already decided against.
TRANSITIONS: dict[str, set[str]] = {
    S.SUBMITTED: {S.UNDER_REVIEW, S.WITHDRAWN},
    S.UNDER_REVIEW: {S.ELIGIBLE, S.INELIGIBLE, S.WITHDRAWN},
    S.ELIGIBLE: {S.SHORTLISTED, S.WITHDRAWN},
    S.INELIGIBLE: set(),
    S.SHORTLISTED: {S.MATCHED, S.WAITLISTED, S.NOT_SELECTED, S.WITHDRAWN},
    S.WAITLISTED: {S.MATCHED, S.NOT_SELECTED, S.WITHDRAWN},
    S.MATCHED: set(),
    S.NOT_SELECTED: set(),
    S.WITHDRAWN: set(),
}

#: Statuses from which an application may be matched. "Matched" stays in: a mentor may take several mentees,
#: and a mentee whose match was cancelled may be matched again (one live match each is a database rule).
MATCHABLE_STATUSES = (S.ELIGIBLE, S.SHORTLISTED, S.WAITLISTED, S.MATCHED)

#: Statuses that take an application out of the programme: its live matches end (see `application_left`).
LEAVING_STATUSES = frozenset({S.WITHDRAWN, S.INELIGIBLE, S.NOT_SELECTED})

#: Sent inside `change_status`'s transaction when an application moves to a leaving status, with the
#: locked application and the user. `programs.matching.workflow` cancels its live matches: matching builds
#: on applications, so applications announce the change rather than import matching.
application_left = Signal()

# Statuses the applicant hears about by e-mail: decisions, not steps.
FINAL_STATES = {S.INELIGIBLE, S.MATCHED, S.WAITLISTED, S.NOT_SELECTED, S.WITHDRAWN}

LOG_ACTION = "programs.application_status"
LOG_ACTION_MANUAL = "programs.application_manual"


class TransitionError(ValidationError):
    pass


def allowed_targets(status: str) -> list[str]:
    """Targets in the order of the Status enumeration (stable in menus)."""
    targets = TRANSITIONS.get(status, set())
    return [value for value in S.values if value in targets]


def can_change(status: str, to_status: str) -> bool:
    return to_status in TRANSITIONS.get(status, set())


def can_withdraw(application: Application) -> bool:
    return can_change(application.status, S.WITHDRAWN)


@transaction.atomic
def change_status(application: Application, to_status: str, user=None, note: str = "", *, notify: bool = True) -> ApplicationEvent:
    """Move ``application`` to ``to_status`` or raise TransitionError."""
    note = clean_text(note or "")  # typed by the secretariat; NUL would fail on PostgreSQL
    locked = Application.objects.select_for_update().get(pk=application.pk)
    from_status = locked.status
    if not can_change(from_status, to_status):
        raise TransitionError(
            _("An application cannot go from “%(from)s” to “%(to)s”.")
            % {"from": S(from_status).label, "to": S(to_status).label if to_status in S.values else to_status}
        )
    locked.status = to_status
    locked.save(update_fields=["status", "updated_at"])
    application.status, application.updated_at = locked.status, locked.updated_at
    event = ApplicationEvent.objects.create(
        application=locked, from_status=from_status, to_status=to_status, note=note, user=user, created_at=timezone.now()
    )
    log(
        instance=locked,
        action=LOG_ACTION,
        user=user,
        data={"from": from_status, "to": to_status, "note": note},
    )
    if to_status in LEAVING_STATUSES:
        application_left.send(sender=Application, application=locked, user=user, note=note)
    if notify and to_status in FINAL_STATES:
        enqueue_status_email(locked)
    return event


def record_submission(application: Application, user=None, note: str = "") -> ApplicationEvent:
    """The first line of the history: sent by the applicant, or added by hand."""
    event = ApplicationEvent.objects.create(
        application=application, from_status="", to_status=application.status, note=note, user=user,
        created_at=application.created_at,
    )
    if application.is_manual:
        log(instance=application, action=LOG_ACTION_MANUAL, user=user, data={"note": note})
    return event
