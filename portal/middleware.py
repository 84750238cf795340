"""Response headers that django-csp and Django do not set on their own."""

import time

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import QueryDict
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import ngettext

from portal.cleaning import has_controls, without_controls


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that the API's answers are left as they are: a 404 from `/api/` is the API's JSON
    answer, not a page to look for under `/tr/` (Django redirects every unprefixed 404 that a prefixed
    path would match, and the page tree matches any path)."""

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)


def is_preview(request) -> bool:
    """A page rendered for the admin's preview.

    Wagtail renders previews through ``make_preview_request``: a fake request
    for the page's public path runs through this whole middleware chain (so
    the public headers would apply) and is marked ``is_preview`` before the
    responses come back. The admin shows it in an iframe of its own origin.
    """
    return getattr(request, "is_preview", False) is True


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with two extra rules: the Wagtail admin gets its own policy,
    and a page previewed in the admin may be framed by our own origin.

    Public pages allow only our origin and no inline code, and no framing at
    all. The admin's page editor sets inline ``style`` attributes, so it gets
    the strictest policy under which it still works (a browser test checks the
    console). A preview keeps the public policy, so the editor sees what the
    visitor's browser will allow, except ``frame-ancestors 'self'`` (and
    ``X-Frame-Options: SAMEORIGIN`` instead of DENY) so that the editor's
    side-panel preview can show it.
    """

    def process_response(self, request, response):
        if is_preview(request):
            # X-Frame-Options, the older twin of frame-ancestors: Django's XFrameOptionsMiddleware
            # (listed before this one, so it sees the response after it) keeps a header already set.
            response.setdefault("X-Frame-Options", "SAMEORIGIN")
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith("/admin/"):
            return PolicyParts(config=settings.ADMIN_CONTENT_SECURITY_POLICY, nonce=parts.nonce)
        if is_preview(request):
            return PolicyParts(
                config=parts.config, update=parts.update, replace={**(parts.replace or {}), "frame-ancestors": [SELF]},
                nonce=parts.nonce,
            )
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AdminIdleTimeoutMiddleware:
    """Signs staff out after ``ADMIN_SESSION_IDLE_MINUTES`` without a request of their own.

    A middleware rather than ``SESSION_COOKIE_AGE`` with ``SESSION_SAVE_EVERY_REQUEST``: only signed-in
    requests write the session (at most once a minute), visitors' sessions keep their own life, and the
    editor's background pings (Wagtail's "who else is editing" check, every few seconds while a page is open)
    do not count as activity, so a tab left open does not keep an account signed in.
    """

    SESSION_KEY = "portal_last_activity"
    BACKGROUND_NAMESPACES = {"wagtailadmin_editing_sessions"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        now = int(time.time())
        if request.user.is_authenticated:
            last = request.session.get(self.SESSION_KEY)
            if last is not None and now - last > settings.ADMIN_SESSION_IDLE_MINUTES * 60:
                logout(request)
                if request.path_info.startswith(reverse("wagtailadmin_home")) and _url_name(request) != "wagtailadmin_login":
                    messages.info(request, _idle_message())
                    return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        response = self.get_response(request)
        if request.user.is_authenticated and not self._background(request):
            last = request.session.get(self.SESSION_KEY)
            if last is None or now - last >= 60:
                request.session[self.SESSION_KEY] = now
        return response

    def _background(self, request) -> bool:
        match = getattr(request, "resolver_match", None)
        return match is not None and bool(set(match.namespaces) & self.BACKGROUND_NAMESPACES)


def _url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


def _idle_message():
    minutes = settings.ADMIN_SESSION_IDLE_MINUTES
    return ngettext(
        "You were signed out after %(minutes)d minute without activity. Please sign in again.",
        "You were signed out after %(minutes)d minutes without activity. Please sign in again.",
        minutes,
    ) % {"minutes": minutes}


class QueryStringControlsMiddleware:
    """Query-string values lose their control characters before any view reads them.

    A NUL byte in ``?q=`` or ``?programme=`` reached PostgreSQL, which refuses
    NUL in text and raised a 500 from every filter and search. Nothing a visitor
    means is lost: tabs and line breaks become spaces, ESC, BEL, DEL, NUL and the
    bidi overrides go (portal.cleaning.without_controls). Forms clean their own fields.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(has_controls(key) or any(has_controls(value) for value in values) for key, values in request.GET.lists()):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(without_controls(key), [without_controls(value) for value in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
