"""The secretariat's screen of people's reminder choices (under Personal data): see, change, revoke links."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from programs.exports import LocalizedExportMixin
from programs.reminders.models import ReminderPreference


class PreferenceIndexView(LocalizedExportMixin, generic.IndexView):
    """The generic list, exported as programs/exports.py says."""


class PreferenceEditView(generic.EditView):
    def save_instance(self):
        """A change of the choice by the secretariat is dated like one by the person."""
        if "optional_reminders" in self.form.changed_data:
            self.form.instance.changed_at = timezone.now()
        return super().save_instance()


class ReminderPreferenceViewSet(ModelViewSet):
    """Permissions are the model's (granted to the Secretariat group by migration 0017); no delete, so a
    person's "off" is never lost by a click."""

    model = ReminderPreference
    name = "reminder_preferences"
    url_prefix = "personal-data/reminders"
    icon = "mail"
    menu_label = _("Reminder preferences")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = PreferenceIndexView
    edit_view_class = PreferenceEditView
    list_display = ["email", "optional_reminders", "changed_at", "links_revoked_at"]
    list_filter = ["optional_reminders"]
    list_export = ["email", "optional_reminders", "changed_at", "links_revoked_at"]
    search_fields = ["email"]
    form_fields = ["email", "optional_reminders", "links_revoked_at"]
    ordering = ["email"]
