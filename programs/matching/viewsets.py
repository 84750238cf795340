"""Admin for matching: the suggestion screen and the list of matches (grouped in the menu by wagtail_hooks).

Everything is the secretariat's: menu items and views check the match
permissions, which only the Secretariat group (and superusers) hold.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from programs.exports import LocalizedExportMixin
from programs.matching import detail, screen
from programs.models import Match
from programs.secretariat import ScreensViewSet, object_id, secretariat_only
from programs.templatetags.scores import format_score


class SuggestionsViewSet(ScreensViewSet):
    name = "matching"
    url_prefix = "matching"
    icon = "group"
    menu_label = _("Suggestions")
    views = [
        ("", screen.call_list, "index"),
        ("call/<int:call_id>/", screen.screen, "screen"),
        ("match/<int:pk>/", detail.match_detail, "match"),
        ("match/<int:pk>/letter/<str:party>/", detail.consent_letter, "letter"),
        ("match/<int:pk>/consent/<int:consent_id>/", detail.consent_document, "consent_document"),
    ]

    @property
    def menu_url(self):
        return reverse("matching:index")


class ScoreColumn(Column):
    """The score rounded and in the admin's number format ("0,64"), not the stored float."""

    def get_value(self, instance):
        return format_score(super().get_value(instance))


class MatchIndexView(LocalizedExportMixin, IndexView):
    """Rows open the match's own page, where consents and states are handled. Exports as programs/exports.py says."""
    access_kind = "match"

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
        return secretariat_only(lambda request: redirect("matching:index"))

    @property
    def edit_view(self):
        """A match is edited on its own page, through the workflow (consents, states, extensions)."""
        return secretariat_only(lambda request, pk: redirect("matching:match", object_id(pk)))

    @property
    def delete_view(self):
        """A match is never deleted (its history, consents and meetings stay): it is cancelled with a reason."""
        return secretariat_only(lambda request, pk: redirect("matching:match", object_id(pk)))
