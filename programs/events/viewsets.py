"""The secretariat's list of event registrations: filter, export, and the attendance of each person.

Personal data: only the Secretariat holds the model permissions (home/roles.py EVENT_PERMISSIONS).
The edit form changes attendance only, through `registering.mark_attendance` (logged); places change
through the registrant's cancel link or the rules, never by hand-editing the status.
"""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from programs.events import registering
from programs.events.models import EventRegistration
from programs.exports import LocalizedExportMixin

Status = EventRegistration.Status


def _count_at_event(status):
    """The number of registrations with ``status`` at the row's event (every language), as a subquery."""
    rows = (
        EventRegistration.objects.filter(event_key=OuterRef("event_key")).order_by().values("event_key")
        .annotate(n=Count("pk", filter=Q(status=status))).values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


class RegistrationIndexView(LocalizedExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event", "institution").annotate(
            confirmed_at_event=_count_at_event(Status.CONFIRMED), waiting_at_event=_count_at_event(Status.WAITING),
        )


class AttendanceEditView(generic.EditView):
    def save_instance(self):
        return registering.mark_attendance(self.object, self.form.cleaned_data["attended"], user=self.request.user)


class EventRegistrationViewSet(ModelViewSet):
    model = EventRegistration
    icon = "date"
    menu_label = _("Event registrations")
    menu_order = 265
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = RegistrationIndexView
    edit_view_class = AttendanceEditView
    list_display = [
        "name", "event", "status", "attended", "role", "created_at",
        Column("confirmed_at_event", label=_("confirmed at the event")),
        Column("waiting_at_event", label=_("waiting at the event")),
    ]
    list_filter = ["event", "status", "attended", "role"]
    search_fields = ["name", "email", "institution_other"]
    list_export = [
        "event", "name", "email", "institution_label", "role", "status", "attended", "accessibility", "language",
        "privacy_notice", "privacy_agreed_at", "created_at", "cancelled_at",
    ]
    export_headings = {"institution_label": _("Institution")}
    export_filename = "event-registrations"
    inspect_view_fields = [
        "event", "name", "email", "institution", "institution_other", "role", "accessibility", "status", "attended",
        "language", "privacy_notice", "privacy_agreed_at", "created_at", "cancelled_at",
    ]
    form_fields = ["attended"]
    ordering = ["-created_at"]

