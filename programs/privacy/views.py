"""The data-subject screen: find everything held about an address, download it, erase it.

Every step is a POST, so the address never appears in a URL (or in a server's access log); opened from a
request in the queue, the page is pre-filled from the request's id.
"""

from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages

from portal.cleaning import RealEmailField, TextField
from programs.privacy import subjects
from programs.privacy.access_log import AccessRecord, record_access
from programs.privacy.requests import DataSubjectRequest
from programs.secretariat import permission_required

PERMISSION = "programs.handle_personal_data"


personal_data_staff = permission_required(PERMISSION)


class FindForm(forms.Form):
    email = RealEmailField(label=gettext_lazy("E-mail address"), max_length=254)


class EraseForm(FindForm):
    reason = TextField(label=gettext_lazy("Reason for erasure"), max_length=500,
                       help_text=gettext_lazy("Kept in the audit log, e.g. “Request received by e-mail on 02.12.2026”."))
    confirm = forms.BooleanField(label=gettext_lazy("I understand that this cannot be undone."))


def _render(request, template, context, status=200):
    context = {"page_title": _("A person's data"), "header_icon": "lock", **context}
    return TemplateResponse(request, template, context, status=status)


@personal_data_staff
def person(request):
    """GET: the empty form (or one filled from ``?request=<id>``). POST: find, export or confirm erasure."""
    if request.method != "POST":
        item = None
        if request.GET.get("request", "").isdigit():
            item = get_object_or_404(DataSubjectRequest, pk=int(request.GET["request"]))
        return _render(request, "programs/privacy/person.html", {"form": FindForm(initial={"email": item.email if item else ""}), "item": item})
    action = request.POST.get("action", "find")
    if action == "erase":
        return _erase(request)
    form = FindForm(request.POST)
    if not form.is_valid():
        return _render(request, "programs/privacy/person.html", {"form": form}, status=400)
    email = form.cleaned_data["email"]
    if action == "export":
        records, data = subjects.export_for(request, email)
        response = HttpResponse(data, content_type="application/zip")
        response["Content-Disposition"] = 'attachment; filename="personal-data.zip"'
        response["Cache-Control"] = "no-store"
        return response
    records = subjects.records_for(email)
    record_access(request, AccessRecord.Action.VIEW, AccessRecord.Kind.PERSON, [a.pk for a in records.applications])
    context = {"form": form, "records": records, "erase_form": EraseForm(initial={"email": email})}
    if action == "confirm":
        context["confirming"] = True
    return _render(request, "programs/privacy/person.html", context)


def _erase(request):
    form = EraseForm(request.POST)
    if not form.is_valid():
        email = request.POST.get("email", "")
        records = subjects.records_for(email) if FindForm({"email": email}).is_valid() else None
        context = {"form": FindForm(initial={"email": email}), "records": records, "erase_form": form, "confirming": True}
        return _render(request, "programs/privacy/person.html", context, status=400)
    summary = subjects.erase_person(form.cleaned_data["email"], reason=form.cleaned_data["reason"], user=request.user, request=request)
    applications, matches, drafts = len(summary["applications"]), len(summary["matches"]), summary["drafts"]
    messages.success(request, " ".join([
        ngettext("%(count)d application anonymised.", "%(count)d applications anonymised.", applications) % {"count": applications},
        ngettext("%(count)d match anonymised.", "%(count)d matches anonymised.", matches) % {"count": matches},
        ngettext("%(count)d draft deleted.", "%(count)d drafts deleted.", drafts) % {"count": drafts},
    ]))
    return _render(request, "programs/privacy/person.html", {"form": FindForm(), "erased": summary})
