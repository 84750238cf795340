"""The public registration form (the event page's "register/" route) and the registrant's private page."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from programs.applications import applying
from programs.applications.status import private_response
from programs.events import emails, registering
from programs.events.forms import RegistrationForm
from programs.events.tokens import registration_from_token

TEMPLATE_DIR = "programs/events/"


def _render(request, event, template, context=None, status=200):
    context = {"page": event, "self": event, "event": event, **(context or {})}
    # Never cached: the form carries a CSRF token and the answers are about one person.
    return private_response(TemplateResponse(request, TEMPLATE_DIR + template, context, status=status))


def register_view(request, event):
    if not registering.original_event(event).registration_open():
        return _render(request, event, "register_closed.html", status=403)
    if request.method != "POST":
        return _render(request, event, "register.html", {"form": RegistrationForm(event=event), "seats_left": registering.seats_left(event)})
    form = RegistrationForm(request.POST, event=event)
    ip = applying.client_ip(request)
    if applying.is_rate_limited(ip):
        form.is_valid()
        form.add_error(None, _("Too many attempts from your network. Please wait an hour and try again, or contact the secretariat."))
        return _render(request, event, "register.html", {"form": form}, status=429)
    applying.count_attempt(ip)
    if not form.is_valid():
        return _render(request, event, "register.html", {"form": form}, status=400)
    try:
        registration = registering.register(event, language=translation.get_language(), **form.registration_data())
    except registering.RegistrationClosed:
        return _render(request, event, "register_closed.html", status=403)
    except registering.AlreadyRegistered:
        _resend(event, form.cleaned_data["email"])
        return _render(request, event, "already_registered.html")
    return redirect(emails.registration_path(registration) + "?new=1")


def _resend(event, email):
    """The address's owner gets their private link again; the page says no more than that."""
    existing = registering.active(registering.original_event(event).translation_key).filter(email__iexact=email).first()
    if existing is not None:
        emails.enqueue(existing.status, existing.pk)


@require_http_methods(["GET", "POST"])
def registration(request, token):
    """What the person registered for, their place, and a button to cancel (POST, with CSRF)."""
    item = registration_from_token(token)
    if request.method == "POST" and "cancel" in request.POST:
        registering.cancel(item)
        return redirect(request.path + "?cancelled=1")
    event = registering.original_event(item.event)
    context = {
        "registration": item, "event": emails.call_in_language(item.event, item.language),
        "position": registering.waiting_position(item), "is_new": request.GET.get("new") == "1",
        "cancelled_now": request.GET.get("cancelled") == "1", "can_cancel": item.status != item.Status.CANCELLED and not event.is_past(),
    }
    return private_response(TemplateResponse(request, TEMPLATE_DIR + "registration.html", context))
