"""E-mails to applicants, always in the applicant's language, always sent by a background task.

Views and ``states.change_status`` call the ``enqueue_*`` functions; the
task (programs/tasks.py) calls ``send`` in the worker, so a slow mail
server never slows the form down.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from portal import site_address


def public_url(path: str) -> str:
    """Absolute URL for links in e-mails (no request in a background task): the site's configured address."""
    return site_address.absolute(path)


def status_path(application) -> str:
    with translation.override(application.language):
        return reverse("programs:application_status", args=[application.status_token()])


def draft_path(draft) -> str:
    from programs.tokens import make_draft_token

    with translation.override(draft.language):
        return reverse("programs:application_draft", args=[make_draft_token(draft)])


def call_in_language(call, language):
    """The call as the applicant reads it: its translation in their language, else the original."""
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    translated = call.get_translation_or_none(locale) if locale else None
    return (translated or call).specific


def render_message(template: str, language: str, context: dict, to: str) -> EmailMessage:
    """Subject and body from programs/emails/<template>_subject.txt and _body.txt."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"programs/emails/{template}_subject.txt", context).split())
        body = render_to_string(f"programs/emails/{template}_body.txt", context)
    return EmailMessage(subject=subject, body=body, to=[to], from_email=settings.DEFAULT_FROM_EMAIL)


def build(kind: str, object_id: int) -> EmailMessage:
    """The message of ``kind`` for the object with ``object_id``, read fresh from the database."""
    from programs.models import Application, ApplicationDraft

    if kind == "draft":
        draft = ApplicationDraft.objects.select_related("call").get(pk=object_id)
        call = call_in_language(draft.call, draft.language)
        context = {"draft": draft, "call": call, "link": public_url(draft_path(draft))}
        return render_message("draft", draft.language, context, draft.email)
    application = Application.objects.select_related("call").get(pk=object_id)
    call = call_in_language(application.call, application.language)
    context = {"application": application, "call": call, "link": public_url(status_path(application))}
    return render_message(kind, application.language, context, application.email)


def send(kind: str, object_id: int) -> None:
    build(kind, object_id).send()


def _enqueue(kind: str, object_id: int) -> None:
    from programs.tasks import send_email

    send_email.enqueue(kind, object_id)


def enqueue_confirmation(application) -> None:
    _enqueue("confirmation", application.pk)


def enqueue_status_email(application) -> None:
    _enqueue("status", application.pk)


def enqueue_draft_link(draft) -> None:
    _enqueue("draft", draft.pk)
