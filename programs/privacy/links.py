"""When private links end (KVKK: no longer than needed), and what an ended link says.

A link stays a signed token carrying the record's id and secret; signing.dumps
also stamps the time it was issued. A link works while its record still needs
it and for a set time after, counted from the later of "the record's end" and
"the link was issued", so a fresh link sent through the fresh-link form works
for that many days even for an old decision. Old links in mailboxes follow the
same rules: every token made with signing.dumps carries its timestamp.

* Draft links end when the call closes; on a standing call, after
  STANDING_CALL_DRAFT_DAYS days without change.
* Status links end STATUS_LINK_DAYS_AFTER_DECISION days after the final
  decision (ineligible, not selected, withdrawn, or matched: from then on the
  participant link takes over the follow-up).
* Participant links end PARTICIPANT_LINK_DAYS_AFTER_END days after the match
  ends (cancelled or completed, or its end date passed).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.conf import settings
from django.core import signing
from django.utils import timezone

from programs.matching import states as match_states

#: Decisions after which the applicant's status link counts down.
FINAL_STATUSES = frozenset({"ineligible", "not_selected", "withdrawn", "matched"})
ENDED_MATCH_STATES = frozenset({match_states.CANCELLED, match_states.COMPLETED})


class LinkExpired(Exception):
    """A genuine link past its end: answered with 410 and the fresh-link form, never 404."""

    def __init__(self, kind: str, ended_at: datetime):
        super().__init__(kind)
        self.kind = kind
        self.ended_at = ended_at


def issued_at(token: str) -> datetime:
    """The time stamped in a token made by signing.dumps (call only after its signature was checked)."""
    stamp = token.rsplit(":", 2)[1]
    return datetime.fromtimestamp(signing.b62_decode(stamp), tz=timezone.get_current_timezone())


def _days(name: str, default: int) -> timedelta:
    return timedelta(days=getattr(settings, name, default))


def draft_link_ends_at(draft) -> datetime:
    if draft.call.closes_at:
        return draft.call.closes_at
    return draft.updated_at + _days("STANDING_CALL_DRAFT_DAYS", 30)


def decided_at(application) -> datetime | None:
    """When the application reached its final decision, or None while it is undecided."""
    if application.status not in FINAL_STATUSES:
        return None
    event = application.events.filter(to_status=application.status).order_by("-created_at", "-pk").first()
    return event.created_at if event else application.updated_at


def status_link_ends_at(application, issued: datetime) -> datetime | None:
    decided = decided_at(application)
    if decided is None:
        return None
    return max(decided, issued) + _days("STATUS_LINK_DAYS_AFTER_DECISION", 90)


def match_ended_at(match) -> datetime | None:
    """When the match ended: cancelled or completed (its last change), or the day after its end date passed."""
    if match.state in ENDED_MATCH_STATES:
        return match.updated_at
    if match.end_date and match.state != match_states.PROPOSED:
        end = timezone.make_aware(datetime.combine(match.end_date + timedelta(days=1), time.min))
        if end <= timezone.now():
            return end
    return None


def participant_link_ends_at(match, issued: datetime) -> datetime | None:
    ended = match_ended_at(match)
    if ended is None:
        return None
    return max(ended, issued) + _days("PARTICIPANT_LINK_DAYS_AFTER_END", 90)


def check(kind: str, ends_at: datetime | None, now: datetime | None = None) -> None:
    """Raise LinkExpired once ``ends_at`` has passed."""
    if ends_at is not None and ends_at <= (now or timezone.now()):
        raise LinkExpired(kind, ends_at)
