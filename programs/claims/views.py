"""The expert's claims page on their private link: the claim form and their claims with the decisions.

Only the mentor side's link opens it (the union pays the assigned expert, Article 8); the mentee's is a 404.
Nothing is saved unless everything is valid, and a refused form keeps no file.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from programs.applications.status import private_response, serve_attachment
from programs.claims import rules
from programs.claims.forms import HONEYPOT, ClaimForm, LineFormSet, summary_items
from programs.claims.models import Claim, ClaimReceipt
from programs.followup.tokens import participant_from_token
from programs.models import Feedback

LINES_PREFIX = "line"


def _mentor_match(token):
    match, role = participant_from_token(token)
    if role != Feedback.Respondent.MENTOR:
        raise Http404("Claims are the expert's")
    return match


def claims_of(match):
    """The match's claims with their lines and receipts, newest first, in three queries."""
    return list(Claim.objects.filter(match=match).select_related("claimant").prefetch_related("lines", "receipts"))


def _page(request, match, token, *, form=None, formset=None, status=200, **extra):
    claimants = rules.claimants(match)
    can_claim = rules.can_claim(match) and bool(claimants)
    if can_claim and form is None:
        form = ClaimForm(claimants=claimants)
        formset = LineFormSet(prefix=LINES_PREFIX, match=match)
    context = {
        "match": match, "token": token, "call": match.call.specific, "can_claim": can_claim,
        "form": form, "formset": formset, "claims": claims_of(match), "max_lines": rules.MAX_LINES,
        "summary": [], **extra,
    }
    return private_response(TemplateResponse(request, "programs/claims/claims.html", context, status=status))


def new_claim(request, token):
    match = _mentor_match(token)
    if request.method != "POST":
        return _page(request, match, token, sent=request.GET.get("sent") == "1")
    claimants = rules.claimants(match)
    if not (rules.can_claim(match) and claimants):
        return _page(request, match, token, status=409)
    form = ClaimForm(request.POST, request.FILES, claimants=claimants)
    formset = LineFormSet(request.POST, prefix=LINES_PREFIX, match=match)
    if request.POST.get(HONEYPOT):
        return redirect(request.path + "?sent=1")  # a bot: it sees success, nothing is stored
    form_ok, formset_ok = form.is_valid(), formset.is_valid()  # both, so every message is shown at once
    if form_ok and formset_ok:
        try:
            rules.submit_claim(match, form.claimant_application(), formset.lines(), form.cleaned_data["receipts"])
            return redirect(request.path + "?sent=1")
        except ValidationError as error:
            form.add_error(None, error)
    return _page(request, match, token, form=form, formset=formset, status=400, summary=summary_items(form, formset))


def receipt(request, token, receipt_id):
    match = _mentor_match(token)
    return serve_attachment(get_object_or_404(ClaimReceipt, pk=receipt_id, claim__match=match))
