"""Sends staff who must verify to the second step before any other admin page.

In ``home`` rather than ``portal/middleware.py`` because the rule names a staff role (``home/roles.py``),
which portal's shared helpers may not import. Listed after django-otp's ``OTPMiddleware``.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse

from home.two_step import rules

# What a user between password and second factor may still open.
OPEN_URL_NAMES = {
    "wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_javascript_catalog", "wagtailadmin_sprite",
    "two_step_verify", "two_step_setup", "two_step_recovery_codes",
}


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if rules.must_verify(request.user):
            if request.path_info.startswith(reverse("wagtailadmin_home")):
                if _url_name(request.path_info) not in OPEN_URL_NAMES:
                    target = "two_step_verify" if rules.has_device(request.user) else "two_step_setup"
                    return redirect_to_login(request.get_full_path(), reverse(target))
            else:
                # Outside the admin (public pages, documents) the half-signed-in user is a visitor.
                request.user = AnonymousUser()
        return self.get_response(request)


def _url_name(path: str) -> str | None:
    try:
        return resolve(path).url_name
    except Resolver404:
        return None
