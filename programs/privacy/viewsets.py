"""The secretariat's personal-data screens in the Wagtail admin, under one "Personal data" menu."""

import django_filters
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from programs.exports import LocalizedExportMixin
from programs.privacy import views
from programs.privacy.access_log import AccessRecord, ids_containing, record_access
from programs.privacy.requests import DataSubjectRequest
from programs.privacy.rules import RetentionRule
from programs.reminders.viewsets import ReminderPreferenceViewSet
from programs.secretariat import ScreensViewSet


class RetentionRuleViewSet(ModelViewSet):
    model = RetentionRule
    name = "retention_rules"
    url_prefix = "personal-data/retention-rules"
    icon = "history"
    menu_label = _("Retention rules")
    add_to_reference_index = False
    copy_view_enabled = False
    list_display = ["__str__", "unmatched_months", "matched_months", "updated_at"]
    form_fields = ["programme", "call", "unmatched_months", "matched_months"]


# -- the access log ---------------------------------------------------------------------

class ReadOnlyPolicy(ModelPermissionPolicy):
    """The log is evidence: nobody, superusers included, adds, edits or deletes a row through the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")


class AccessRecordFilterSet(WagtailFilterSet):
    user = django_filters.ModelChoiceFilter(label=_("User"), queryset=lambda request: get_user_model().objects.filter(
        pk__in=AccessRecord.objects.values("user_ref")).order_by("username"), method="filter_user")
    action = django_filters.ChoiceFilter(label=_("Action"), choices=AccessRecord.Action.choices)
    kind = django_filters.ChoiceFilter(label=_("Record type"), choices=AccessRecord.Kind.choices)
    record = django_filters.NumberFilter(label=_("Record id"), method="filter_record", min_value=1)
    at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = AccessRecord
        fields = ["user", "action", "kind", "record", "at"]

    def filter_user(self, queryset, name, value):
        return queryset.filter(user_ref=value.pk)

    def filter_record(self, queryset, name, value):
        return queryset.filter(ids_containing(int(value)))


class AccessRecordIndexView(LocalizedExportMixin, generic.IndexView):
    """Exporting the log is itself on record."""

    access_kind = None

    def as_spreadsheet(self, queryset, spreadsheet_format):
        record_access(self.request, AccessRecord.Action.EXPORT, AccessRecord.Kind.ACCESS_LOG, [])
        return super().as_spreadsheet(queryset, spreadsheet_format)


class AccessRecordViewSet(ModelViewSet):
    model = AccessRecord
    name = "access_log"
    url_prefix = "personal-data/access-log"
    name = "access_log"
    url_prefix = "personal-data/access-log"
    icon = "view"
    menu_label = _("Access log")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = AccessRecordIndexView
    filterset_class = AccessRecordFilterSet
    list_display = ["at", "user", "user_ref", "action", "kind", "ids_label", "count", "view"]
    list_export = ["at", "user_ref", "action", "kind", "object_ids", "count", "view"]
    export_filename = "access-log"
    form_fields = []


register_permission_policy(AccessRecord, ReadOnlyPolicy(AccessRecord))


# -- data-subject requests ----------------------------------------------------------------

class DeadlineColumn(Column):
    """Days left to answer; overdue open requests say so in words, not only in colour."""

    cell_template_name = "programs/privacy/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        days = instance.days_left()
        context.update(item=instance, days=days, overdue=max(-days, 0), person_url=reverse("personal_data:person") + f"?request={instance.pk}")
        return context


class DataSubjectRequestEditView(generic.EditView):
    """Whoever closes a request is recorded as having handled it."""

    def save_instance(self):
        instance = self.form.save(commit=False)
        if instance.status != DataSubjectRequest.Status.OPEN and instance.handled_by_id is None:
            instance.handled_by = self.request.user
        instance.save()
        return instance


class DataSubjectRequestViewSet(ModelViewSet):
    model = DataSubjectRequest
    name = "data_requests"
    url_prefix = "personal-data/requests"
    icon = "mail"
    menu_label = _("Data-subject requests")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_view_class = DataSubjectRequestEditView
    list_filter = ["status", "kind"]
    list_display = ["__str__", "kind", "status", "received_at", "due_at", DeadlineColumn("deadline", label=_("Deadline"))]
    form_fields = ["email", "language", "kind", "message", "received_at", "status", "outcome"]


class PersonViewSet(ScreensViewSet):
    name = "personal_data"
    url_prefix = "personal-data/person"
    icon = "user"
    menu_label = _("Find a person's data")
    permission = views.PERMISSION
    views = [("", views.person, "person")]

    @property
    def menu_url(self):
        return reverse("personal_data:person")


class PersonalDataGroup(ViewSetGroup):
    menu_label = _("Personal data")
    menu_icon = "lock"
    menu_order = 270
    items = (DataSubjectRequestViewSet, PersonViewSet, RetentionRuleViewSet, ReminderPreferenceViewSet, AccessRecordViewSet)
