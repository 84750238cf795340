"""E-mails to applicants, always in the applicant's language, always sent by a background task.

Views and ``states.change_status`` call the ``enqueue_*`` functions; the
task `send_email` (django-tasks; in production ``manage.py db_worker`` runs
it) calls ``send`` in the worker, so a slow mail server never slows the form down;
``send_once`` keeps a task that runs again from sending twice.
"""

from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from programs.applications.tokens import make_draft_token
from programs.mail import call_in_language, fresh_link_url, public_url, render_message, send_once, task_key
from programs.models import Application, ApplicationDraft


def status_path(application) -> str:
    with translation.override(application.language):
        return reverse("programs:application_status", args=[application.status_token()])


def draft_path(draft) -> str:
    with translation.override(draft.language):
        return reverse("programs:application_draft", args=[make_draft_token(draft)])


def draft_delete_path(draft) -> str:
    with translation.override(draft.language):
        return reverse("programs:application_draft_delete", args=[make_draft_token(draft)])


def build(kind: str, object_id: int) -> EmailMessage:
    """The message of ``kind`` for the object with ``object_id``, read fresh from the database."""
    if kind == "draft":
        draft = ApplicationDraft.objects.select_related("call").get(pk=object_id)
        call = call_in_language(draft.call, draft.language)
        context = {
            "draft": draft, "call": call, "link": public_url(draft_path(draft)), "delete_link": public_url(draft_delete_path(draft)),
        }
        return render_message("draft", draft.language, context, draft.email)
    application = Application.objects.select_related("call").get(pk=object_id)
    call = call_in_language(application.call, application.language)
    context = {
        "application": application, "call": call,
        "link": public_url(status_path(application)), "fresh_link": fresh_link_url(application.language),
    }
    return render_message(kind, application.language, context, application.email)


def send(kind: str, object_id: int, key: str) -> bool:
    """Send the message once per ``key``: a task run again after a worker died sends nothing new."""
    return send_once(key, build(kind, object_id))


@task(takes_context=True)
def send_email(context, kind: str, object_id: int) -> None:
    send(kind, object_id, task_key(context))


def _enqueue(kind: str, object_id: int) -> None:
    send_email.enqueue(kind, object_id)


def enqueue_confirmation(application) -> None:
    _enqueue("confirmation", application.pk)


def enqueue_duplicate_notice(application) -> None:
    """To the address of an application sent again: it already exists, here is its link."""
    _enqueue("duplicate", application.pk)


def enqueue_status_email(application) -> None:
    _enqueue("status", application.pk)


def enqueue_draft_link(draft) -> None:
    _enqueue("draft", draft.pk)
