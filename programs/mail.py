"""What every e-mail of the programs shares: the site's address, the reader's language, the templates.

Applicants' e-mails (`programs.applications.emails`) and match e-mails
(`programs.matching.emails`) are built with these, in a background task, and
sent with `send_once`, keyed by the task's id.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from portal import site_address
from programs.sent_email import SentEmail


def public_url(path: str) -> str:
    """Absolute URL for links in e-mails (no request in a background task): the site's configured address."""
    return site_address.absolute(path)


def fresh_link_url(language: str) -> str:
    """Where a person who lost their e-mail asks for their private links again (named in e-mails with a link)."""
    with translation.override(language):
        return public_url(reverse("programs:fresh_link"))


def call_in_language(call, language):
    """The call as the applicant reads it: its translation in their language, else the original."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = call.get_translation_or_none(locale) if locale else None
    return (translated or call).specific


def render_message(template: str, language: str, context: dict, to: str) -> EmailMessage:
    """Subject and body from programs/emails/<template>_subject.txt and _body.txt."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"programs/emails/{template}_subject.txt", context).split())
        body = render_to_string(f"programs/emails/{template}_body.txt", context)
    return EmailMessage(subject=subject, body=body, to=[to], from_email=settings.DEFAULT_FROM_EMAIL)


def task_key(context) -> str:
    """The key of the e-mail a task sends: its task result's id, the same each time that task is run again."""
    return f"task:{context.task_result.id}"


def send_once(key: str, message: EmailMessage) -> bool:
    """Send ``message`` unless an e-mail with ``key`` was sent (or claimed) before; True if it was sent now.

    At most once, by choice: the key is claimed (committed at once in a worker,
    which runs no outer transaction) before sending and marked sent after. A task
    run again after a crash finds the claim and sends nothing. A worker killed
    between the claim and the mail server's answer leaves a claim without
    ``sent_at``: that e-mail may not have gone out, and is not retried (a second
    confirmation is worse; the row without ``sent_at`` shows what may be missing).
    A send that fails with an error releases the claim, so the task may be run again.
    """
    to = ", ".join(message.to)[:254]
    try:
        with transaction.atomic():
            claim = SentEmail.objects.create(key=key, recipient=to, subject=message.subject[:255])
    except IntegrityError:
        return False
    try:
        message.send()
    except Exception:
        SentEmail.objects.filter(pk=claim.pk).delete()
        raise
    SentEmail.objects.filter(pk=claim.pk).update(sent_at=timezone.now())
    return True
