"""Everything held about one e-mail address, as the person may ask for it (KVKK Art. 11): found, exported as a
ZIP, or erased in one logged action.

The export is the person's own: their applications and files, their side of each match (the other side only
by role), their own feedback, the e-mails sent to them and their requests, never another person's name or address.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from programs.applications.models import Application, ApplicationDraft, ApplicationEvent
from programs.claims import personal_data as claim_data
from programs.events import registering as event_registering
from programs.events.models import EventRegistration
from programs.followup.goals import Goal, GoalProgress, GoalRating
from programs.followup.models import Feedback, GoodPracticeProposal, Meeting
from programs.matching.models import Consent, Match, MatchNotification
from programs.preparation.models import PreparationRecord, normalise_email
from programs.privacy.access_log import AccessRecord, record_access
from programs.privacy.anonymise import (
    anonymise_application,
    anonymise_match,
    anonymise_preparation,
    placeholder_email,
    scrub_emails_to,
)
from programs.privacy.requests import DataSubjectRequest
from programs.reminders.models import ReminderPreference, normalise
from programs.sent_email import SentEmail

LOG_ERASED = "programs.personal_data_erased"

#: Application fields a person gets back (not the link secret or the folded search copy).
APPLICATION_FIELDS = (
    "reference", "status", "role", "name", "email", "phone", "institution_other", "unit", "position", "description",
    "preferred_format", "languages", "availability", "answers", "data_consent", "publication_consent", "language",
    "created_at", "updated_at",
)


@dataclass
class PersonRecords:
    email: str
    applications: list = field(default_factory=list)
    drafts: list = field(default_factory=list)
    events: list = field(default_factory=list)
    matches: list = field(default_factory=list)  # (match, the person's side: "mentee" or "mentor")
    consents: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    goals: list = field(default_factory=list)  # the development plans of the person's matches
    feedback: list = field(default_factory=list)
    proposals: list = field(default_factory=list)  # good practices the person proposed
    claims: list = field(default_factory=list)  # travel claims the person sent as the assigned expert
    emails: list = field(default_factory=list)
    notifications: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    preparation: list = field(default_factory=list)  # mentor training and mentee preparation completed
    reminder_preferences: list = field(default_factory=list)  # the person's choice about optional reminders
    event_registrations: list = field(default_factory=list)

    def counts(self) -> list[tuple[str, int]]:
        return [
            (_("Applications"), len(self.applications)), (_("Application drafts"), len(self.drafts)),
            (_("Application history"), len(self.events)), (_("Matches"), len(self.matches)),
            (_("Consents"), len(self.consents)), (_("Meetings"), len(self.meetings)),
            (_("Development goals"), len(self.goals)), (_("Feedback"), len(self.feedback)),
            (_("Good-practice proposals"), len(self.proposals)), (_("Travel claims"), len(self.claims)),
            (_("E-mails sent"), len(self.emails) + len(self.notifications)), (_("Data-subject requests"), len(self.requests)),
            (_("Preparation records"), len(self.preparation)),
            (_("Reminder preferences"), len(self.reminder_preferences)),
            (_("Event registrations"), len(self.event_registrations)),
        ]

    def is_empty(self) -> bool:
        return not any(count for _label, count in self.counts())


def records_for(email: str) -> PersonRecords:
    email = (email or "").strip()
    records = PersonRecords(email=email)
    if not email:
        return records
    records.applications = list(Application.objects.filter(email__iexact=email).select_related("call", "institution").order_by("pk"))
    ids = [a.pk for a in records.applications]
    records.drafts = list(ApplicationDraft.objects.filter(email__iexact=email).select_related("call").order_by("pk"))
    records.events = list(ApplicationEvent.objects.filter(application_id__in=ids).order_by("created_at", "pk"))
    matches = Match.objects.filter(Q(mentee_id__in=ids) | Q(mentor_id__in=ids) | Q(group__mentors__in=ids)).distinct()
    for match in matches.select_related("call").order_by("pk"):
        side = "mentee" if match.mentee_id in ids else "mentor"
        records.matches.append((match, side))
    match_ids = [m.pk for m, _side in records.matches]
    records.consents = list(Consent.objects.filter(match_id__in=match_ids).order_by("pk"))
    records.meetings = list(Meeting.objects.filter(match_id__in=match_ids).order_by("held_on", "pk"))
    records.goals = list(Goal.objects.filter(match_id__in=match_ids).order_by("match_id", "order", "pk").prefetch_related(
        Prefetch("progress", queryset=GoalProgress.objects.select_related("meeting")),
        Prefetch("ratings", queryset=GoalRating.objects.select_related("feedback")),
    ))
    sides = {m.pk: side for m, side in records.matches}
    records.feedback = [f for f in Feedback.objects.filter(match_id__in=match_ids).order_by("pk") if f.respondent == sides[f.match_id]]
    records.proposals = [
        p for p in GoodPracticeProposal.objects.filter(match_id__in=match_ids).order_by("pk") if p.respondent == sides[p.match_id]
    ]
    records.claims = claim_data.claims_by(ids)
    records.emails = list(SentEmail.objects.filter(recipient__iexact=email).order_by("pk"))
    records.notifications = list(MatchNotification.objects.filter(recipient__iexact=email).order_by("pk"))
    records.requests = list(DataSubjectRequest.objects.filter(email__iexact=email).order_by("pk"))
    records.preparation = list(
        PreparationRecord.objects.filter(email=normalise_email(email)).select_related("event", "material").order_by("pk")
    )
    records.reminder_preferences = list(ReminderPreference.objects.filter(email=normalise(email)))
    records.event_registrations = list(EventRegistration.objects.filter(email__iexact=email).select_related("event").order_by("pk"))
    return records


def _when(value):
    return value.isoformat() if value else None


def export_data(records: PersonRecords) -> dict[str, list[dict]]:
    """The records as plain data, one list per kind (the ZIP's JSON files)."""
    sides = {match.pk: side for match, side in records.matches}
    return {
        "applications": [
            {**{name: _when(getattr(a, name)) if name.endswith("_at") else getattr(a, name) for name in APPLICATION_FIELDS},
             "call": a.call.title, "institution": a.institution_name, "themes": [t.name for t in a.themes.all()],
             "files": [f"files/{a.reference}/{f.pk}-{f.original_name}" for f in a.attachments.all()]}
            for a in records.applications
        ],
        "drafts": [{"call": d.call.title, "data": d.data, "created_at": _when(d.created_at), "updated_at": _when(d.updated_at)}
                   for d in records.drafts],
        "application_history": [{"application": e.application_id, "from": e.from_status, "to": e.to_status,
                                 "at": _when(e.created_at)} for e in records.events],
        "matches": [{"id": m.pk, "call": m.call.title, "your_side": side, "other_side": "mentor" if side == "mentee" else "mentee",
                     "state": m.state, "start_date": _when(m.start_date), "end_date": _when(m.end_date), "format": m.format,
                     "confirmed_at": _when(m.confirmed_at)} for m, side in records.matches],
        "consents": [{"match": c.match_id, "party": c.party, "method": c.method, "given_on": _when(c.given_on),
                      "withdrawn_on": _when(c.withdrawn_on)} for c in records.consents],
        # Notes are the words of whoever logged the meeting: the person gets their own, not the other side's.
        "meetings": [{"match": m.match_id, "held_on": _when(m.held_on), "format": m.format, "duration_minutes": m.duration_minutes,
                      "topic": m.topic, "notes": m.notes if m.logged_by == sides[m.match_id] else "", "logged_by": m.logged_by}
                     for m in records.meetings],
        "development_goals": [_goal(g, sides[g.match_id]) for g in records.goals],
        "feedback": [{"match": f.match_id, "stage": f.stage, "requested_at": _when(f.sent_at), "answered_at": _when(f.submitted_at),
                      "rating": f.rating, "went_well": f.went_well, "to_improve": f.to_improve} for f in records.feedback],
        "good_practice_proposals": [
            {"match": p.match_id, "problem": p.problem, "what_was_done": p.what_was_done, "result": p.result,
             "to_repeat": p.to_repeat, "consent_to_be_named": p.consent_to_be_named, "proposed_at": _when(p.created_at)}
            for p in records.proposals
        ],
        "travel_claims": claim_data.export_rows(records.claims),
        "emails": [{"subject": e.subject, "sent_at": _when(e.sent_at or e.claimed_at)} for e in records.emails]
        + [{"subject": n.kind, "sent_at": _when(n.sent_at)} for n in records.notifications],
        "requests": [{"kind": r.kind, "received_at": _when(r.received_at), "due_at": _when(r.due_at), "status": r.status,
                      "message": r.message} for r in records.requests],
        "preparation": [{"name": p.name, "email": p.email, "kind": p.kind, "how": p.source, "completed": p.source_label,
                         "completed_on": _when(p.completed_on), "recorded_at": _when(p.created_at)} for p in records.preparation],
        "reminder_preferences": [{"optional_reminders": p.optional_reminders, "changed_at": _when(p.changed_at)}
                                 for p in records.reminder_preferences],
        "event_registrations": [
            {"event": r.event.title, "starts_at": _when(r.event.starts_at), "name": r.name, "email": r.email,
             "institution": r.institution_label(), "role": r.role, "accessibility": r.accessibility, "status": r.status,
             "attended": r.attended, "language": r.language, "registered_at": _when(r.created_at),
             "cancelled_at": _when(r.cancelled_at), "privacy_agreed_at": _when(r.privacy_agreed_at)}
            for r in records.event_registrations
        ],
    }


def _goal(goal: Goal, side: str) -> dict:
    """A goal of the person's match. As with meeting notes, a progress note is the words of whoever logged the
    meeting and goes to that side only; the answers are the person's own feedback's."""
    return {
        "match": goal.match_id, "title": goal.title, "what_success_looks_like": goal.description, "status": goal.status,
        "written_by": goal.created_by, "written_at": _when(goal.created_at),
        "progress": [{"meeting_held_on": _when(p.meeting.held_on), "status": p.status,
                      "note": p.note if p.meeting.logged_by == side else ""} for p in goal.progress.all()],
        "feedback": [{"stage": r.feedback.stage, "how_far": r.level} for r in goal.ratings.all() if r.feedback.respondent == side],
    }


def export_zip(records: PersonRecords, language: str = "tr") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, translation.override(language):
        archive.writestr("README.txt", _(
            "The data the mentor programme holds about %(email)s, as of %(date)s.\n"
            "Each .json file lists one kind of record; files/ holds the documents you sent with your applications.\n"
            "Other people in your matches appear only by their role."
        ) % {"email": records.email, "date": timezone.localtime().strftime("%d.%m.%Y %H:%M")})
        for name, rows in export_data(records).items():
            archive.writestr(f"{name}.json", json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        for application in records.applications:
            for attachment in application.attachments.all():
                with attachment.file.open("rb") as handle:
                    archive.writestr(f"files/{application.reference}/{attachment.pk}-{attachment.original_name}", handle.read())
        for receipt in claim_data.receipts_of(records.claims):
            with receipt.file.open("rb") as handle:
                archive.writestr(claim_data.receipt_path(receipt), handle.read())
    return buffer.getvalue()


def export_for(request, email: str) -> tuple[PersonRecords, bytes]:
    records = records_for(email)
    record_access(request, AccessRecord.Action.EXPORT, AccessRecord.Kind.APPLICATION, [a.pk for a in records.applications])
    return records, export_zip(records, getattr(request, "LANGUAGE_CODE", "tr"))


@transaction.atomic
def erase_person(email: str, *, reason: str, user=None, request=None) -> dict:
    """Anonymise every record of ``email`` in one transaction, log it (ids and counts only) and close the
    person's open requests. Matches go with the person in them; a group mentor's group matches stay, as they
    are the group's mentees' too (the mentor's own application is anonymised)."""
    records = records_for(email)
    reason = reason.strip()
    for application in records.applications:
        anonymise_application(application, reason="erasure request")
    erased_matches = [m.pk for m, side in records.matches if side == "mentee" or m.mentor_id]
    for pk in erased_matches:
        anonymise_match(Match(pk=pk), reason="erasure request")
    ApplicationDraft.objects.filter(email__iexact=email).delete()
    ReminderPreference.objects.filter(email=normalise(email)).delete()
    for registration in records.event_registrations:
        event_registering.cancel(registration)  # a freed seat goes to the waiting list before the row goes
    EventRegistration.objects.filter(email__iexact=email).delete()
    scrub_emails_to(email)
    anonymise_preparation(PreparationRecord.objects.filter(email=normalise_email(email)))
    now = timezone.now()
    if not records.requests:  # asked by letter or in person: the request is recorded with its answer
        records.requests = [DataSubjectRequest.objects.create(email=email, kind=DataSubjectRequest.Kind.ERASURE, received_at=now)]
    for item in records.requests:
        item.email = placeholder_email("request", item.pk)
        item.message = ""
        if item.status == DataSubjectRequest.Status.OPEN:
            item.status, item.handled_by, item.handled_at = DataSubjectRequest.Status.DONE, user, now
            item.outcome = reason
        item.save()
    summary = {  # ids and counts only: the reason, typed by staff, stays with the request as its outcome
        "applications": [a.pk for a in records.applications], "matches": erased_matches,
        "drafts": len(records.drafts), "requests": [r.pk for r in records.requests],
    }
    if records.preparation:
        summary["preparation"] = [p.pk for p in records.preparation]
    for item in records.requests:
        log(instance=item, action=LOG_ERASED, user=user, data=summary)
    if request is not None:
        record_access(request, AccessRecord.Action.ERASE, AccessRecord.Kind.APPLICATION, summary["applications"])
    return summary
