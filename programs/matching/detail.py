"""One match in the secretariat's admin: assignment, consents, states, extensions, development plan, meetings,
consent letters."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from programs.applications.status import serve_attachment
from programs.claims.totals import match_totals
from programs.followup import plans
from programs.followup.forms import MeetingForm
from programs.followup.goals import Goal, GoalStatus
from programs.followup.meetings import FOLLOWED_STATES, log_meeting
from programs.followup.plan_forms import PlanForm
from programs.followup.tokens import make_participant_token
from programs.matching import forms as match_forms
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.matching.emails import MENTEE, MENTOR
from programs.models import Consent, Match, Party
from programs.privacy.access_log import AccessRecord, record_access
from programs.secretariat import object_id, run_action, secretariat_only, show_errors, show_form_errors


def _match(pk):
    return get_object_or_404(Match.objects.select_related("call", "mentee__institution", "mentor__institution", "group"), pk=pk)


def _detail_context(match, **forms):
    consents = list(match.consents.select_related("recorded_by"))
    current = match.current_consents()
    goals = plans.plan_of(match)
    in_plan = [goal for goal in goals if goal.status != GoalStatus.DROPPED]
    return {
        "match": match,
        "call": match.call.specific,
        "page_title": str(match),
        "header_icon": "group",
        "mentors": match_workflow.mentor_applications(match),
        "consents": consents,
        "parties": [(value, label, current.get(value)) for value, label in Party.choices],
        "assignment_form": forms.get("assignment_form") or match_forms.AssignmentForm(instance=match, prefix="a"),
        "consent_form": forms.get("consent_form") or match_forms.ConsentForm(prefix="c", match=match, initial={"party": (match.missing_parties() or [None])[0]}),
        "withdraw_form": match_forms.WithdrawConsentForm(prefix="wd"),
        "targets": [(t, match_states.STATE_LABELS[t]) for t, _label in match_states.STATE_CHOICES if t in match_states.allowed_targets(match.state)],
        "extension_form": forms.get("extension_form") or match_forms.ExtensionForm(prefix="e"),
        "agreement_form": match_forms.AgreementForm(prefix="ag"),
        "extensions": match.extensions.prefetch_related("agreements"),
        "meeting_form": forms.get("meeting_form") or MeetingForm(prefix="mt", goals=in_plan),
        "goals": goals,
        "can_plan": plans.can_write_plan(match),
        "plan_form": forms.get("plan_form") or PlanForm(goals=in_plan),
        "meetings": match.meetings.all(),
        "feedback": match.feedback.all(),
        "followed": match.state in FOLLOWED_STATES,
        "links": {
            role: reverse("matching_public:participant", args=[make_participant_token(match, role)])
            for role in (MENTEE, MENTOR)
        },
        "log_entries": _log_entries(match),
        "claims": match.claims.select_related("claimant").prefetch_related("lines"),
        "claim_totals": match_totals(match),
    }


def _log_entries(match):
    return ModelLogEntry.objects.for_instance(match).select_related("user").order_by("-timestamp")[:30]


@secretariat_only
def match_detail(request, pk):
    match = _match(pk)
    if request.method == "POST":
        return run_action(request, DETAIL_ACTIONS, match) or redirect("matching:match", match.pk)
    record_access(request, AccessRecord.Action.VIEW, AccessRecord.Kind.MATCH, [match.pk])
    return TemplateResponse(request, "programs/matching/match_detail.html", _detail_context(match))


def _invalid(request, match, **forms):
    for form in forms.values():
        show_form_errors(request, form)
    return TemplateResponse(request, "programs/matching/match_detail.html", _detail_context(match, **forms), status=400)


def _assignment(request, match):
    form = match_forms.AssignmentForm(request.POST, instance=match, prefix="a")
    if not form.is_valid():  # Match.clean refuses changes once the match is agreed
        return _invalid(request, match, assignment_form=form)
    form.save()
    log(instance=match, action="wagtail.edit", user=request.user)
    messages.success(request, _("Assignment saved."))


def _consent(request, match):
    form = match_forms.ConsentForm(request.POST, request.FILES, prefix="c", match=match)
    if not form.is_valid():
        return _invalid(request, match, consent_form=form)
    try:
        match_workflow.record_consent(match, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        show_errors(request, error)
        return None
    messages.success(request, _("Consent recorded."))


def _withdraw(request, match):
    consent = get_object_or_404(Consent, pk=object_id(request.POST.get("consent")), match=match)
    form = match_forms.WithdrawConsentForm(request.POST, prefix="wd")
    if not form.is_valid():
        return _invalid(request, match, withdraw_form=form)
    data = form.cleaned_data
    try:
        match_workflow.withdraw_consent(consent, data["withdrawn_on"], data["reason"], user=request.user, cancel=data["then"] == "cancel")
    except (ValidationError, match_states.TransitionError) as error:
        show_errors(request, error)
        return None
    messages.success(request, _("Consent withdrawn."))


def _transition(request, match):
    form = match_forms.TransitionForm(request.POST)
    if not form.is_valid():
        return _invalid(request, match, transition_form=form)
    try:
        match_workflow.transition(match, form.cleaned_data["target"], user=request.user, reason=form.cleaned_data["reason"])
    except match_states.TransitionError as error:
        messages.error(request, str(error))
        return None
    messages.success(request, _("The match is now “%(state)s”.") % {"state": match_states.STATE_LABELS[form.cleaned_data["target"]]})


def _extension(request, match):
    form = match_forms.ExtensionForm(request.POST, prefix="e")
    if not form.is_valid():
        return _invalid(request, match, extension_form=form)
    try:
        match_workflow.request_extension(match, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        show_errors(request, error)
        return None
    messages.success(request, _("Extension requested: record both institutions' agreement."))


def _agreement(request, match):
    extension = get_object_or_404(match.extensions, pk=object_id(request.POST.get("extension")))
    form = match_forms.AgreementForm(request.POST, request.FILES, prefix="ag")
    if not form.is_valid():
        return _invalid(request, match, agreement_form=form)
    try:
        match_workflow.record_extension_agreement(extension, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        show_errors(request, error)
        return None
    messages.success(request, _("Agreement recorded."))


def _meeting(request, match):
    form = MeetingForm(request.POST, prefix="mt", goals=plans.current_goals(match))
    if not form.is_valid():
        return _invalid(request, match, meeting_form=form)
    try:
        log_meeting(match, progress=form.progress(), **form.meeting_data())
    except ValidationError as error:
        show_errors(request, error)
        return None
    messages.success(request, _("Meeting logged."))


def _plan(request, match):
    form = PlanForm(request.POST, goals=plans.current_goals(match))
    if not form.is_valid():
        return _invalid(request, match, plan_form=form)
    try:
        plans.set_goals(match, form.goals(), by=Goal.CreatedBy.SECRETARIAT, user=request.user)
    except ValidationError as error:
        form.add_error(error)
        return _invalid(request, match, plan_form=form)
    messages.success(request, _("Development plan saved."))


DETAIL_ACTIONS = {
    "assignment": _assignment,
    "consent": _consent,
    "withdraw": _withdraw,
    "transition": _transition,
    "extension": _extension,
    "agreement": _agreement,
    "meeting": _meeting,
    "plan": _plan,
}


@secretariat_only
def consent_letter(request, pk, party):
    """A print-friendly request for one party's written consent (Article 5(3))."""
    match = _match(pk)
    if party not in Party.values:
        raise Http404
    mentors = match_workflow.mentor_applications(match)
    if party == Party.MENTEE_INSTITUTION:
        addressee = match.mentee.institution_name
    else:
        addressee = ", ".join(sorted({m.institution_name for m in mentors})) if party == Party.MENTOR_INSTITUTION else ", ".join(m.name for m in mentors)
    context = {"match": match, "call": match.call.specific, "party": party, "party_label": Party(party).label,
               "addressee": addressee, "mentors": mentors, "today": timezone.localdate()}
    return TemplateResponse(request, "programs/matching/consent_letter.html", context)


@secretariat_only
def consent_document(request, pk, consent_id):
    consent = get_object_or_404(Consent, pk=consent_id, match_id=pk)
    if not consent.document:
        raise Http404

    class Download:
        file = consent.document
        original_name = f"consent-{consent.match_id}-{consent.party}.{consent.document.name.rsplit('.', 1)[-1]}"
        content_type = "application/octet-stream"

    record_access(request, AccessRecord.Action.DOWNLOAD, AccessRecord.Kind.CONSENT, [consent.pk])
    return serve_attachment(Download)


