"""What every e-mail of the programs shares: the site's address, the reader's language, the templates.

Applicants' e-mails (`programs.applications.emails`) and match e-mails
(`programs.matching.emails`) are built with these, in a background task.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from portal import site_address


def public_url(path: str) -> str:
    """Absolute URL for links in e-mails (no request in a background task): the site's configured address."""
    return site_address.absolute(path)


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
