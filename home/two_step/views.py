"""The second-step screens: verify, set up an app, recovery codes, the overview under Account → More actions,
and django-axes' lockout page."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.two_step import rules
from home.two_step.forms import CodeForm

CODES_SESSION_KEY = "two_step_new_codes"
NEXT_SESSION_KEY = "two_step_next"


def _next_url(request, default="wagtailadmin_home"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse(default)


def verify(request):
    """The code from the app, or a recovery code, after the password."""
    if not rules.has_device(request.user):
        return redirect(f"{reverse('two_step_setup')}?{urlencode({'next': _next_url(request)})}")
    if rules.is_verified(request.user):
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if rules.verify(request, form.cleaned_data["code"]):
            return redirect(_next_url(request))
        form.reject(_("This code is not valid. Check the time on your phone, or use a recovery code you have not used yet."))
    return render(request, "two_step/verify.html", {
        "form": form, "next": _next_url(request), "required": rules.is_required_for(request.user),
    })


def setup(request):
    """Scan or type the key into an authenticator app, confirm with its first code; recovery codes follow."""
    if not rules.may_change_devices(request.user):
        return redirect(f"{reverse('two_step_verify')}?{urlencode({'next': reverse('two_step_setup')})}")
    device = rules.pending_app(request.user)
    form = CodeForm(request.POST or None, digits_only=True, help_text=_("The six digits your app shows now."))
    if request.method == "POST" and form.is_valid():
        if rules.confirm_app(request, device, form.cleaned_data["code"]):
            request.session[CODES_SESSION_KEY] = rules.new_recovery_codes(request.user)
            request.session[NEXT_SESSION_KEY] = _next_url(request)
            messages.success(request, _("Two-step verification is on for your account."))
            return redirect("two_step_recovery_codes")
        form.reject(_("This code is not valid. Check the time on your phone and enter the code the app shows now."))
    return render(request, "two_step/setup.html", {
        "form": form, "next": _next_url(request), "required": rules.is_required_for(request.user),
        "replacing": rules.has_app(request.user),
        "qr_code": mark_safe(rules.qr_svg(device, _("QR code for your authenticator app"))),  # segno's SVG, label escaped
        "secret": rules.secret_for_typing(device), "issuer": settings.OTP_TOTP_ISSUER, "account": request.user.get_username(),
    })


def recovery_codes(request):
    """New codes (POST) are shown once, on the GET that follows; the earlier codes stop working."""
    if request.method == "POST":
        if not (rules.has_app(request.user) and rules.may_change_devices(request.user)):
            raise PermissionDenied
        request.session[CODES_SESSION_KEY] = rules.new_recovery_codes(request.user)
        request.session[NEXT_SESSION_KEY] = reverse("two_step")
        return redirect("two_step_recovery_codes")
    codes = request.session.pop(CODES_SESSION_KEY, None)
    if not codes:
        return redirect("two_step")
    return render(request, "two_step/recovery_codes.html", {
        "codes": [f"{code[:4]}-{code[4:]}" for code in codes],
        "next": request.session.pop(NEXT_SESSION_KEY, reverse("wagtailadmin_home")),
    })


def overview(request):
    user = request.user
    return render(request, "two_step/overview.html", {
        "has_app": rules.has_app(user), "required": rules.is_required_for(user),
        "verified": rules.is_verified(user), "may_change": rules.may_change_devices(user),
        "codes_left": rules.recovery_codes_left(user),
        "relaxed": not settings.STAFF_SECOND_FACTOR_REQUIRED,
    })


@require_POST
def remove(request):
    """Staff not required to use a second factor may turn it off again (after passing it)."""
    if rules.is_required_for(request.user) or not rules.may_change_devices(request.user):
        raise PermissionDenied
    rules.remove_all(request.user)
    messages.success(request, _("Two-step verification is off for your account."))
    return redirect("two_step")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked username and address (AXES_LOCKOUT_CALLABLE): says why and for how long."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request, "two_step/locked_out.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
