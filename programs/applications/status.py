"""The applicant's private status page: only the holder of the signed link sees anything."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from programs.applications import applying
from programs.applications.states import TransitionError, can_withdraw
from programs.applications.tokens import application_from_token
from programs.preparation.next_steps import preparation_status
from programs.privacy import asking
from programs.privacy.asking import DataRequestForm

#: Pages reached through a private link carry the token in their URL. "same-origin" keeps it out of the
#: Referer sent to any other site, yet still lets the browser send the real Origin with the page's own forms.
#: "no-referrer" would make Chromium send "Origin: null", which Django's CSRF check refuses (403).
PRIVATE_REFERRER_POLICY = "same-origin"


def private_response(response):
    """Headers for pages reached through a private link: not indexed, cached or referred to other sites."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = PRIVATE_REFERRER_POLICY
    response["Cache-Control"] = "private, no-store"
    return response


def _status_page(request, application, token, *, http_status=200, **extra):
    call = application.call.specific
    context = {
        "application": application,
        "call": call,
        "preparation": preparation_status(application, call),
        "events": application.events.all(),
        "attachments": application.attachments.all(),
        "token": token,
        "can_withdraw": can_withdraw(application),
        "data_form": extra.pop("data_form", None) or DataRequestForm(),
        **extra,
    }
    return private_response(TemplateResponse(request, "programs/application_status.html", context, status=http_status))


def status(request, token):
    application = application_from_token(token)
    return _status_page(request, application, token, withdrawn=request.GET.get("withdrawn") == "1")


@require_POST
def withdraw(request, token):
    application = application_from_token(token)
    try:
        applying.withdraw(application, note=_("Withdrawn by the applicant."))
    except TransitionError:
        # Decided or matched meanwhile (perhaps a moment ago, by the secretariat): say so, change nothing.
        application.refresh_from_db()
        return _status_page(request, application, token, http_status=409, error=_("This application can no longer be withdrawn."))
    return redirect(request.path.rsplit("withdraw/", 1)[0] + "?withdrawn=1")


@require_POST
def ask_about_data(request, token):
    """A copy or the erasure of the applicant's data, asked from the private page (KVKK Art. 11)."""
    application = application_from_token(token)
    form = DataRequestForm(request.POST)
    ip = applying.client_ip(request)
    if applying.is_rate_limited(ip):  # the same budget as the application form
        form.is_valid()
        form.add_error(None, _("Too many attempts from your network. Please wait an hour and try again, or contact the secretariat."))
        return _status_page(request, application, token, http_status=429, data_form=form)
    applying.count_attempt(ip)
    if not form.is_valid():
        return _status_page(request, application, token, http_status=400, data_form=form)
    item, _created = asking.ask(application, kind=form.cleaned_data["kind"], message=form.cleaned_data["message"])
    return _status_page(request, application, token, data_request=item)


def attachment(request, token, attachment_id):
    application = application_from_token(token)
    file = get_object_or_404(application.attachments, pk=attachment_id)
    return serve_attachment(file)


def serve_attachment(file):
    """Always a download, with the sniffed type: never rendered inline on our origin."""
    try:
        handle = file.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(handle, as_attachment=True, filename=file.original_name, content_type=file.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
