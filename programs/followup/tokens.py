"""The participants' private link.

It works like the applicants' status link: a signed token carrying the
match, its random secret and the participant's side, so no account is
needed and a forged or tampered token is a 404.
"""

from __future__ import annotations

from django.core import signing
from django.http import Http404

from programs.models import Feedback, Match
from programs.privacy import links

PARTICIPANT_SALT = "programs.match.participant"
ROLES = (Feedback.Respondent.MENTOR, Feedback.Respondent.MENTEE)


def make_participant_token(match: Match, role: str) -> str:
    return signing.dumps([match.pk, match.secret, role], salt=PARTICIPANT_SALT, compress=False)


def participant_from_token(token: str) -> tuple[Match, str]:
    try:
        pk, secret, role = signing.loads(token, salt=PARTICIPANT_SALT)
        if role not in ROLES:
            raise ValueError(role)
        match = Match.objects.select_related("call", "mentee", "mentor", "group").get(pk=int(pk), secret=str(secret))
    except (signing.BadSignature, ValueError, TypeError, Match.DoesNotExist) as exc:
        raise Http404("Unknown link") from exc
    links.check("participant", links.participant_link_ends_at(match, links.issued_at(token)))
    return match, role
