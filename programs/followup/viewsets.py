"""Admin for follow-up: the list of logged meetings and the programme dashboard."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from programs.exports import LocalizedExportMixin
from programs.followup import dashboard
from programs.models import Meeting
from programs.secretariat import ScreensViewSet


class DashboardViewSet(ScreensViewSet):
    name = "matching_dashboard"
    url_prefix = "matching-dashboard"
    icon = "table"
    menu_label = _("Dashboard")
    views = [("", dashboard.dashboard, "index")]

    @property
    def menu_url(self):
        return reverse("matching_dashboard:index")


class MeetingIndexView(LocalizedExportMixin, IndexView):
    """The generic list, exported as programs/exports.py says."""
    access_kind = "meeting"


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
