"""The secretariat's "Preparation" screens: the list (filters, search, export), one record's add and edit forms,
and adding one completion for several people at once. Personal data: the Secretariat group's permissions only
(home/roles.py PREPARATION_PERMISSIONS), and every look is on the access log."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from programs.exports import LocalizedExportMixin
from programs.models import Application
from programs.preparation import records
from programs.preparation.forms import BulkPreparationForm, PreparationRecordForm
from programs.preparation.models import KIND_FOR_ROLE, PreparationRecord
from programs.privacy.access_log import AccessRecord, record_access
from programs.secretariat import permission_required, show_errors

ADD_PERMISSION = "programs.add_preparationrecord"


class PreparationIndexView(LocalizedExportMixin, generic.IndexView):
    access_kind = AccessRecord.Kind.PREPARATION

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.user_has_permission("add"):
            buttons.append(HeaderButton(_("Add several people"), url=reverse("preparation:bulk_add"), icon_name="group"))
        return buttons


class PreparationCreateView(generic.CreateView):
    """"Record a completion" from the matching screen names the application, never its address, in the URL."""

    def get_initial(self):
        initial = super().get_initial()
        pk = self.request.GET.get("application", "")
        application = Application.objects.filter(pk=int(pk)).first() if pk.isdigit() else None
        if application is not None:
            record_access(self.request, AccessRecord.Action.VIEW, AccessRecord.Kind.APPLICATION, [application.pk])
            initial.update(email=application.email, name=application.name, kind=KIND_FOR_ROLE.get(application.role))
        return initial

    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class PreparationEditView(generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        record_access(request, AccessRecord.Action.VIEW, AccessRecord.Kind.PREPARATION, [self.object.pk])
        return response


class PreparationRecordViewSet(ModelViewSet):
    model = PreparationRecord
    name = "preparation"
    url_prefix = "matching/preparation"
    icon = "tick-inverse"
    menu_label = gettext_lazy("Preparation")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = PreparationIndexView
    add_view_class = PreparationCreateView
    edit_view_class = PreparationEditView
    list_display = ["name", "email", "kind", Column("source_label", label=gettext_lazy("What was completed")), "completed_on",
                    "recorded_by"]
    list_filter = ["kind", "source", "completed_on"]
    list_export = ["name", "email", "kind", "source", "source_label", "completed_on", "recorded_by", "created_at"]
    export_headings = {"source_label": gettext_lazy("What was completed")}
    export_filename = "preparation"
    search_fields = ["name", "email", "note"]
    ordering = ["-completed_on", "-pk"]

    def get_form_class(self, for_update=False):
        return PreparationRecordForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("bulk/", bulk_add, name="bulk_add")]


@permission_required(ADD_PERMISSION)
def bulk_add(request):
    """One completion (a training attended, a material finished) for the people pasted, all or none."""
    form = BulkPreparationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = _record_all(request, form.cleaned_data)
        except ValidationError as error:
            show_errors(request, error)
        else:
            total = len(form.cleaned_data["people"])
            messages.success(request, ngettext(
                "%(created)d of %(total)d completion recorded; the others were already on record.",
                "%(created)d of %(total)d completions recorded; the others were already on record.",
                total,
            ) % {"created": created, "total": total})
            return redirect("preparation:index")
    context = {"form": form, "page_title": _("Record a completion for several people"), "header_icon": "group"}
    return TemplateResponse(request, "programs/preparation/bulk_add.html", context, status=400 if form.errors else 200)


@transaction.atomic
def _record_all(request, data) -> int:
    """How many new records; any refusal undoes them all."""
    source = data["source"]
    common = {
        "kind": data["kind"], "completed_on": data["completed_on"], "recorded_by": request.user,
        "event": data["event"] if source == PreparationRecord.Source.EVENT else None,
        "material": data["material"] if source == PreparationRecord.Source.MATERIAL else None,
        "note": data["note"] if source == PreparationRecord.Source.OTHER else "",
    }
    created = 0
    for email, name in data["people"]:
        _record, new = records.record_completion(email=email, name=name, **common)
        created += new
    return created
