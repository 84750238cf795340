"""Admin for matching: the suggestion screen, matches, meetings and the dashboard, under one menu.

Everything is the secretariat's: menu items and views check the match
permissions, which only the Secretariat group (and superusers) hold.
"""

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views.generic import IndexView

from programs import matching_views
from programs.exports import LocalizedExportMixin
from programs.models import Match, Meeting
from programs.templatetags.scores import format_score


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class ScreensViewSet(ViewSet):
    """Custom views registered like a view set, so they sit in the same menu group."""

    permission = matching_views.PERMISSION
    views: list = []

    def get_urlpatterns(self):
        return [path(route, view, name=name) for route, view, name in self.views]

    def get_menu_item(self, order=None):
        return PermissionMenuItem(
            self.menu_label, self.menu_url, name=self.name, icon_name=self.menu_icon,
            order=self.get_menu_item_order(order), permission=self.permission,
        )


class SuggestionsViewSet(ScreensViewSet):
    name = "matching"
    url_prefix = "matching"
    icon = "group"
    menu_label = _("Suggestions")
    views = [
        ("", matching_views.call_list, "index"),
        ("call/<int:call_id>/", matching_views.screen, "screen"),
        ("match/<int:pk>/", matching_views.match_detail, "match"),
        ("match/<int:pk>/letter/<str:party>/", matching_views.consent_letter, "letter"),
        ("match/<int:pk>/consent/<int:consent_id>/", matching_views.consent_document, "consent_document"),
    ]

    @property
    def menu_url(self):
        return reverse("matching:index")


class DashboardViewSet(ScreensViewSet):
    name = "matching_dashboard"
    url_prefix = "matching-dashboard"
    icon = "table"
    menu_label = _("Dashboard")
    views = [("", matching_views.dashboard, "index")]

    @property
    def menu_url(self):
        return reverse("matching_dashboard:index")


class ScoreColumn(Column):
    """The score rounded and in the admin's number format ("0,64"), not the stored float."""

    def get_value(self, instance):
        return format_score(super().get_value(instance))


class MatchIndexView(LocalizedExportMixin, IndexView):
    """Rows open the match's own page, where consents and states are handled. Exports as programs/exports.py says."""

    def get_edit_url(self, instance):
        if self.user_has_permission("change"):
            return reverse("matching:match", args=[instance.pk])

    def get_add_url(self):
        return None

    def get_list_more_buttons(self, instance):
        return []


class MatchViewSet(ModelViewSet):
    model = Match
    icon = "link"
    menu_label = _("Matches")
    index_view_class = MatchIndexView
    list_display = ["__str__", "call", "state", "start_date", "end_date", ScoreColumn("score", label=_("score"), sort_key="score")]
    list_filter = ["state", "call"]
    list_export = ["mentee", "mentor", "group", "call", "state", "start_date", "end_date", "score", "confirmed_at"]
    search_fields = ["mentee__name", "mentor__name", "mentee__institution__name", "mentor__institution__name"]
    form_fields = ["start_date", "end_date", "format", "conditions"]
    ordering = ["-created_at"]
    copy_view_enabled = False

    @property
    def add_view(self):
        """Matches are made on the suggestion screen (suggested or by hand), never from a blank form."""
        return lambda request: redirect("matching:index")


class MeetingIndexView(LocalizedExportMixin, IndexView):
    """The generic list, exported as programs/exports.py says."""


class MeetingViewSet(ModelViewSet):
    model = Meeting
    index_view_class = MeetingIndexView
    icon = "date"
    menu_label = _("Meetings")
    list_display = ["held_on", "topic", "match", "format", "duration_minutes", "logged_by"]
    list_filter = ["format", "logged_by", "held_on"]
    list_export = ["held_on", "match", "format", "duration_minutes", "topic", "notes", "logged_by"]
    search_fields = ["topic", "notes"]
    form_fields = ["match", "held_on", "format", "duration_minutes", "topic", "notes", "logged_by"]
    ordering = ["-held_on"]
    copy_view_enabled = False


class MatchingGroup(ViewSetGroup):
    menu_label = _("Matching")
    menu_icon = "group"
    menu_order = 260
    items = (SuggestionsViewSet, MatchViewSet, MeetingViewSet, DashboardViewSet)
