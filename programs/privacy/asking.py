"""An applicant asks, from their private status page, for a copy or the erasure of their data; the request lands
in the secretariat's queue with its legal deadline and each member of the Secretariat is told by e-mail."""

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from portal.cleaning import TextField
from programs.mail import public_url, render_message, send_once, task_key
from programs.matching.emails import secretariat_addresses
from programs.privacy.requests import DataSubjectRequest

MESSAGE_MAX = 2000


class DataRequestForm(forms.Form):
    kind = forms.ChoiceField(label=_("What would you like?"), choices=DataSubjectRequest.Kind.choices, widget=forms.RadioSelect)
    message = TextField(label=_("Anything we should know (optional)"), required=False, max_length=MESSAGE_MAX,
                        widget=forms.Textarea(attrs={"rows": 3}))


def ask(application, *, kind: str, message: str = "") -> tuple[DataSubjectRequest, bool]:
    """The open request of this kind for the application's address, created if there is none; (request, created).
    Asking again while a request is open adds nothing (a reload or a double click sends no second notice)."""
    existing = DataSubjectRequest.objects.filter(
        email__iexact=application.email, kind=kind, status=DataSubjectRequest.Status.OPEN
    ).first()
    if existing:
        return existing, False
    item = DataSubjectRequest.objects.create(email=application.email, kind=kind, message=message, language=application.language)
    for address in secretariat_addresses():
        send_request_notice.enqueue(item.pk, address)
    return item, True


@task(takes_context=True)
def send_request_notice(context, request_id: int, to: str) -> None:
    item = DataSubjectRequest.objects.get(pk=request_id)
    with translation.override(settings.LANGUAGE_CODE):
        link = public_url(reverse("data_requests:edit", args=[item.pk]))
    send_once(task_key(context), render_message("data_request_secretariat", settings.LANGUAGE_CODE, {"item": item, "link": link}, to))
