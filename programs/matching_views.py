"""The secretariat's matching screens in the Wagtail admin. Thin: forms in, workflow functions out."""

from __future__ import annotations

import csv
import functools

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Avg, Count, Q, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from programs import announcements, followup, match_forms, match_states, match_workflow, suggestions
from programs.match_emails import MENTEE, MENTOR
from programs.models import (
    Application,
    CallPage,
    Consent,
    ExcludedPair,
    Feedback,
    Match,
    Meeting,
    MentoringGroup,
    Party,
)

PERMISSION = "programs.change_match"


def secretariat_only(view):
    """Matching is the secretariat's work: every view checks the match permission."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _errors(request, error: ValidationError | Exception) -> None:
    for message in getattr(error, "messages", [str(error)]):
        messages.error(request, message)


def _form_errors(request, form) -> None:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else error)


# --------------------------------------------------------------------------
# Calls and the suggestion screen
# --------------------------------------------------------------------------


@secretariat_only
def call_list(request):
    S = Application.Status
    calls = (
        CallPage.objects.filter(applications__isnull=False)
        .annotate(
            pool=Count("applications", filter=Q(applications__status__in=[S.ELIGIBLE, S.SHORTLISTED]), distinct=True),
            live_matches=Count("matches", filter=~Q(matches__state=match_states.CANCELLED), distinct=True),
        )
        .distinct()
        .order_by("-closes_at")
    )
    return TemplateResponse(request, "programs/matching/call_list.html", {"calls": calls, "page_title": _("Matching"), "header_icon": "group"})


def _screen_context(request, call, **forms):
    result = suggestions.for_call(call)
    settings = result.settings
    return {
        "call": call,
        "page_title": _("Matching: %(call)s") % {"call": call.title},
        "header_icon": "group",
        "result": result,
        "weights_form": forms.get("weights_form") or match_forms.WeightsForm(instance=settings, prefix="w"),
        "manual_form": forms.get("manual_form") or match_forms.ManualMatchForm(call=call, prefix="m"),
        "group_form": forms.get("group_form") or match_forms.GroupForm(call=call, prefix="g"),
        "close_form": match_forms.CloseMatchingForm(prefix="c"),
        "group_mode": settings.mode == settings.Mode.GROUP,
        "groups": call.mentoring_groups.prefetch_related("mentors"),
        "matches": Match.objects.filter(call=call).select_related("mentee", "mentor", "group").order_by("state", "pk"),
        "excluded": settings.excluded_pairs.select_related("mentee", "mentor"),
        "announced": announcements.announced_matches(call).count(),
    }


@secretariat_only
def screen(request, call_id):
    call = get_object_or_404(CallPage, pk=call_id).specific
    if request.method == "POST":
        handler = SCREEN_ACTIONS.get(request.POST.get("action"))
        if handler is None:
            raise Http404
        response = handler(request, call)
        if response is not None:
            return response
        return redirect("matching:screen", call.pk)
    return TemplateResponse(request, "programs/matching/screen.html", _screen_context(request, call))


def _application(call, role, pk):
    return get_object_or_404(Application, pk=pk, call=call, role=role)


def _accept(request, call):
    mentee = _application(call, Application.Role.MENTEE, request.POST.get("mentee"))
    mentor = group = None
    if request.POST.get("group"):
        group = get_object_or_404(MentoringGroup, pk=request.POST["group"], call=call)
        score, lines, blocked = None, [], None
    else:
        mentor = _application(call, Application.Role.MENTOR, request.POST.get("mentor"))
        score, lines, blocked = suggestions.explain_pair(call, mentee, mentor)
    if blocked:
        messages.error(request, _("This pair is not allowed: %(rule)s.") % {"rule": blocked})
        return None
    try:
        match = match_workflow.create_match(call, mentee, mentor=mentor, group=group, user=request.user, score=score, explanation=lines)
    except ValidationError as error:
        _errors(request, error)
        return None
    messages.success(request, _("Match proposed: %(match)s. Record the consents next.") % {"match": match})
    return None


def _accept_all(request, call):
    result = suggestions.for_call(call)
    created = 0
    for mentee, mentor, score, lines in result.rows:
        kwargs = {"group": mentor} if isinstance(mentor, MentoringGroup) else {"mentor": mentor}
        try:
            match_workflow.create_match(call, mentee, user=request.user, score=score, explanation=lines, **kwargs)
            created += 1
        except ValidationError as error:
            _errors(request, error)
    messages.success(request, _("%(count)s matches proposed.") % {"count": created})


def _exclude(request, call):
    mentee = _application(call, Application.Role.MENTEE, request.POST.get("mentee"))
    mentor = _application(call, Application.Role.MENTOR, request.POST.get("mentor"))
    ExcludedPair.objects.get_or_create(settings=suggestions.matching_settings(call), mentee=mentee, mentor=mentor)
    messages.success(request, _("Suggestion rejected: %(mentee)s will not be proposed with %(mentor)s.") % {"mentee": mentee.name, "mentor": mentor.name})


def _include(request, call):
    suggestions.matching_settings(call).excluded_pairs.filter(pk=request.POST.get("pair")).delete()
    messages.success(request, _("The pair may be proposed again."))


def _weights(request, call):
    form = match_forms.WeightsForm(request.POST, instance=suggestions.matching_settings(call), prefix="w")
    if not form.is_valid():
        _form_errors(request, form)
        return TemplateResponse(request, "programs/matching/screen.html", _screen_context(request, call, weights_form=form), status=400)
    form.save()
    messages.success(request, _("Weights saved; the suggestions below use them."))


def _manual(request, call):
    form = match_forms.ManualMatchForm(request.POST, call=call, prefix="m")
    if not form.is_valid():
        _form_errors(request, form)
        return TemplateResponse(request, "programs/matching/screen.html", _screen_context(request, call, manual_form=form), status=400)
    mentee, mentor = form.cleaned_data["mentee"], form.cleaned_data["mentor"]
    score, lines, blocked = suggestions.explain_pair(call, mentee, mentor)
    if blocked:
        messages.error(request, _("This pair is not allowed: %(rule)s.") % {"rule": blocked})
        return None
    try:
        match = match_workflow.create_match(call, mentee, mentor=mentor, user=request.user, score=score, explanation=lines)
    except ValidationError as error:
        _errors(request, error)
        return None
    messages.success(request, _("Match proposed: %(match)s. Record the consents next.") % {"match": match})


def _group(request, call):
    form = match_forms.GroupForm(request.POST, call=call, prefix="g")
    if not form.is_valid():
        _form_errors(request, form)
        return TemplateResponse(request, "programs/matching/screen.html", _screen_context(request, call, group_form=form), status=400)
    group = MentoringGroup.objects.create(call=call, name=form.cleaned_data["name"], capacity=form.cleaned_data["capacity"])
    group.mentors.set(form.cleaned_data["mentors"])
    messages.success(request, _("Group “%(name)s” created; the suggestions now fill it with mentees.") % {"name": group.name})


def _close(request, call):
    form = match_forms.CloseMatchingForm(request.POST, prefix="c")
    if not form.is_valid():
        _form_errors(request, form)
        return None
    decided = match_workflow.close_matching(call, form.cleaned_data["outcome"], user=request.user)
    messages.success(request, _("Matching closed: %(count)s applicants were informed.") % {"count": len(decided)})


def _announce(request, call):
    try:
        pages = announcements.create_announcement(call, user=request.user)
    except ValidationError as error:
        _errors(request, error)
        return None
    source = next(iter(pages.values()))
    messages.success(
        request,
        ngettext(
            "Draft announcement “%(title)s” created in %(count)s language. Communications edit and publish it.",
            "Draft announcement “%(title)s” created in %(count)s languages. Communications edit and publish it.",
            len(pages),
        )
        % {"title": source.title, "count": len(pages)},
    )
    if source.permissions_for_user(request.user).can_edit():
        return redirect("wagtailadmin_pages:edit", source.pk)
    return None


SCREEN_ACTIONS = {
    "accept": _accept,
    "accept_all": _accept_all,
    "exclude": _exclude,
    "include": _include,
    "weights": _weights,
    "manual": _manual,
    "group": _group,
    "close": _close,
    "announce": _announce,
}


# --------------------------------------------------------------------------
# One match: assignment, consents, states, extensions, meetings
# --------------------------------------------------------------------------


def _match(pk):
    return get_object_or_404(Match.objects.select_related("call", "mentee__institution", "mentor__institution", "group"), pk=pk)


def _detail_context(match, **forms):
    consents = list(match.consents.select_related("recorded_by"))
    current = match.current_consents()
    return {
        "match": match,
        "call": match.call.specific,
        "page_title": str(match),
        "header_icon": "group",
        "mentors": match_workflow.mentor_applications(match),
        "consents": consents,
        "parties": [(value, label, current.get(value)) for value, label in Party.choices],
        "assignment_form": forms.get("assignment_form") or match_forms.AssignmentForm(instance=match, prefix="a"),
        "consent_form": forms.get("consent_form") or match_forms.ConsentForm(prefix="c", initial={"party": (match.missing_parties() or [None])[0]}),
        "withdraw_form": match_forms.WithdrawConsentForm(prefix="wd"),
        "targets": [(t, match_states.STATE_LABELS[t]) for t, _label in match_states.STATE_CHOICES if t in match_states.allowed_targets(match.state)],
        "extension_form": forms.get("extension_form") or match_forms.ExtensionForm(prefix="e"),
        "agreement_form": match_forms.AgreementForm(prefix="ag"),
        "extensions": match.extensions.prefetch_related("agreements"),
        "meeting_form": forms.get("meeting_form") or match_forms.MeetingForm(prefix="mt"),
        "meetings": match.meetings.all(),
        "feedback": match.feedback.all(),
        "followed": match.state in followup.FOLLOWED_STATES,
        "links": {
            role: reverse("matching_public:participant", args=[followup.make_participant_token(match, role)])
            for role in (MENTEE, MENTOR)
        },
        "log_entries": _log_entries(match),
    }


def _log_entries(match):
    from wagtail.models import ModelLogEntry

    return ModelLogEntry.objects.for_instance(match).select_related("user").order_by("-timestamp")[:30]


@secretariat_only
def match_detail(request, pk):
    match = _match(pk)
    if request.method == "POST":
        handler = DETAIL_ACTIONS.get(request.POST.get("action"))
        if handler is None:
            raise Http404
        response = handler(request, match)
        if response is not None:
            return response
        return redirect("matching:match", match.pk)
    return TemplateResponse(request, "programs/matching/match_detail.html", _detail_context(match))


def _invalid(request, match, **forms):
    for form in forms.values():
        _form_errors(request, form)
    return TemplateResponse(request, "programs/matching/match_detail.html", _detail_context(match, **forms), status=400)


def _assignment(request, match):
    form = match_forms.AssignmentForm(request.POST, instance=match, prefix="a")
    if match.state not in (match_states.PROPOSED, match_states.AWAITING_CONSENT):
        messages.error(request, _("After confirmation the dates change only through an extension."))
        return None
    if not form.is_valid():
        return _invalid(request, match, assignment_form=form)
    form.save()
    from wagtail.log_actions import log

    log(instance=match, action="wagtail.edit", user=request.user)
    messages.success(request, _("Assignment saved."))


def _consent(request, match):
    form = match_forms.ConsentForm(request.POST, request.FILES, prefix="c")
    if not form.is_valid():
        return _invalid(request, match, consent_form=form)
    try:
        match_workflow.record_consent(match, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        _errors(request, error)
        return None
    messages.success(request, _("Consent recorded."))


def _withdraw(request, match):
    consent = get_object_or_404(Consent, pk=request.POST.get("consent"), match=match)
    form = match_forms.WithdrawConsentForm(request.POST, prefix="wd")
    if not form.is_valid():
        return _invalid(request, match, withdraw_form=form)
    data = form.cleaned_data
    try:
        match_workflow.withdraw_consent(consent, data["withdrawn_on"], data["reason"], user=request.user, cancel=data["then"] == "cancel")
    except (ValidationError, match_states.TransitionError) as error:
        _errors(request, error)
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
        _errors(request, error)
        return None
    messages.success(request, _("Extension requested: record both institutions' agreement."))


def _agreement(request, match):
    extension = get_object_or_404(match.extensions, pk=request.POST.get("extension"))
    form = match_forms.AgreementForm(request.POST, request.FILES, prefix="ag")
    if not form.is_valid():
        return _invalid(request, match, agreement_form=form)
    try:
        match_workflow.record_extension_agreement(extension, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        _errors(request, error)
        return None
    messages.success(request, _("Agreement recorded."))


def _meeting(request, match):
    form = match_forms.MeetingForm(request.POST, prefix="mt")
    if not form.is_valid():
        return _invalid(request, match, meeting_form=form)
    try:
        followup.log_meeting(match, **form.cleaned_data)
    except ValidationError as error:
        _errors(request, error)
        return None
    messages.success(request, _("Meeting logged."))


DETAIL_ACTIONS = {
    "assignment": _assignment,
    "consent": _consent,
    "withdraw": _withdraw,
    "transition": _transition,
    "extension": _extension,
    "agreement": _agreement,
    "meeting": _meeting,
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
    from programs.views.status import serve_attachment

    consent = get_object_or_404(Consent, pk=consent_id, match_id=pk)
    if not consent.document:
        raise Http404

    class Download:
        file = consent.document
        original_name = f"consent-{consent.match_id}-{consent.party}.{consent.document.name.rsplit('.', 1)[-1]}"
        content_type = "application/octet-stream"

    return serve_attachment(Download)


# --------------------------------------------------------------------------
# Programme dashboard
# --------------------------------------------------------------------------


def dashboard_data():
    today = timezone.localdate()
    applications = (
        Application.objects.values("call__title", "call_id", "status").annotate(n=Count("pk")).order_by("call__title", "status")
    )
    per_call: dict = {}
    for row in applications:
        per_call.setdefault(row["call_id"], {"title": row["call__title"], "counts": {}})["counts"][row["status"]] = row["n"]
    states = dict(Match.objects.values_list("state").annotate(n=Count("pk")))
    pending = []
    for match in Match.objects.filter(state__in=[match_states.PROPOSED, match_states.AWAITING_CONSENT]).select_related("mentee", "mentor", "group").prefetch_related("consents"):
        missing = match.missing_parties()
        if missing:
            pending.append({"match": match, "missing": [Party(p).label for p in missing], "age": (today - match.created_at.date()).days})
    pending.sort(key=lambda row: -row["age"])
    feedback = Feedback.objects.filter(submitted_at__isnull=False)
    return {
        "statuses": Application.Status.choices,
        "per_call": list(per_call.values()),
        "states": [(value, label, states.get(value, 0)) for value, label in match_states.STATE_CHOICES],
        "pending": pending,
        "meetings": Meeting.objects.count(),
        "meeting_hours": round((Meeting.objects.aggregate(total=Sum("duration_minutes"))["total"] or 0) / 60, 1),
        "feedback": [
            (label, feedback.filter(respondent=value).aggregate(avg=Avg("rating"), n=Count("pk")))
            for value, label in Feedback.Respondent.choices
        ],
    }


@secretariat_only
def dashboard(request):
    data = dashboard_data()
    if request.GET.get("export") == "csv":
        return _dashboard_csv(data)
    return TemplateResponse(request, "programs/matching/dashboard.html", {**data, "page_title": _("Programme dashboard"), "header_icon": "table"})


def _dashboard_csv(data):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="programme-dashboard.csv"'
    response.write("\ufeff")  # spreadsheets then read Turkish letters correctly
    writer = csv.writer(response)
    writer.writerow([_("Section"), _("Item"), _("Value")])
    for call in data["per_call"]:
        for value, label in data["statuses"]:
            writer.writerow([_("Applications"), f"{call['title']} / {label}", call["counts"].get(value, 0)])
    for _value, label, count in data["states"]:
        writer.writerow([_("Matches"), label, count])
    for row in data["pending"]:
        writer.writerow([_("Consents pending"), f"{row['match']} ({', '.join(str(m) for m in row['missing'])})", row["age"]])
    writer.writerow([_("Meetings"), _("held"), data["meetings"]])
    for label, agg in data["feedback"]:
        writer.writerow([_("Feedback"), label, "" if agg["avg"] is None else round(agg["avg"], 2)])
    return response

