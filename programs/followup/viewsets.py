"""Admin for follow-up: the list of logged meetings, the development goals, the participants' good-practice
proposals and the programme dashboard."""

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from programs.exports import LocalizedExportMixin
from programs.followup import dashboard
from programs.models import Goal, GoodPracticeProposal, Meeting
from programs.privacy.access_log import AccessRecord, record_access
from programs.privacy.viewsets import ReadOnlyPolicy
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


# -- good-practice proposals: read only (the answers are the participant's; the draft page is the editors') --

def draft_page_url(proposal):
    return reverse("wagtailadmin_pages:edit", args=[proposal.page_id]) if proposal.page_id else None


class ProposalIndexView(IndexView):
    """Rows open the proposal; the listing shows whose match it is, so the matches seen are on record."""

    def get_edit_url(self, instance):
        return self.get_inspect_url(instance)

    def render_to_response(self, context, **response_kwargs):
        record_access(self.request, AccessRecord.Action.VIEW, AccessRecord.Kind.MATCH, [p.match_id for p in context["object_list"]])
        return super().render_to_response(context, **response_kwargs)


class ProposalInspectView(InspectView):
    def get(self, request, *args, **kwargs):
        record_access(request, AccessRecord.Action.VIEW, AccessRecord.Kind.MATCH, [self.object.match_id])
        return super().get(request, *args, **kwargs)

    def get_page_display_value(self):
        url = draft_page_url(self.object)
        return format_html('<a href="{}">{}</a>', url, self.object.page.get_admin_display_title()) if url else "-"


class GoodPracticeProposalViewSet(ModelViewSet):
    model = GoodPracticeProposal
    icon = "pick"
    menu_label = _("Good-practice proposals")
    add_to_reference_index = False
    index_view_class = ProposalIndexView
    inspect_view_class = ProposalInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "__str__", "match", "respondent", "consent_to_be_named", "language",
        TitleColumn("page", label=_("draft page"), get_url=draft_page_url), "created_at",
    ]
    list_filter = ["respondent", "consent_to_be_named", "language"]
    inspect_view_fields = [
        "match", "respondent", "created_at", "language", "consent_to_be_named",
        "problem", "what_was_done", "result", "to_repeat", "page",
    ]
    form_fields = []
    ordering = ["-created_at"]


register_permission_policy(GoodPracticeProposal, ReadOnlyPolicy(GoodPracticeProposal))


# -- development goals: read only here (plans are written through plans.set_goals, on the match page or the link) --

class GoalIndexView(LocalizedExportMixin, IndexView):
    """Rows open the goal; the listing names the matches it shows, so those matches are on record, as viewed or
    exported; the export follows programs/exports.py."""

    def get_edit_url(self, instance):
        return self.get_inspect_url(instance)

    def render_to_response(self, context, **response_kwargs):
        if not self.is_export:
            record_access(self.request, AccessRecord.Action.VIEW, AccessRecord.Kind.MATCH, sorted({g.match_id for g in context["object_list"]}))
        return super().render_to_response(context, **response_kwargs)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        record_access(self.request, AccessRecord.Action.EXPORT, AccessRecord.Kind.MATCH, sorted(set(queryset.values_list("match_id", flat=True))))
        return super().as_spreadsheet(queryset, spreadsheet_format)


class GoalInspectView(InspectView):
    def get(self, request, *args, **kwargs):
        record_access(request, AccessRecord.Action.VIEW, AccessRecord.Kind.MATCH, [self.object.match_id])
        return super().get(request, *args, **kwargs)

    def get_progress_display_value(self):
        notes = self.object.progress.select_related("meeting")
        return format_html_join(
            mark_safe("<br>"), "{}: {} — {}", ((f"{p.meeting.held_on:%d.%m.%Y}", p.get_status_display(), p.note) for p in notes)
        ) or "-"


class GoalViewSet(ModelViewSet):
    model = Goal
    icon = "success"
    menu_label = _("Development goals")
    add_to_reference_index = False
    index_view_class = GoalIndexView
    inspect_view_class = GoalInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["title", "match", "status", "created_by", "status_updated_at"]
    list_filter = ["status", "created_by", "match__state"]
    list_export = ["match", "title", "description", "status", "created_by", "created_at", "status_updated_at"]
    search_fields = ["title", "description"]
    inspect_view_fields = ["match", "title", "description", "order", "status", "status_updated_at", "created_by", "created_at", "progress"]
    form_fields = []
    ordering = ["-created_at"]


register_permission_policy(Goal, ReadOnlyPolicy(Goal))
