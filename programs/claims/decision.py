"""One claim in the secretariat's admin: what was claimed, the receipts, and the decision, taken once.

A thin view over `programs.claims.rules.decide`: the rules (once only, reasons, amounts within the claimed)
hold whatever the form sends; every decision is in Wagtail's audit log.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from programs.applications.status import serve_attachment
from programs.claims import rules
from programs.claims.forms import DecisionForm
from programs.claims.models import Claim, ClaimReceipt
from programs.privacy.access_log import AccessRecord, record_access
from programs.secretariat import permission_required

DECIDE_URL = "programs_claim_decide"


def _claim(pk):
    claims = Claim.objects.select_related("match__call", "match__mentee", "claimant__institution", "decided_by", "submitted_by")
    return get_object_or_404(claims.prefetch_related("lines", "receipts"), pk=pk)


@permission_required("programs.change_claim")
def decide_view(request, pk):
    claim = _claim(pk)
    form = DecisionForm(request.POST or None, claim=claim)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            outcome = form.cleaned_data["outcome"]
            try:
                rules.decide(claim, outcome, user=request.user, note=form.cleaned_data["note"],
                             approved=form.approved() if outcome == rules.PARTLY else None)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Decision saved."))
                return redirect(DECIDE_URL, claim.pk)
        status = 409 if Claim.objects.filter(pk=claim.pk, state__in=rules.DECIDED).exists() else 400
        claim = _claim(pk)
    record_access(request, AccessRecord.Action.VIEW, AccessRecord.Kind.CLAIM, [claim.pk])
    context = {
        "claim": claim, "match": claim.match, "call": claim.match.call.specific, "form": form,
        "page_title": str(claim), "header_icon": "doc-full",
        "log_entries": ModelLogEntry.objects.for_instance(claim).select_related("user").order_by("-timestamp"),
    }
    return TemplateResponse(request, "programs/claims/decide.html", context, status=status)


@permission_required("programs.view_claim")
def receipt_view(request, pk):
    receipt = get_object_or_404(ClaimReceipt, pk=pk)
    record_access(request, AccessRecord.Action.DOWNLOAD, AccessRecord.Kind.RECEIPT, [receipt.pk])
    return serve_attachment(receipt)
