"""What a claim must respect whatever screen sends it: the private link, the admin, a crafted POST or a test.

A claim is made for a match whose assignment is agreed (confirmed, active, or completed: the expenses of a
finished assignment are often sent after it; its dates still bound every line, and the participant link stops
working 90 days after the end). Every line lies within the assignment's dates (extensions move the end
date), a daily allowance is capped by days × the year's rate and an accommodation by nights × the year's
ceiling (both typed by the secretariat in *Daily rates*; a missing rate is an error, never a guess). A
decision is taken once, under a row lock: approve everything, reject with a reason, or approve each line
up to its amount with a reason for every line approved for less. Money is `Decimal` all through.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from programs.claims.models import DECIDED_STATES, ZERO, Claim, ClaimLine, ClaimReceipt, ClaimState, DailyRate, LineKind, RateKind
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Application, Match

LOG_SUBMITTED = "programs.claim_submitted"
LOG_DECIDED = "programs.claim_decided"

#: Agreed assignments: the expert may be on the road.
CLAIMABLE_STATES = frozenset({match_states.CONFIRMED, match_states.ACTIVE, match_states.COMPLETED})
MAX_LINES = 20
MAX_RECEIPTS = 5
#: The largest amount a line may hold (DecimalField(12, 2)).
MAX_AMOUNT = Decimal("9999999999.99")
#: Line kinds paid against a ticket or a bill: a claim with one of them needs at least one receipt.
NEEDS_RECEIPT = frozenset({LineKind.TRAVEL, LineKind.ACCOMMODATION, LineKind.LOCAL_TRANSPORT, LineKind.OTHER})

APPROVE, PARTLY, REJECT = "approve", "partly", "reject"
DECIDED = DECIDED_STATES


def money(value) -> str:
    """An amount as the reader's language writes it, with two decimals: "1.250,50" / "1,250.50"."""
    return formats.number_format(value, 2, use_l10n=True, force_grouping=True)


def can_claim(match: Match) -> bool:
    return match.state in CLAIMABLE_STATES and bool(match.start_date and match.end_date)


def claimants(match: Match) -> list[Application]:
    """Who may claim: the match's mentor, or each mentor of its group."""
    return match_workflow.mentor_applications(match)


def rates_for(years: Iterable[int]) -> dict[tuple[int, str], Decimal]:
    """{(year, kind): amount} for the given years, in one query."""
    rows = DailyRate.objects.filter(year__in=set(years)).values_list("year", "kind", "amount")
    return {(year, kind): amount for year, kind, amount in rows}


def amount_error(value) -> str | None:
    """Why ``value`` is not an amount a line may hold, or None."""
    try:
        value = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return _("Enter an amount in Turkish lira, for example 1250,50.")
    if not value.is_finite():
        return _("Enter an amount in Turkish lira, for example 1250,50.")
    if value <= 0:
        return _("The amount must be more than zero.")
    if value != value.quantize(Decimal("0.01")):
        return _("Use at most two decimals (kuruş).")
    if value > MAX_AMOUNT:
        return _("The amount is too large.")
    return None


def line_errors(match: Match, line: dict, rates: dict) -> dict[str, list[str]]:
    """{field: [messages]} for one line (a dict of the form's fields); empty when the line is sound."""
    errors: dict[str, list[str]] = {}

    def add(field, message):
        errors.setdefault(field, []).append(message)

    amount, kind = line.get("amount"), line.get("kind")
    if (problem := amount_error(amount)) is not None:
        add("amount", problem)
        amount = None
    if kind not in LineKind.values:
        add("kind", _("Choose what the expense is."))
        return errors
    first, last = line.get("date_from"), line.get("date_to") or line.get("date_from")
    if first is None:
        add("date_from", _("Enter the date of the expense."))
        return errors
    if last < first:
        add("date_to", _("The last day must not be before the first."))
        return errors
    for field, day in (("date_from", first), ("date_to", last)):
        if not match.start_date <= day <= match.end_date:
            add(field, _("Enter a date within your assignment, %(start)s to %(end)s.") % {
                "start": formats.date_format(match.start_date, "SHORT_DATE_FORMAT"),
                "end": formats.date_format(match.end_date, "SHORT_DATE_FORMAT"),
            })
            return errors
    _kind_errors(kind, line, first, last, amount, rates, add)
    return errors


def _kind_errors(kind, line, first, last, amount, rates, add) -> None:
    """What each kind of expense needs, and the caps set by the year's rates."""
    span_days = (last - first).days + 1
    if kind == LineKind.TRAVEL:
        for field in ("route_from", "route_to"):
            if not (line.get(field) or "").strip():
                add(field, _("Enter where the journey started and where it ended."))
        if not line.get("transport"):
            add("transport", _("Choose the means of transport."))
    elif kind == LineKind.OTHER and not (line.get("description") or "").strip():
        add("description", _("Say what the expense was."))
    elif kind == LineKind.DAILY_ALLOWANCE:
        _cap(line, "days", span_days, RateKind.DAILY_ALLOWANCE, first, amount, rates, add)
    elif kind == LineKind.ACCOMMODATION:
        _cap(line, "nights", max(span_days - 1, 1), RateKind.ACCOMMODATION, first, amount, rates, add)


def _cap(line, field, most, rate_kind, first, amount, rates, add) -> None:
    count = line.get(field) or 0
    if count < 1:
        add(field, _("Enter at least one."))
        return
    if count > most:
        add(field, _("At most %(count)d for the dates given.") % {"count": most})
        return
    rate = rates.get((first.year, rate_kind))
    if rate is None:
        add("amount", _("No %(rate)s is recorded for %(year)d yet: the secretariat must enter it before this can be claimed.")
            % {"rate": RateKind(rate_kind).label.lower(), "year": first.year})
        return
    cap = rate * count
    if amount is not None and Decimal(amount) > cap:
        add("amount", _("At most %(cap)s TRY (%(count)d × %(rate)s TRY).") % {"cap": money(cap), "count": count, "rate": money(rate)})


def lines_needing_receipt(lines: list[dict]) -> bool:
    return any(line.get("kind") in NEEDS_RECEIPT for line in lines)


def _flat(per_line: list[dict]) -> list[str]:
    return [_("Expense %(number)d: %(message)s") % {"number": n, "message": message}
            for n, errors in enumerate(per_line, start=1) for messages in errors.values() for message in messages]


def check_claim(match: Match, claimant: Application, lines: list[dict], receipts: list) -> None:
    """Every rule of a new claim; ValidationError with every message (in the form's order)."""
    if not can_claim(match):
        raise ValidationError(_("Claims can be sent only for an agreed assignment (confirmed, active or completed)."))
    if claimant.pk not in {a.pk for a in claimants(match)}:
        raise ValidationError(_("Only the assigned expert can claim for this assignment."))
    if not lines:
        raise ValidationError(_("Enter at least one expense."))
    if len(lines) > MAX_LINES:
        raise ValidationError(_("Enter at most %(count)d expenses in one claim.") % {"count": MAX_LINES})
    if len(receipts) > MAX_RECEIPTS:
        raise ValidationError(_("Attach at most %(count)d files.") % {"count": MAX_RECEIPTS})
    if lines_needing_receipt(lines) and not receipts:
        raise ValidationError(_("Attach the tickets, bills or invoices of your expenses."))
    rates = rates_for(line["date_from"].year for line in lines if line.get("date_from"))
    messages = _flat([line_errors(match, line, rates) for line in lines])
    if messages:
        raise ValidationError(messages)


LINE_FIELDS = ("kind", "date_from", "date_to", "route_from", "route_to", "transport", "days", "nights", "description")


def submit_claim(match: Match, claimant: Application, lines: list[dict], receipts: list, *, user=None) -> Claim:
    """Store a claim with its lines and receipts (``programs.uploads.CheckedFile``s), all or nothing: the
    match row is locked (its state and dates are read as they are now) and saved files go again on failure."""
    saved = []
    try:
        with transaction.atomic():
            locked = Match.objects.select_for_update().get(pk=match.pk)
            check_claim(locked, claimant, lines, receipts)
            claim = Claim.objects.create(
                match=locked, claimant=claimant, year=min(line["date_from"] for line in lines).year,
                submitted_via=Claim.Via.SECRETARIAT if user else Claim.Via.LINK, submitted_by=user,
            )
            ClaimLine.objects.bulk_create([_line(claim, line) for line in lines])
            for checked in receipts:
                receipt = ClaimReceipt(claim=claim, original_name=checked.upload.name[:255], content_type=checked.content_type,
                                       size=checked.upload.size)
                receipt.file.save(f"{uuid.uuid4().hex}.{checked.extension}", checked.upload, save=False)
                saved.append(receipt.file)
                receipt.save()
            log(instance=claim, action=LOG_SUBMITTED, user=user, data={"match": locked.pk, "claimed": str(claim.total_claimed)})
    except Exception:
        for file in saved:
            file.storage.delete(file.name)
        raise
    return claim


def _line(claim: Claim, line: dict) -> ClaimLine:
    values = {name: line.get(name) for name in LINE_FIELDS}
    for name in ("route_from", "route_to", "transport", "description"):
        values[name] = (values[name] or "").strip()
    values["days"], values["nights"] = values["days"] or 0, values["nights"] or 0
    if values["date_to"] == values["date_from"]:
        values["date_to"] = None
    return ClaimLine(claim=claim, amount_claimed=Decimal(line["amount"]), **values)


def decide(claim: Claim, outcome: str, *, user, note: str = "", approved: dict | None = None) -> Claim:
    """Decide a waiting claim once. ``approved`` (partly only) is {line id: (amount, reason)} for every line.
    ValidationError when the claim was decided already (another tab, a second click) or the input is wrong."""
    note = (note or "").strip()
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.is_decided:
            raise ValidationError(_("This claim has already been decided (%(state)s).") % {"state": locked.get_state_display()})
        lines = list(locked.lines.all())
        if outcome == APPROVE:
            decided = {line.pk: (line.amount_claimed, "") for line in lines}
        elif outcome == REJECT:
            if not note:
                raise ValidationError(_("Give the reason for rejecting the claim."))
            decided = {line.pk: (ZERO, "") for line in lines}
        elif outcome == PARTLY:
            decided = _partly(lines, approved or {})
        else:
            raise ValidationError(_("Choose a decision."))
        for line in lines:
            line.amount_approved, line.reduction_reason = decided[line.pk]
        ClaimLine.objects.bulk_update(lines, ["amount_approved", "reduction_reason"])
        locked.state = _state(outcome, lines)
        locked.decided_at, locked.decided_by, locked.decision_note = timezone.now(), user, note
        locked.save(update_fields=["state", "decided_at", "decided_by", "decision_note"])
        log(instance=locked, action=LOG_DECIDED, user=user, data={
            "state": locked.state, "claimed": str(locked.total_claimed), "approved": str(locked.total_approved),
        })
    return locked


def _partly(lines: list[ClaimLine], approved: dict) -> dict:
    if set(approved) != {line.pk for line in lines}:
        raise ValidationError(_("Give an approved amount for every expense of the claim."))
    decided, errors = {}, []
    for n, line in enumerate(lines, start=1):
        amount, reason = approved[line.pk]
        reason = (reason or "").strip()
        try:
            amount = Decimal(amount)
        except (InvalidOperation, TypeError, ValueError):
            amount = None
        if amount is None or not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")):
            errors.append(_("Expense %(number)d: enter an amount of zero or more, with at most two decimals.") % {"number": n})
        elif amount > line.amount_claimed:
            errors.append(_("Expense %(number)d: at most the amount claimed, %(amount)s TRY.") % {"number": n, "amount": money(line.amount_claimed)})
        elif amount < line.amount_claimed and not reason:
            errors.append(_("Expense %(number)d: give the reason for approving less than claimed.") % {"number": n})
        decided[line.pk] = (amount, reason if amount is not None and amount < line.amount_claimed else "")
    if errors:
        raise ValidationError(errors)
    return decided


def _state(outcome: str, lines: list[ClaimLine]) -> str:
    if outcome == REJECT or all(line.amount_approved == ZERO for line in lines):
        return ClaimState.REJECTED
    if all(line.amount_approved == line.amount_claimed for line in lines):
        return ClaimState.APPROVED
    return ClaimState.PARTLY_APPROVED
