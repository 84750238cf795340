"""The secretariat's admin for applications: list, filters, export, inspect, status changes, bulk changes.

Access follows Django model permissions (``programs.*_application``), which
only the Secretariat group holds (home/roles.py); superusers have them all.
"""

import dataclasses
import datetime

import django_filters
from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Min, Q
from django.forms import modelform_factory
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property, classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views import generic
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.viewsets.model import ModelViewSet

from programs.applications import states
from programs.applications.forms import ApplicationAdminForm
from programs.applications.models import search_query_words
from programs.applications.status import serve_attachment
from programs.calls.models import CallQuestion
from programs.exports import LocalizedExportMixin
from programs.models import Application, ApplicationAttachment, CallPage, Institution, ProgramPage, Theme
from programs.privacy.access_log import AccessRecord, record_access
from programs.secretariat import is_secretariat
from search.text import normalize_text

VIEW_PERMISSION = "programs.view_application"
CHANGE_PERMISSION = "programs.change_application"


# -- filters ---------------------------------------------------------------------
def original_calls():
    """Each call once: the first page of its translation group."""
    firsts = CallPage.objects.order_by().values("translation_key").annotate(first=Min("pk")).values("first")
    return CallPage.objects.filter(pk__in=firsts).order_by("title")


class ApplicationFilterSet(WagtailFilterSet):
    call = django_filters.ModelChoiceFilter(label=_("Call"), queryset=lambda request: original_calls(), method="filter_call")
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=lambda request: ProgramPage.objects.order_by("title"), method="filter_programme"
    )
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=Application.Status.choices, widget=forms.CheckboxSelectMultiple)
    role = django_filters.ChoiceFilter(label=_("Role"), choices=Application.Role.choices)
    themes = django_filters.ModelChoiceFilter(
        label=_("Theme"), queryset=lambda request: Theme.objects.order_by("name"), method="filter_theme"
    )
    institution = django_filters.ModelChoiceFilter(label=_("Institution"), queryset=lambda request: Institution.objects.all())
    created_at = django_filters.DateFromToRangeFilter(label=_("Submitted"), widget=DateRangePickerWidget)

    class Meta:
        model = Application
        fields = ["call", "programme", "status", "role", "themes", "institution", "created_at"]

    def filter_call(self, queryset, name, value):
        """The call in every language."""
        return queryset.filter(call_key=value.translation_key)

    def filter_programme(self, queryset, name, value):
        """Calls of that programme in every language."""
        programmes = ProgramPage.objects.filter(translation_key=value.translation_key)
        call_ids = [c.pk for p in programmes for c in CallPage.objects.child_of(p)]
        return queryset.filter(call_id__in=call_ids)

    def filter_theme(self, queryset, name, value):
        return queryset.filter(themes__translation_key=value.translation_key).distinct()


# -- export: one column per question of the exported calls ------------------------
QUESTION_COLUMN_PREFIX = "question:"


@dataclasses.dataclass
class QuestionColumn:
    """One column of the export: every question with this label among the exported applications' calls."""

    key: str
    label: str
    questions: dict = dataclasses.field(default_factory=dict)  # call id -> (clean name, field type)

    def value(self, application):
        clean_name, field_type = self.questions.get(application.call_id, (None, None))
        if clean_name is None:
            return None  # the application's call did not ask this
        answer = (application.answers or {}).get(clean_name)
        if field_type == "date" and isinstance(answer, str) and answer:
            try:
                return datetime.date.fromisoformat(answer)
            except ValueError:
                return answer
        return answer


def question_columns(queryset) -> list[QuestionColumn]:
    """The questions of the calls in ``queryset``, one column per label (a label asked by several calls is one
    column), in the calls' order then each call's question order. Filter the list by call for one call's questions."""
    call_ids = queryset.order_by().values_list("call_id", flat=True).distinct()
    columns: dict[str, QuestionColumn] = {}
    for question in CallQuestion.objects.filter(call_id__in=call_ids).order_by("call_id", "sort_order", "pk"):
        label = " ".join(question.label.split())
        column = columns.setdefault(label, QuestionColumn(f"{QUESTION_COLUMN_PREFIX}{len(columns) + 1}", label))
        column.questions.setdefault(question.call_id, (question.clean_name, question.field_type))
    return list(columns.values())


# -- views -----------------------------------------------------------------------
class ApplicationIndexView(LocalizedExportMixin, generic.IndexView):
    access_kind = "application"
    template_name = "programs/admin/application_index.html"
    question_columns: dict = {}

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="snippet"), *super().columns]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("call", "institution", "privacy_notice")

    def search_queryset(self, queryset):
        """Every word of the query, folded like the site search (Turkish case, no diacritics), must be in the
        application's folded texts or in the name of its institution: "cografyaci" finds "Coğrafyacı" and
        "örnek" finds "Örnek" on SQLite too, whose LIKE folds ASCII letters only."""
        if not self.is_searching:
            return queryset
        words = search_query_words(self.search_query)
        if not words:
            return queryset
        institutions = [(pk, normalize_text(name)) for pk, name in Institution.objects.values_list("pk", "name")]
        for word in words:
            matching = [pk for pk, name in institutions if word in name]
            queryset = queryset.filter(Q(search_text__contains=word) | Q(institution_id__in=matching))
        return queryset

    def as_spreadsheet(self, queryset, spreadsheet_format):
        columns = question_columns(queryset)
        self.question_columns = {column.key: column for column in columns}
        self.list_export = [*self.list_export, *self.question_columns]
        return super().as_spreadsheet(queryset.prefetch_related("themes"), spreadsheet_format)

    def export_value(self, item, name):
        if name in self.question_columns:
            return self.question_columns[name].value(item)
        return super().export_value(item, name)

    def get_heading(self, queryset, name):
        if name in self.question_columns:
            return self.question_columns[name].label
        return super().get_heading(queryset, name)


class ApplicationInspectView(generic.InspectView):
    template_name = "programs/admin/application_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        record_access(self.request, AccessRecord.Action.VIEW, AccessRecord.Kind.APPLICATION, [application.pk])
        questions = {q.clean_name: q.label for q in application.call.specific.questions.all()}
        context.update(
            application=application,
            answers=[(questions.get(key, key), value) for key, value in (application.answers or {}).items()],
            attachments=application.attachments.all(),
            events=application.events.select_related("user"),
            targets=[(value, Application.Status(value).label) for value in states.allowed_targets(application.status)],
            can_change=self.request.user.has_perm(CHANGE_PERMISSION),
            status_url=reverse("programs_application_status_change", args=[application.pk]),
        )
        return context


class ApplicationEditView(generic.EditView):
    """The edit form shows every personal field: opening it is on record like the inspect view."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)  # sets self.object
        record_access(request, AccessRecord.Action.VIEW, AccessRecord.Kind.APPLICATION, [self.object.pk])
        return response


class ManualApplicationCreateView(generic.CreateView):
    """An application received by letter, or a late one the secretariat accepts."""

    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.is_manual = True
        instance.save()
        self.form.save_m2m()
        states.record_submission(instance, user=self.request.user, note=str(_("Added by hand by the secretariat.")))
        return instance


class ApplicationViewSet(ModelViewSet):
    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_order = 210
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    add_view_class = ManualApplicationCreateView
    edit_view_class = ApplicationEditView
    filterset_class = ApplicationFilterSet
    # Turns the search box on; the search itself is ApplicationIndexView.search_queryset (folded, every database).
    search_fields = ["reference", "name", "email", "institution_other", "institution__name", "description"]
    search_backend_name = None
    list_display = ["reference", "name", "call", "role", "status", "institution_name", "privacy_notice_label", "created_at"]
    list_export = [
        "reference", "get_status_display", "get_role_display", "name", "email", "phone", "institution_name", "unit", "position",
        "call", "theme_names", "description", "get_preferred_format_display", "languages", "availability",
        "data_consent", "privacy_notice_label", "privacy_agreed_at", "publication_consent", "language", "is_manual", "created_at",
    ]
    export_headings = {
        "get_status_display": _("Status"),
        "get_role_display": _("Role"),
        "institution_name": _("Institution"),
        "theme_names": _("Themes"),
        "get_preferred_format_display": _("Preferred format"),
    }
    export_filename = "applications"
    form_fields = [
        "call", "role", "name", "email", "phone", "institution", "institution_other", "unit", "position", "themes",
        "description", "preferred_format", "availability", "data_consent", "publication_consent", "language",
    ]

    def get_form_class(self, for_update=False):
        """The call of an existing application is fixed: its answers, history and matches belong to that call."""
        fields = [name for name in self.form_fields if not (for_update and name == "call")]
        return modelform_factory(Application, form=ApplicationAdminForm, fields=fields, formfield_callback=self.formfield_for_dbfield)


# -- bulk status change ------------------------------------------------------------
class BulkStatusForm(forms.Form):
    to_status = forms.ChoiceField(label=_("New status"), choices=Application.Status.choices)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ChangeStatusBulkAction(BulkAction):
    display_name = _("Change status")
    action_type = "change_status"
    aria_label = _("Change the status of the selected applications")
    template_name = "programs/admin/confirm_bulk_status.html"
    form_class = BulkStatusForm
    action_priority = 10

    @classproperty
    def models(cls):
        return [Application]

    def check_perm(self, obj):
        return self.request.user.has_perm(CHANGE_PERMISSION)

    def dispatch(self, request, *args, **kwargs):
        """Refused as a whole to users without the permission (Wagtail would answer "0 applications changed")."""
        if not request.user.has_perm(CHANGE_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_execution_context(self):
        data = self.cleaned_form.cleaned_data
        return {"to_status": data["to_status"], "note": data["note"], "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, to_status=None, note="", user=None, **kwargs):
        changed = 0
        for application in objects:
            if states.can_change(application.status, to_status):
                try:
                    states.change_status(application, to_status, user=user, note=note)
                except states.TransitionError:
                    continue  # changed meanwhile by someone else (the applicant withdrew): counted as left alone
                changed += 1
        cls.skipped = len(objects) - changed
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        message = ngettext(
            "%(count)d application changed status.", "%(count)d applications changed status.", num_parent_objects
        ) % {"count": num_parent_objects}
        skipped = len(self.actionable_objects) - num_parent_objects
        if skipped:
            message += " " + ngettext(
                "%(count)d was left as it was: that change is not allowed from its status.",
                "%(count)d were left as they were: that change is not allowed from their status.",
                skipped,
            ) % {"count": skipped}
        return message


# -- single status change and attachment download (admin URLs) --------------------
@login_required
@require_POST
def change_status_view(request, pk):
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied
    application = get_object_or_404(Application, pk=pk)
    try:
        states.change_status(application, request.POST.get("to_status", ""), user=request.user, note=request.POST.get("note", "")[:2000])
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Status changed to “%(status)s”.") % {"status": application.get_status_display()})
    return redirect("programs_application:inspect", application.pk)


@login_required
def attachment_view(request, pk):
    if not is_secretariat(request.user):
        raise PermissionDenied
    attachment = get_object_or_404(ApplicationAttachment, pk=pk)
    record_access(request, AccessRecord.Action.DOWNLOAD, AccessRecord.Kind.ATTACHMENT, [attachment.pk])
    return serve_attachment(attachment)


application_viewset = ApplicationViewSet("programs_application")
