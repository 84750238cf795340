"""What the secretariat does to a match, each step validated, logged and notified.

Views call these functions and only these, so the audit log entry, the
applications' status and the e-mails cannot be forgotten by a view.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from portal.cleaning import check_date_window
from programs.applications.states import MATCHABLE_STATUSES, application_left, can_change, change_status
from programs.matching import emails as match_emails
from programs.matching import states as match_states
from programs.matching.states import Facts, TransitionError, check_transition
from programs.matching.suggestions import live_matches, matching_settings
from programs.models import Application, Consent, Extension, ExtensionAgreement, Match, MentoringGroup, Party
from programs.preparation.records import check_prepared, missing_messages, missing_preparation

LOG_CREATED = "programs.match_created"
LOG_STATE = "programs.match_state"
LOG_CONSENT = "programs.match_consent"
LOG_CONSENT_WITHDRAWN = "programs.match_consent_withdrawn"
LOG_EXTENSION = "programs.match_extension"
LOG_EXTENSION_APPLIED = "programs.match_extension_applied"

LIVE_STATES = [s for s, _label in match_states.STATE_CHOICES if s != match_states.CANCELLED]


def today() -> datetime.date:
    return timezone.localdate()


def facts(match: Match, reason: str = "", on: datetime.date | None = None) -> Facts:
    return Facts(
        consents_complete=not match.missing_parties(),
        start_date=match.start_date,
        end_date=match.end_date,
        today=on or today(),
        reason=reason,
    )


def mentor_applications(match: Match) -> list[Application]:
    if match.mentor_id:
        return [match.mentor]
    return list(match.group.mentors.all()) if match.group_id else []


def _lock(applications) -> dict[int, Application]:
    """Lock application rows in id order (every writer takes them in this order, then the match: no deadlock)."""
    ids = sorted({a.pk for a in applications if a is not None})
    return {a.pk: a for a in Application.objects.select_for_update().filter(pk__in=ids).order_by("pk")}


WRONG_SIDE = {
    Application.Role.MENTEE: gettext_lazy("The mentee must be a mentee application to this call."),
    Application.Role.MENTOR: gettext_lazy("The mentor must be a mentor application to this call."),
}


def _check_matchable(application: Application, call, role: str) -> None:
    if application.call_key != call.translation_key or application.role != role:
        raise ValidationError(WRONG_SIDE[role])
    if application.status not in MATCHABLE_STATUSES:
        raise ValidationError(
            _("%(name)s cannot be matched: the application is “%(status)s”.")
            % {"name": application.name, "status": Application.Status(application.status).label}
        )


def _required(call) -> str:
    """The call's preparation rule (`MatchingSettings.required_preparation`)."""
    return matching_settings(call).required_preparation


@transaction.atomic
def create_match(call, mentee, *, mentor=None, group=None, user=None, score=None, explanation=(), **assignment) -> Match:
    """A proposed match, from a suggestion or made by hand, between applications of the call (any language)
    that are still in the running. The rows are locked and read again, so a withdrawal a moment earlier counts."""
    call = call.original
    if (mentor is None) == (group is None):
        raise ValidationError(_("Choose a mentor or a mentoring group."))
    locked = _lock([mentee, mentor])
    if mentee.pk not in locked or (mentor is not None and mentor.pk not in locked):
        raise ValidationError(_("This application no longer exists."))
    mentee = locked[mentee.pk]
    _check_matchable(mentee, call, Application.Role.MENTEE)
    if mentor is not None:
        mentor = locked[mentor.pk]
        _check_matchable(mentor, call, Application.Role.MENTOR)
    if group is not None and group.call_id != call.pk:
        raise ValidationError(_("The group belongs to another call."))
    # A group's mentors count too: the rule may have been set after the group was composed.
    check_prepared([mentee, *([mentor] if mentor is not None else group.mentors.all())], _required(call))
    if Match.objects.filter(mentee=mentee, state__in=LIVE_STATES).exists():
        raise ValidationError(_("%(name)s is already in a match that has not been cancelled.") % {"name": mentee.name})
    try:
        with transaction.atomic():
            match = Match.objects.create(
                call=call, mentee=mentee, mentor=mentor, group=group, created_by=user, score=score,
                explanation=list(explanation), **assignment,
            )
    except IntegrityError as exc:  # the same mentee matched by a concurrent request
        raise ValidationError(_("%(name)s is already in a match that has not been cancelled.") % {"name": mentee.name}) from exc
    log(instance=match, action=LOG_CREATED, user=user, data={"score": score})
    return match


@transaction.atomic
def create_group(call, name: str, capacity: int, mentors) -> MentoringGroup:
    """A team of 2-3 mentors of the call, each still in the running."""
    call = call.original
    mentors = list(mentors)
    if not 2 <= len(mentors) <= 3:
        raise ValidationError(_("A group has 2 or 3 mentors."))
    locked = _lock(mentors)
    for mentor in mentors:
        _check_matchable(locked.get(mentor.pk, mentor), call, Application.Role.MENTOR)
    check_prepared([locked.get(mentor.pk, mentor) for mentor in mentors], _required(call))
    group = MentoringGroup.objects.create(call=call, name=name, capacity=capacity)
    group.mentors.set(mentors)
    return group


@transaction.atomic
def transition(match: Match, target: str, user=None, reason: str = "", on: datetime.date | None = None) -> Match:
    """Move ``match`` to ``target`` or raise `TransitionError`; ``on`` is the date the guards see."""
    given = match
    if target == match_states.CONFIRMED:
        people = _lock([given.mentee, *mentor_applications(given)])
        left = [a for a in people.values() if a.status not in MATCHABLE_STATUSES]
        if left:
            raise TransitionError(
                _("%(name)s's application is “%(status)s”: the match cannot be confirmed.")
                % {"name": left[0].name, "status": Application.Status(left[0].status).label}
            )
        # Checked again on confirmation, like the statuses: a record may have been deleted since the proposal.
        unprepared = missing_preparation(people.values(), _required(given.call))
        if unprepared:
            raise TransitionError(" ".join(missing_messages(unprepared)))
    match = Match.objects.select_for_update().get(pk=match.pk)
    source = match.state
    check_transition(source, target, facts(match, reason, on))
    match.state = target
    if target == match_states.CANCELLED:
        match.cancel_reason = reason.strip()
    if target == match_states.CONFIRMED and match.confirmed_at is None:
        match.confirmed_at = timezone.now()
    match.save()
    # The caller's copy tells the truth too.
    given.state, given.cancel_reason, given.confirmed_at = match.state, match.cancel_reason, match.confirmed_at
    log(instance=match, action=LOG_STATE, user=user, data={"from": source, "to": target, "reason": reason})
    if target == match_states.CONFIRMED:
        _mark_matched(match, user)
        match_emails.notify_confirmed(match)
    return match


@receiver(application_left)
def end_matches_of(sender, application, user=None, note="", **kwargs):
    """An application withdrawn or decided against leaves no live match behind: its matches that are not yet
    agreed are cancelled (agreed ones cannot happen: a matched application cannot leave), it leaves its
    mentoring groups, and the secretariat is told by e-mail."""
    status = Application.Status(application.status).label
    reason = _("%(name)s's application became “%(status)s”.") % {"name": application.name, "status": status}
    if note:
        reason = f"{reason} {note}"
    live = Match.objects.filter(state__in=LIVE_STATES).filter(Q(mentee=application) | Q(mentor=application))
    for match in live.order_by("pk"):
        transition(match, match_states.CANCELLED, user=user, reason=reason)
        match_emails.notify_secretariat(match, "match_cancelled_secretariat", {"reason": reason})
    for group in application.mentor_groups.all():
        group.mentors.remove(application)


def _mark_matched(match: Match, user) -> None:
    """The applications move to "matched" (through "shortlisted" if needed)."""
    S = Application.Status
    for application in [match.mentee, *mentor_applications(match)]:
        if application.status == S.MATCHED:
            continue
        if application.status == S.ELIGIBLE:
            change_status(application, S.SHORTLISTED, user=user, note=_("Matched"), notify=False)
        if can_change(application.status, S.MATCHED):
            # The match e-mail says everything; no separate status e-mail. The note names the match by its
            # number, not by the people in it: each person's history must not hold the other's name.
            change_status(application, S.MATCHED, user=user, note=_("Match no. %(number)d") % {"number": match.pk}, notify=False)


@transaction.atomic
def record_consent(match: Match, party: str, given_on, method: str, document=None, user=None, privacy_notice=None) -> Consent:
    """One current consent per party: the match row is locked while checking, and a database constraint
    stands behind the check."""
    match.state = Match.objects.select_for_update().values_list("state", flat=True).get(pk=match.pk)
    if match.state in (match_states.COMPLETED, match_states.CANCELLED):
        raise ValidationError(_("Consents cannot be recorded for a completed or cancelled match."))
    if party in match.current_consents():
        raise ValidationError(_("This consent is already recorded. Withdraw it first to record a new one."))
    if given_on > today():
        raise ValidationError(_("The date of consent cannot be in the future."))
    try:
        with transaction.atomic():
            consent = Consent.objects.create(
                match=match, party=party, given_on=given_on, method=method, document=document or "", recorded_by=user,
                privacy_notice=privacy_notice, privacy_agreed_at=timezone.now() if privacy_notice else None,
            )
    except IntegrityError as exc:
        raise ValidationError(_("This consent is already recorded. Withdraw it first to record a new one.")) from exc
    log(instance=match, action=LOG_CONSENT, user=user, data={"party": party, "method": method, "given_on": given_on.isoformat()})
    if match.state == match_states.PROPOSED:
        transition(match, match_states.AWAITING_CONSENT, user=user)
    return consent


@transaction.atomic
def withdraw_consent(consent: Consent, withdrawn_on, reason: str, user=None, *, cancel: bool = False) -> Match:
    """A consent ends; an agreed match goes back to awaiting consent, or is cancelled."""
    Match.objects.select_for_update().get(pk=consent.match_id)
    consent.refresh_from_db(fields=["withdrawn_on"])
    if consent.withdrawn_on is not None:
        raise ValidationError(_("This consent has already been withdrawn."))
    if not reason.strip():
        raise ValidationError(_("Give the reason for the withdrawal."))
    consent.withdrawn_on, consent.withdrawal_reason = withdrawn_on, reason.strip()
    consent.save(update_fields=["withdrawn_on", "withdrawal_reason"])
    match = consent.match
    log(instance=match, action=LOG_CONSENT_WITHDRAWN, user=user, data={"party": consent.party, "reason": reason})
    if cancel and match.state not in (match_states.COMPLETED, match_states.CANCELLED):
        return transition(match, match_states.CANCELLED, user=user, reason=reason)
    if match.state in (match_states.CONFIRMED, match_states.ACTIVE):
        return transition(match, match_states.AWAITING_CONSENT, user=user, reason=reason)
    return match


@transaction.atomic
def request_extension(match: Match, new_end_date, reason: str, user=None) -> Extension:
    if match.state not in (match_states.CONFIRMED, match_states.ACTIVE):
        raise ValidationError(_("Only a confirmed or active match can be extended."))
    if not match.end_date or new_end_date <= match.end_date:
        raise ValidationError(_("The new end date must be after the current end date."))
    check_date_window(new_end_date, years_back=None, years_ahead=Match.DATE_WINDOW["years_ahead"])
    if not reason.strip():
        raise ValidationError(_("Give the reason for the extension."))
    if match.extensions.filter(applied_at__isnull=True).exists():
        raise ValidationError(_("An extension is already waiting for the institutions' agreement."))
    extension = Extension.objects.create(
        match=match, previous_end_date=match.end_date, new_end_date=new_end_date, reason=reason.strip(), requested_by=user
    )
    log(instance=match, action=LOG_EXTENSION, user=user, data={"new_end_date": new_end_date.isoformat(), "reason": reason})
    return extension


@transaction.atomic
def record_extension_agreement(extension: Extension, party: str, given_on, method: str, document=None, user=None) -> Extension:
    """Like a consent; the new end date applies once both institutions agree."""
    if extension.applied_at is not None:
        raise ValidationError(_("This extension is already in force."))
    if extension.agreements.filter(party=party).exists():
        raise ValidationError(_("This institution's agreement is already recorded."))
    ExtensionAgreement.objects.create(
        extension=extension, party=party, given_on=given_on, method=method, document=document or "", recorded_by=user
    )
    log(instance=extension.match, action=LOG_CONSENT, user=user, data={"party": party, "extension": extension.pk})
    if {a.party for a in extension.agreements.all()} >= {Party.MENTOR_INSTITUTION, Party.MENTEE_INSTITUTION}:
        match = extension.match
        match.end_date = extension.new_end_date
        match.save(update_fields=["end_date", "updated_at"])
        extension.applied_at = timezone.now()
        extension.save(update_fields=["applied_at"])
        log(instance=match, action=LOG_EXTENSION_APPLIED, user=user, data={"new_end_date": match.end_date.isoformat()})
    return extension


def activate_due(on: datetime.date | None = None) -> list[Match]:
    """Confirmed matches whose start date has come become active (run daily)."""
    on = on or today()
    activated = []
    for match in Match.objects.filter(state=match_states.CONFIRMED, start_date__lte=on):
        try:
            activated.append(transition(match, match_states.ACTIVE, on=on))
        except TransitionError:
            continue
    return activated


@transaction.atomic
def close_matching(call, outcome: str, user=None) -> list[Application]:
    """Everyone still unmatched in the pool gets the final decision (and its e-mail).

    Running it again finds nobody left, so nobody is told twice.
    """
    S = Application.Status
    if outcome not in (S.WAITLISTED, S.NOT_SELECTED):
        raise ValidationError(_("Choose waitlisted or not selected."))
    call = call.original
    taken = live_matches(call)
    in_groups = MentoringGroup.objects.filter(call=call).values("mentors")
    unmatched = (
        Application.of_call(call).filter(status__in=[S.ELIGIBLE, S.SHORTLISTED])
        .exclude(pk__in=taken.values("mentee_id"))
        .exclude(pk__in=taken.filter(mentor__isnull=False).values("mentor_id"))
        .exclude(pk__in=in_groups)
    )
    decided = []
    for application in unmatched:
        if application.status == S.ELIGIBLE:
            change_status(application, S.SHORTLISTED, user=user, notify=False)
        change_status(application, outcome, user=user, note=_("Matching closed"))
        decided.append(application)
    settings = matching_settings(call)
    settings.matching_closed_at = timezone.now()
    settings.save(update_fields=["matching_closed_at"])
    return decided
