"""The participants' private page: the development plan, log a meeting, answer a feedback form, propose a good
practice. No account needed."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from programs.applications.status import private_response
from programs.followup import plans, proposals
from programs.followup.feedback import open_feedback, submit_feedback
from programs.followup.forms import FeedbackForm, GoodPracticeForm, MeetingForm
from programs.followup.goals import Goal, GoalStatus
from programs.followup.meetings import FOLLOWED_STATES, log_meeting
from programs.followup.plan_forms import PlanForm
from programs.followup.tokens import participant_from_token
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.preparation.next_steps import preparation_status


def _context(match, role, token, *, goals=None, **extra):
    shows_contacts = match.state in match_states.CONTACT_STATES
    others = (match_workflow.mentor_applications(match) if role == "mentee" else [match.mentee]) if shows_contacts else []
    return {
        "match": match,
        "role": role,
        "token": token,
        "others": others,
        "shows_contacts": shows_contacts,
        "call": match.call.specific,
        "meetings": match.meetings.all(),
        "goals": plans.plan_of(match) if goals is None else goals,
        "can_plan": plans.can_write_plan(match),
        "open_feedback": open_feedback(match, role),
        "can_log": match.state in FOLLOWED_STATES,
        "can_propose": proposals.can_propose(match),
        "proposal": proposals.proposal_of(match, role),
        **extra,
    }


def _current(goals):
    return [goal for goal in goals if goal.status != GoalStatus.DROPPED]


def participant(request, token):
    match, role = participant_from_token(token)
    goals = plans.plan_of(match)
    form = MeetingForm(prefix="mt", goals=_current(goals))
    status = 200
    if request.method == "POST":
        form = MeetingForm(request.POST, prefix="mt", goals=_current(goals))
        if form.is_valid():
            try:
                log_meeting(match, logged_by=role, progress=form.progress(), **form.meeting_data())
                return redirect(request.path + "?logged=1")
            except ValidationError as error:
                form.add_error(None, error)
        status = 400
    context = _context(match, role, token, goals=goals, form=form, logged=request.GET.get("logged") == "1")
    # A group's mentors share one link: none of them is shown the others' preparation.
    person = match.mentee if role == "mentee" else match.mentor
    context["preparation"] = preparation_status(person, context["call"]) if person is not None else None
    return private_response(TemplateResponse(request, "programs/matching/participant.html", context, status=status))


def feedback(request, token, feedback_id):
    match, role = participant_from_token(token)
    item = get_object_or_404(match.feedback, pk=feedback_id, respondent=role)
    if item.submitted_at is not None:
        return private_response(TemplateResponse(request, "programs/matching/feedback.html", _context(match, role, token, item=item, done=True)))
    form = FeedbackForm(request.POST or None, goals=plans.current_goals(match))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                submit_feedback(item, goal_ratings=form.goal_ratings(), **form.answers())
                return redirect(request.path)
            except ValidationError as error:
                form.add_error(None, error)
        status = 400
    context = _context(match, role, token, item=item, form=form, error_title=_("There is a problem"))
    return private_response(TemplateResponse(request, "programs/matching/feedback.html", context, status=status))


def good_practice(request, token):
    """The good-practice form of a completed match; once sent, a thank-you instead (never a second form)."""
    match, role = participant_from_token(token)
    if not proposals.can_propose(match):
        raise Http404("Not completed")
    template = "programs/matching/good_practice.html"
    if proposals.proposal_of(match, role) is not None:
        context = _context(match, role, token, sent=request.GET.get("sent") == "1")
        return private_response(TemplateResponse(request, template, context))
    form = GoodPracticeForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                proposals.propose(match, role, language=translation.get_language(), **form.cleaned_data)
                return redirect(request.path + "?sent=1")
            except ValidationError as error:
                form.add_error(None, error)
        status = 400
    context = _context(match, role, token, form=form)
    return private_response(TemplateResponse(request, template, context, status=status))


def plan(request, token):
    """The development plan: the mentee writes it (2–5 goals) while the match is confirmed or active; the mentor,
    and anyone once the match has ended, reads it."""
    match, role = participant_from_token(token)
    writes = role == Goal.CreatedBy.MENTEE and plans.can_write_plan(match)
    if request.method == "POST" and not writes:
        raise PermissionDenied
    goals = plans.plan_of(match)
    form = PlanForm(request.POST if request.method == "POST" else None, goals=_current(goals)) if writes else None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                plans.set_goals(match, form.goals(), by=Goal.CreatedBy.MENTEE)
                return redirect(request.path + "?saved=1")
            except ValidationError as error:
                form.add_error(error)
        status = 400
    context = _context(match, role, token, goals=goals, form=form, saved=request.GET.get("saved") == "1")
    return private_response(TemplateResponse(request, "programs/matching/plan.html", context, status=status))
