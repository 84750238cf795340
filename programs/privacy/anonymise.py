"""Anonymisation: what retention and an erasure request do to a person's records.

Personal data goes (names, e-mail addresses, phones, free texts, answers, files, meeting notes, development goals
and their progress notes, feedback comments, the names Wagtail's audit log copied into its labels); what the programme's statistics count stays
(call, status, role, themes, institution, format, languages, dates, ratings, durations). Each function locks its
rows, works in one transaction and does nothing to a record already anonymised, so running it again is harmless.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import ModelLogEntry

from programs.applications.models import Application, ApplicationDraft, ApplicationEvent, new_secret
from programs.claims.models import Claim
from programs.claims.personal_data import anonymise_claims
from programs.followup.goals import GoalProgress
from programs.matching.models import ExcludedPair, Match, MatchNotification
from programs.preparation.models import PreparationRecord, normalise_email
from programs.privacy.files import delete_later
from programs.sent_email import SentEmail

#: What a name becomes: a dash reads as "nothing here" in every language and sorts first.
PLACEHOLDER = "—"

#: Keys of audit-log data that may hold typed text (a note on a status change, a reason).
FREE_TEXT_LOG_KEYS = ("note", "reason")


PLACEHOLDER_DOMAIN = "@anonymised.invalid"


def placeholder_email(kind: str, pk: int) -> str:
    """Unique, never deliverable (the reserved .invalid domain), keeps one-per-call constraints satisfied."""
    return f"anonymised-{kind}-{pk}{PLACEHOLDER_DOMAIN}"


def _scrub_log(instance) -> None:
    """Audit-log entries of ``instance`` keep their action, user and time; the label copied from the
    record's old name and any typed note or reason go."""
    content_type = ContentType.objects.get_for_model(type(instance), for_concrete_model=False)
    label = str(instance)
    for entry in ModelLogEntry.objects.filter(content_type=content_type, object_id=str(instance.pk)):
        data = dict(entry.data or {})
        for key in FREE_TEXT_LOG_KEYS:
            if data.get(key):
                data[key] = ""
        if entry.label != label or data != entry.data:
            entry.label, entry.data = label, data
            entry.save(update_fields=["label", "data"])


@transaction.atomic
def anonymise_application(application: Application, *, reason: str, now=None) -> bool:
    """Blank the applicant's personal data, delete their files and drafts; False when already done."""
    locked = Application.objects.select_for_update().get(pk=application.pk)
    if locked.anonymised_at:
        return False
    email, name = locked.email, locked.name
    _unname_in_partners(locked, name)
    locked.name = PLACEHOLDER
    locked.email = placeholder_email("application", locked.pk)
    for name in ("phone", "institution_other", "unit", "position", "description", "availability"):
        setattr(locked, name, "")
    locked.answers = {}
    locked.secret = new_secret()  # every private link sent to the person stops working
    locked.anonymised_at = now or timezone.now()
    locked.anonymised_reason = reason[:200]
    locked.save()
    for attachment in locked.attachments.all():
        attachment.delete()  # programs.privacy.files removes the file once committed
    locked.events.exclude(note="").update(note="")
    anonymise_claims(Claim.objects.filter(claimant=locked))
    ApplicationDraft.objects.filter(call__translation_key=locked.call_key, email__iexact=email).delete()
    scrub_emails_to(email)
    if not Application.objects.filter(email__iexact=email, anonymised_at__isnull=True).exists():
        # Preparation counts for every call the person applies to: it goes with their last application.
        anonymise_preparation(PreparationRecord.objects.filter(email=normalise_email(email)), now=locked.anonymised_at)
    _scrub_log(locked)
    ExcludedPair.objects.filter(Q(mentee=locked) | Q(mentor=locked)).exclude(reason="").update(reason="")
    for match in Match.objects.filter(Q(mentee=locked) | Q(mentor=locked)).select_related("mentee", "mentor", "group"):
        _scrub_log(match)  # its label named this person
    for field in ("name", "email", "phone", "institution_other", "unit", "position", "description", "availability",
                  "answers", "secret", "anonymised_at", "anonymised_reason", "search_text"):
        setattr(application, field, getattr(locked, field))
    return True


@transaction.atomic
def anonymise_preparation(records, *, now=None) -> int:
    """Name, address and note go; kind, source, training and date stay (how many a training reached still
    counts). How many were anonymised; those already done are left alone."""
    count = 0
    for record in records.select_for_update().filter(anonymised_at__isnull=True):
        record.name, record.email, record.note = PLACEHOLDER, placeholder_email("preparation", record.pk), ""
        record.anonymised_at = now or timezone.now()
        record.save(update_fields=["name", "email", "note", "anonymised_at"])
        _scrub_log(record)
        count += 1
    return count


def _unname_in_partners(application, name: str) -> None:
    """Histories written before matches were named by number ("Gül Taslak ↔ Aylin Kurgusal") keep the other
    person's name in their notes and audit-log data: it leaves them with the person."""
    if not name.strip() or name == PLACEHOLDER:
        return
    matches = Match.objects.filter(Q(mentee=application) | Q(mentor=application) | Q(group__mentors=application))
    partners = {pk for pair in matches.values_list("mentee_id", "mentor_id") for pk in pair if pk}
    partners |= set(matches.exclude(group=None).values_list("group__mentors", flat=True))
    partners -= {application.pk, None}
    for event in ApplicationEvent.objects.filter(application_id__in=partners, note__contains=name):
        event.note = event.note.replace(name, PLACEHOLDER)
        event.save(update_fields=["note"])
    content_type = ContentType.objects.get_for_model(Application)
    for entry in ModelLogEntry.objects.filter(content_type=content_type, object_id__in=[str(pk) for pk in partners]):
        data = {key: value.replace(name, PLACEHOLDER) if isinstance(value, str) else value for key, value in (entry.data or {}).items()}
        if data != entry.data:
            entry.data = data
            entry.save(update_fields=["data"])


def scrub_emails_to(email: str) -> None:
    """The record of e-mails sent keeps its key (so nothing is sent twice) but not the address or the subject."""
    SentEmail.objects.filter(recipient__iexact=email).update(recipient="", subject="")
    for notification in MatchNotification.objects.filter(recipient__iexact=email):
        notification.recipient = placeholder_email("notification", notification.pk)
        notification.save(update_fields=["recipient"])


@transaction.atomic
def anonymise_match(match, *, reason: str, now=None) -> bool:
    """Blank what the match's people wrote or agreed to in writing; keep dates, states, formats, durations and
    ratings. False when already done."""
    locked = Match.objects.select_for_update().get(pk=match.pk)
    if locked.anonymised_at:
        return False
    locked.conditions = locked.cancel_reason = ""
    locked.explanation = []
    locked.secret = new_secret()
    locked.anonymised_at = now or timezone.now()
    locked.save(update_fields=["conditions", "cancel_reason", "explanation", "secret", "anonymised_at", "updated_at"])
    locked.meetings.update(topic=PLACEHOLDER, notes="")
    locked.goals.update(title=PLACEHOLDER, description="")  # like meeting topics: the plan's words go, its statuses stay
    GoalProgress.objects.filter(goal__match=locked).update(note="")
    locked.feedback.update(went_well="", to_improve="")
    locked.good_practice_proposals.update(problem="", what_was_done="", result="", to_repeat="")  # the draft page is the editors'
    anonymise_claims(locked.claims.all())  # amounts and dates stay for the sums; receipts and typed texts go
    for consent in locked.consents.all():
        delete_later(consent.document)
        consent.document, consent.withdrawal_reason = "", ""
        consent.save(update_fields=["document", "withdrawal_reason"])
    for extension in locked.extensions.all():
        extension.reason = ""
        extension.save(update_fields=["reason"])
        for agreement in extension.agreements.all():
            delete_later(agreement.document)
            agreement.document = ""
            agreement.save(update_fields=["document"])
    for notification in locked.notifications.all():
        notification.recipient = placeholder_email("notification", notification.pk)
        notification.save(update_fields=["recipient"])
    locked = Match.objects.select_related("mentee", "mentor", "group").get(pk=locked.pk)
    _scrub_log(locked)
    match.anonymised_at = locked.anonymised_at
    return True
