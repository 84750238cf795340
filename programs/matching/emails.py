"""E-mails about matches: sent once per match, kind and recipient, in the recipient's language.

`MatchNotification` rows are written before enqueueing, under a unique
constraint, so running an action or a scheduled command twice sends nothing new;
the tasks send through ``send_once``, so a task run again after a crash does not either.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from home.roles import SECRETARIAT
from programs.followup.tokens import make_participant_token
from programs.mail import call_in_language, fresh_link_url, public_url, render_message, send_once, task_key
from programs.models import Application, Match, MatchNotification

MENTOR, MENTEE = "mentor", "mentee"


def participant_path(match, role: str, name: str = "matching_public:participant") -> str:
    language = recipient(match, role).language
    with translation.override(language):
        return reverse(name, args=[make_participant_token(match, role)])


def recipient(match, role: str):
    """The application that receives the e-mail (a group's first mentor stands for the team)."""
    if role == MENTEE:
        return match.mentee
    if match.mentor_id:
        return match.mentor
    return match.group.mentors.order_by("pk").first()


def recipients(match, role: str) -> list:
    if role == MENTOR and match.group_id:
        return list(match.group.mentors.order_by("pk"))
    return [recipient(match, role)]


def counterparts(match, role: str) -> list:
    return recipients(match, MENTOR if role == MENTEE else MENTEE)


def build(kind: str, match_id: int, role: str, application_id: int, extra: dict | None = None):
    match = Match.objects.select_related("call", "mentee", "mentor", "group").get(pk=match_id)
    application = Application.objects.get(pk=application_id)
    context = {
        "match": match,
        "role": role,
        "person": application,
        "others": counterparts(match, role),
        "call": call_in_language(match.call, application.language),
        "link": public_url(participant_path(match, role)),
        "fresh_link": fresh_link_url(application.language),
        **(extra or {}),
    }
    return render_message(kind, application.language, context, application.email)


@task(takes_context=True)
def send_match_email(context, kind: str, match_id: int, role: str, application_id: int, extra: dict | None = None) -> None:
    send_once(task_key(context), build(kind, match_id, role, application_id, extra))


def notify_once(match, kind: str, role: str, extra: dict | None = None, template: str | None = None) -> int:
    """Enqueue ``kind`` for every recipient on ``role``'s side not yet told; returns how many."""
    sent = 0
    for application in recipients(match, role):
        try:
            with transaction.atomic():
                MatchNotification.objects.create(match=match, kind=kind, recipient=application.email)
        except IntegrityError:
            continue
        send_match_email.enqueue(template or kind, match.pk, role, application.pk, extra or {})
        sent += 1
    return sent


def notify_confirmed(match) -> int:
    return notify_once(match, "match_confirmed", MENTEE) + notify_once(match, "match_confirmed", MENTOR)


def secretariat_addresses() -> list[str]:
    """The active members of the Secretariat group who have an e-mail address."""
    users = get_user_model().objects.filter(is_active=True, groups__name=SECRETARIAT).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


@task(takes_context=True)
def send_secretariat_email(context, kind: str, match_id: int, to: str, extra: dict | None = None) -> None:
    match = Match.objects.select_related("call", "mentee", "mentor", "group").get(pk=match_id)
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("matching:match", args=[match.pk])
    values = {"match": match, "call": match.call.specific, "link": public_url(path), **(extra or {})}
    send_once(task_key(context), render_message(kind, settings.LANGUAGE_CODE, values, to))


def notify_secretariat(match, kind: str, extra: dict | None = None) -> int:
    """Tell each secretariat member once, in the admin's language, that something happened to ``match``."""
    sent = 0
    for address in secretariat_addresses():
        try:
            with transaction.atomic():
                MatchNotification.objects.create(match=match, kind=kind, recipient=address)
        except IntegrityError:
            continue
        send_secretariat_email.enqueue(kind, match.pk, address, extra or {})
        sent += 1
    return sent
