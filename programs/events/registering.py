"""The rules of registering for an event, whatever asks (the public form, the admin, the demo, tests).

The Turkish and English pages of one event are one event: the seats, the closing time and the switch
that opens registration are read from its original page (the first created), and registrations of both
pages count together. Every change locks the event's page rows first, so two people cannot take the
last seat at once; the unique constraint keeps one active registration per address.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from home.models import EventPage
from programs.events import emails
from programs.events.models import EventRegistration
from programs.preparation.models import PreparationKind
from programs.preparation.records import record_completion

Status = EventRegistration.Status
PREPARATION_KINDS = frozenset(PreparationKind.values)  #: event kinds that count as preparation (same codes)
LOG_ATTENDANCE = "programs.event_attendance"
LOG_CANCELLED = "programs.event_registration_cancelled"


class RegistrationClosed(Exception):
    """Registration is not enabled for the event, or its closing time (or start) has passed."""


class AlreadyRegistered(Exception):
    """The address already holds a confirmed or waiting place at this event."""


def original_event(event) -> EventPage:
    """The page whose seats and closing time rule every language of the event."""
    return EventPage.objects.filter(translation_key=event.translation_key).order_by("pk").first() or event


def active(event_key):
    return EventRegistration.objects.filter(event_key=event_key).exclude(status=Status.CANCELLED)


def seats_left(event) -> int | None:
    """Free seats of the event in every language; None when it has no limit."""
    return free_seats(original_event(event))


def free_seats(original) -> int | None:
    """`seats_left` of an event's original page (one query)."""
    if original.capacity is None:
        return None
    return max(0, original.capacity - active(original.translation_key).filter(status=Status.CONFIRMED).count())


def waiting_position(registration) -> int | None:
    return registration.waiting_position()


def _lock(event) -> EventPage:
    """Lock every language's page row of the event; the original page, read fresh."""
    list(Page.objects.select_for_update().filter(translation_key=event.translation_key).order_by("pk").values_list("pk", flat=True))
    return original_event(event)


def register(event, *, name: str, email: str, role: str, language: str, institution=None, institution_other: str = "",
             accessibility: str = "", privacy_notice=None, now=None, notify: bool = True) -> EventRegistration:
    """A confirmed place if a seat is free, else a place on the waiting list; the e-mail is queued with it
    (``notify=False``: none, for the demo's made-up people)."""
    now = now or timezone.now()
    email = email.strip().lower()
    with transaction.atomic():
        original = _lock(event)
        if not original.registration_open(now):
            raise RegistrationClosed
        if active(original.translation_key).filter(email__iexact=email).exists():
            raise AlreadyRegistered
        left = free_seats(original)
        try:
            with transaction.atomic():
                registration = EventRegistration.objects.create(
                    event=event, event_key=original.translation_key, name=name, email=email, role=role, language=language,
                    institution=institution, institution_other="" if institution else institution_other,
                    accessibility=accessibility, privacy_notice=privacy_notice,
                    privacy_agreed_at=now if privacy_notice else None, created_at=now,
                    status=Status.CONFIRMED if left is None or left > 0 else Status.WAITING,
                )
        except IntegrityError as exc:
            raise AlreadyRegistered from exc
        if notify:
            emails.enqueue(registration.status, registration.pk)  # a database task: it exists once this commits
    return registration


def cancel(registration, *, now=None, user=None) -> EventRegistration | None:
    """Cancel a place; a freed seat goes to the first on the waiting list, who is told by e-mail.

    Returns the registration that moved up, if any. Cancelling twice changes nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        original = _lock(registration.event)
        registration = EventRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return None
        registration.status, registration.cancelled_at = Status.CANCELLED, now
        registration.save(update_fields=["status", "cancelled_at"])
        if user is not None:
            log(registration, LOG_CANCELLED, user=user)
        return fill_free_seats(original, now=now)


def fill_free_seats(event, *, now=None) -> EventRegistration | None:
    """Move the waiting list up into free seats (after a cancellation or more seats); the last moved is returned.

    ``event`` is the original page; call inside the transaction that holds its lock. Nobody moves up once
    the event has started.
    """
    if (now or timezone.now()) >= event.starts_at:
        return None
    moved = None
    left = free_seats(event)
    waiting = active(event.translation_key).select_for_update().filter(status=Status.WAITING).order_by("created_at", "pk")
    for registration in waiting[: left if left is not None else None]:
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status"])
        emails.enqueue("moved_up", registration.pk)
        moved = registration
    return moved


def mark_attendance(registration, attended: str, *, user=None) -> EventRegistration:
    """Record whether the person came (the secretariat, after the event)."""
    if attended not in EventRegistration.Attended.values:
        raise ValueError(attended)
    with transaction.atomic():
        registration = EventRegistration.objects.select_for_update().get(pk=registration.pk)
        registration.attended = attended
        registration.save(update_fields=["attended"])
        if user is not None:
            log(registration, LOG_ATTENDANCE, user=user, data={"attended": attended})
        if attended == EventRegistration.Attended.YES:
            _record_preparation(registration, user)
    return registration


def _record_preparation(registration, user) -> None:
    """Attending a mentor training or a mentee preparation event is that preparation completed (once, whatever
    the language of the page the person registered on). Unmarking attendance keeps the record: the secretariat
    deletes it under Matching → Preparation if it was a mistake."""
    event = registration.event
    if event.kind in PREPARATION_KINDS:
        record_completion(email=registration.email, name=registration.name, kind=event.kind,
                          completed_on=min(timezone.localdate(event.starts_at), timezone.localdate()), event=event, recorded_by=user)


def attended_events(email: str, kinds):
    """Registrations of ``email`` at events of ``kinds`` (home.models.events.EventKind values) that it attended.

    Meant for other features, e.g. counting a mentor training as completed preparation.
    """
    return EventRegistration.objects.filter(
        email__iexact=email.strip(), attended=EventRegistration.Attended.YES, event__kind__in=list(kinds),
    ).select_related("event")


def attended_emails_for_call(call) -> set[str]:
    """Lower-cased addresses that attended a networking event tied to ``call`` (any of its languages): one query."""
    rows = EventRegistration.objects.filter(
        attended=EventRegistration.Attended.YES, event__call__translation_key=call.translation_key,
    ).values_list("email", flat=True)
    return {email.lower() for email in rows}
