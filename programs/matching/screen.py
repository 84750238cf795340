"""The secretariat's matching screens: calls to match and the suggestion screen. Thin: forms in, workflow functions out."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from programs.events.registering import attended_emails_for_call
from programs.matching import announcements, suggestions
from programs.matching import forms as match_forms
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Application, CallPage, ExcludedPair, Match, MentoringGroup
from programs.privacy.access_log import AccessRecord, record_access
from programs.secretariat import object_id, run_action, secretariat_only, show_errors, show_form_errors


@secretariat_only
def call_list(request):
    """Each call once, under its first page, with the applications of every language counted."""
    S = Application.Status
    counts = {
        row["call_key"]: row["pool"]
        for row in Application.objects.exclude(call_key=None).values("call_key")
        .annotate(pool=Count("pk", filter=Q(status__in=[S.ELIGIBLE, S.SHORTLISTED])))
    }
    calls = {}
    for call in CallPage.objects.filter(translation_key__in=counts).order_by("pk").select_related("locale"):
        calls.setdefault(call.translation_key, call)
    live = dict(
        Match.objects.filter(call__in=calls.values()).exclude(state=match_states.CANCELLED).values_list("call").annotate(n=Count("pk"))
    )
    for key, call in calls.items():
        call.pool, call.live_matches = counts[key], live.get(call.pk, 0)
    ordered = sorted(calls.values(), key=lambda c: (c.closes_at is not None, c.closes_at), reverse=True)
    return TemplateResponse(request, "programs/matching/call_list.html", {"calls": ordered, "page_title": _("Matching"), "header_icon": "group"})


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
        "preparation": {
            "required": settings.get_required_preparation_display() if settings.required_preparation != "none" else "",
            "people": result.prepared_people,
            "can_record": request.user.has_perm("programs.add_preparationrecord"),
        },
        # Addresses that attended this call's networking events: one query, whatever the number of applicants.
        "met_at_event": attended_emails_for_call(call),
    }


@secretariat_only
def screen(request, call_id):
    call = get_object_or_404(CallPage, pk=call_id).specific
    if not call.is_original():
        # One screen per call, whatever language's page was opened.
        return redirect("matching:screen", call.original.pk)
    call = call.original.specific
    if request.method == "POST":
        return run_action(request, SCREEN_ACTIONS, call) or redirect("matching:screen", call.pk)
    context = _screen_context(request, call)
    _record_shown(request, context)
    return TemplateResponse(request, "programs/matching/screen.html", context)


def _record_shown(request, context):
    """The screen names every applicant in the pool and in the matches: all of them are on record as viewed."""
    result, shown = context["result"], set()
    shown.update(a.pk for a in result.mentees)
    shown.update(a.pk for a in result.mentors if isinstance(a, Application))
    for group in context["groups"]:
        shown.update(m.pk for m in group.mentors.all())
    for match in context["matches"]:
        shown.update(pk for pk in (match.mentee_id, match.mentor_id) if pk)
    record_access(request, AccessRecord.Action.VIEW, AccessRecord.Kind.APPLICATION, shown)

def _application(call, role, pk):
    return get_object_or_404(Application.of_call(call), pk=object_id(pk), role=role)


def _accept(request, call):
    mentee = _application(call, Application.Role.MENTEE, request.POST.get("mentee"))
    mentor = group = None
    if request.POST.get("group"):
        group = get_object_or_404(MentoringGroup, pk=object_id(request.POST["group"]), call=call)
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
        show_errors(request, error)
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
            show_errors(request, error)
    messages.success(request, ngettext("%(count)s match proposed.", "%(count)s matches proposed.", created) % {"count": created})


def _exclude(request, call):
    mentee = _application(call, Application.Role.MENTEE, request.POST.get("mentee"))
    mentor = _application(call, Application.Role.MENTOR, request.POST.get("mentor"))
    ExcludedPair.objects.get_or_create(settings=suggestions.matching_settings(call), mentee=mentee, mentor=mentor)
    messages.success(request, _("Suggestion rejected: %(mentee)s will not be proposed with %(mentor)s.") % {"mentee": mentee.name, "mentor": mentor.name})


def _include(request, call):
    suggestions.matching_settings(call).excluded_pairs.filter(pk=object_id(request.POST.get("pair"))).delete()
    messages.success(request, _("The pair may be proposed again."))


def _weights(request, call):
    form = match_forms.WeightsForm(request.POST, instance=suggestions.matching_settings(call), prefix="w")
    if not form.is_valid():
        show_form_errors(request, form)
        return TemplateResponse(request, "programs/matching/screen.html", _screen_context(request, call, weights_form=form), status=400)
    form.save()
    messages.success(request, _("Weights saved; the suggestions below use them."))


def _manual(request, call):
    form = match_forms.ManualMatchForm(request.POST, call=call, prefix="m")
    if not form.is_valid():
        show_form_errors(request, form)
        return TemplateResponse(request, "programs/matching/screen.html", _screen_context(request, call, manual_form=form), status=400)
    mentee, mentor = form.cleaned_data["mentee"], form.cleaned_data["mentor"]
    score, lines, blocked = suggestions.explain_pair(call, mentee, mentor)
    if blocked:
        messages.error(request, _("This pair is not allowed: %(rule)s.") % {"rule": blocked})
        return None
    try:
        match = match_workflow.create_match(call, mentee, mentor=mentor, user=request.user, score=score, explanation=lines)
    except ValidationError as error:
        show_errors(request, error)
        return None
    messages.success(request, _("Match proposed: %(match)s. Record the consents next.") % {"match": match})


def _group(request, call):
    form = match_forms.GroupForm(request.POST, call=call, prefix="g")
    if not form.is_valid():
        show_form_errors(request, form)
        return TemplateResponse(request, "programs/matching/screen.html", _screen_context(request, call, group_form=form), status=400)
    try:
        group = match_workflow.create_group(call, **form.cleaned_data)
    except ValidationError as error:
        show_errors(request, error)
        return None
    messages.success(request, _("Group “%(name)s” created; the suggestions now fill it with mentees.") % {"name": group.name})


def _close(request, call):
    form = match_forms.CloseMatchingForm(request.POST, prefix="c")
    if not form.is_valid():
        show_form_errors(request, form)
        return None
    decided = match_workflow.close_matching(call, form.cleaned_data["outcome"], user=request.user)
    messages.success(request, _("Matching closed: %(count)s applicants were informed.") % {"count": len(decided)})


def _announce(request, call):
    try:
        pages = announcements.create_announcement(call, user=request.user)
    except ValidationError as error:
        show_errors(request, error)
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


