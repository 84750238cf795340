"""What the secretariat's admin screens share: who may use them, how errors are shown, how they join the menu."""

from __future__ import annotations

import functools

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.urls import path
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from home.roles import SECRETARIAT

PERMISSION = "programs.change_match"


def permission_required(permission: str):
    """The view answers 403 to anyone without ``permission`` (the admin's login check comes first)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.has_perm(permission):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


#: Matching is the secretariat's work: every view checks the match permission.
secretariat_only = permission_required(PERMISSION)


def run_action(request, actions: dict, target):
    """Run the handler of the POSTed ``action`` on ``target``: its response, or None when the caller
    should redirect back (post/redirect/get). An unknown action is a 404."""
    handler = actions.get(request.POST.get("action"))
    if handler is None:
        raise Http404
    return handler(request, target)


def show_errors(request, error: ValidationError | Exception) -> None:
    for message in getattr(error, "messages", [str(error)]):
        messages.error(request, message)


def show_form_errors(request, form) -> None:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else error)


def is_secretariat(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name=SECRETARIAT).exists())


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class ScreensViewSet(ViewSet):
    """Custom views registered like a view set, so they sit in the same menu group."""

    permission = PERMISSION
    views: list = []

    def get_urlpatterns(self):
        return [path(route, view, name=name) for route, view, name in self.views]

    def get_menu_item(self, order=None):
        return PermissionMenuItem(
            self.menu_label, self.menu_url, name=self.name, icon_name=self.menu_icon,
            order=self.get_menu_item_order(order), permission=self.permission,
        )


def object_id(value) -> int:
    """An id from a URL or a form field; anything else is a missing object (404), never a server error."""
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise Http404 from exc
