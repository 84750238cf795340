"""The secretariat's admin for travel claims: the list with its filters and the finance office's export, and
the year's rates. A claim is decided on its own screen (`programs.claims.decision`); nobody adds, edits or
deletes one through the generic views (the expert sends it and it stays as a finance record).
"""

from __future__ import annotations

import decimal

import django_filters
from django import forms
from django.db.models import Max, Min, Sum
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from programs.applications.viewsets import original_calls
from programs.claims.models import Claim, ClaimState, DailyRate
from programs.exports import LocalizedExportMixin
from programs.models import CallPage, ProgramPage
from programs.secretariat import object_id, permission_required

DECIDE_URL = "programs_claim_decide"


def csv_money(value) -> str:
    """Two decimals, in the list's language ("1250,50" in Turkish, as the scores are written); no grouping."""
    return floatformat(value, 2)


def claim_years():
    return [(year, str(year)) for year in Claim.objects.order_by("-year").values_list("year", flat=True).distinct()]


class ClaimFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=ClaimState.choices)
    call = django_filters.ModelChoiceFilter(label=_("Call"), queryset=lambda request: original_calls(), method="filter_call")
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=lambda request: ProgramPage.objects.order_by("title"), method="filter_programme"
    )
    year = django_filters.ChoiceFilter(label=_("Year"), choices=claim_years)

    class Meta:
        model = Claim
        fields = ["state", "call", "programme", "year"]

    def filter_call(self, queryset, name, value):
        return queryset.filter(match__call__translation_key=value.translation_key)

    def filter_programme(self, queryset, name, value):
        """Calls of that programme in every language."""
        programmes = ProgramPage.objects.filter(translation_key=value.translation_key)
        call_ids = [c.pk for p in programmes for c in CallPage.objects.child_of(p)]
        return queryset.filter(match__call_id__in=call_ids)


class MoneyColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        return "–" if value is None else floatformat(value, "2g")


def with_totals(queryset):
    """Claims with their sums and first and last days, in the list's one query."""
    return queryset.annotate(
        claimed_sum=Sum("lines__amount_claimed"), approved_sum=Sum("lines__amount_approved"),
        first_day=Min("lines__date_from"), last_day=Max(Coalesce("lines__date_to", "lines__date_from")),
    )


class MoneyExportMixin(LocalizedExportMixin):
    """Amounts as numbers with two decimals: "1250,50" in a Turkish CSV, a number formatted 0.00 in XLSX."""

    custom_value_preprocess = {
        **LocalizedExportMixin.custom_value_preprocess,
        decimal.Decimal: {LocalizedExportMixin.FORMAT_CSV: csv_money, LocalizedExportMixin.FORMAT_XLSX: None},
    }

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell, value in zip(super().generate_xlsx_row(worksheet, row_dict, date_format=date_format), row_dict.values()):
            if isinstance(value, decimal.Decimal):
                cell.number_format = "0.00"
            yield cell


class ClaimIndexView(MoneyExportMixin, IndexView):
    """Rows open the decision screen. Exports as programs/exports.py says, amounts as numbers with two decimals."""

    access_kind = "claim"

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("claimant__institution", "match__call", "decided_by")
        return with_totals(queryset)

    def get_edit_url(self, instance):
        if self.user_has_permission("change"):
            return reverse(DECIDE_URL, args=[instance.pk])

    def get_add_url(self):
        return None

    def get_list_more_buttons(self, instance):
        return []


class RateIndexView(MoneyExportMixin, IndexView):
    pass


class ClaimPolicy(ModelPermissionPolicy):
    """Claims are read and decided, never added or deleted in the admin, superusers included."""

    def user_has_permission(self, user, action):
        return action in ("view", "change") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ClaimViewSet(ModelViewSet):
    model = Claim
    icon = "doc-full"
    menu_label = _("Claims")
    add_to_reference_index = False
    index_view_class = ClaimIndexView
    filterset_class = ClaimFilterSet
    copy_view_enabled = False
    list_display = [
        "__str__", "claimant", "match", "state", MoneyColumn("claimed_sum", label=_("claimed (TRY)"), sort_key="claimed_sum"),
        MoneyColumn("approved_sum", label=_("approved (TRY)"), sort_key="approved_sum"), "created_at",
    ]
    list_export = [
        "pk", "created_at", "first_day", "last_day", "claimant.name", "claimant.institution_name", "match.call.title", "state",
        "claimed_sum", "approved_sum", "decided_at", "decided_by",
    ]
    export_headings = {
        "pk": _("Claim number"), "first_day": _("First day"), "last_day": _("Last day"), "claimant.name": _("Claimant"),
        "claimant.institution_name": _("Institution"), "match.call.title": _("Call"), "claimed_sum": _("Claimed (TRY)"),
        "approved_sum": _("Approved (TRY)"),
    }
    export_filename = "travel-claims"
    form_fields = []
    ordering = ["-created_at"]

    @property
    def permission_policy(self):
        return ClaimPolicy(Claim)

    @property
    def edit_view(self):
        """A claim is decided on its own screen, never edited in a generic form."""
        return permission_required("programs.change_claim")(lambda request, pk: redirect(DECIDE_URL, object_id(pk)))


register_permission_policy(Claim, ClaimPolicy(Claim))


class DailyRateForm(WagtailAdminModelForm):
    class Meta:
        model = DailyRate
        fields = ["year", "kind", "amount", "note"]
        localized_fields = ["amount"]
        widgets = {"amount": forms.TextInput(attrs={"inputmode": "decimal"})}


class DailyRateViewSet(ModelViewSet):
    model = DailyRate
    index_view_class = RateIndexView
    icon = "table"
    menu_label = _("Daily rates")
    add_to_reference_index = False
    list_display = ["year", "kind", MoneyColumn("amount", label=_("amount (TRY)"), sort_key="amount"), "note"]
    list_filter = ["year", "kind"]
    list_export = ["year", "kind", "amount", "note"]
    form_fields = ["year", "kind", "amount", "note"]
    ordering = ["-year", "kind"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return DailyRateForm


class ClaimsGroup(ViewSetGroup):
    menu_label = _("Travel claims")
    menu_icon = "doc-full"
    menu_order = 265
    items = (ClaimViewSet, DailyRateViewSet)

