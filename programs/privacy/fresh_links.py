"""Fresh private links on request: one e-mail to the address on record, the same answer for everyone.

The page never says whether an address is known (that would tell anyone who
applied); only the mailbox's owner learns it, from the e-mail.
"""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from programs.applications import applying
from programs.applications.emails import draft_path
from programs.applications.status import private_response
from programs.followup.tokens import make_participant_token
from programs.mail import call_in_language, public_url, render_message, send_once, task_key
from programs.models import Application, ApplicationDraft, Match
from programs.privacy import links

HONEYPOT = "website"


class FreshLinkForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("The address you applied with. If we hold an application for it, we e-mail new links there."),
        error_messages={
            "required": _("Enter the e-mail address you applied with."),
            "invalid": _("Enter an e-mail address like name@example.org."),
            "max_length": _("An e-mail address has at most 254 characters."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT):
            raise forms.ValidationError(_("Leave this field empty."), code="honeypot")
        return ""


def held_applications(email: str):
    """Applications still held for the address (not anonymised), newest first."""
    return Application.objects.filter(email__iexact=email.strip(), anonymised_at__isnull=True).select_related("call").order_by("-created_at")


def live_matches(ids):
    """(match, role) for the agreed matches of those applications: each person gets the link of their own side,
    a group's mentors included (they sit on the group, not on the match)."""
    ids = set(ids)
    people = Q(mentee_id__in=ids) | Q(mentor_id__in=ids) | Q(group__mentors__in=ids)
    matches = Match.objects.filter(people, anonymised_at__isnull=True)
    matches = matches.filter(state__in=links.match_states.AGREED_STATES | links.ENDED_MATCH_STATES)
    matches = matches.select_related("call").distinct().order_by("pk")
    return [(m, "mentee" if m.mentee_id in ids else "mentor") for m in matches]


def open_drafts(email: str):
    """Drafts for the address whose link still works (their call is open), newest first."""
    drafts = ApplicationDraft.objects.filter(email__iexact=email.strip()).select_related("call").order_by("-updated_at")
    now = timezone.now()
    return [d for d in drafts if links.draft_link_ends_at(d) > now and d.call.is_open(now)]


def build(email: str):
    """The e-mail with fresh links, or None when nothing is held for the address."""
    applications = list(held_applications(email))
    drafts = open_drafts(email)
    if not applications and not drafts:
        return None
    language = applications[0].language if applications else drafts[0].language
    with translation.override(language):
        items = [
            {
                "call": call_in_language(a.call, language),
                "reference": a.reference,
                "link": public_url(reverse("programs:application_status", args=[a.status_token()])),
            }
            for a in applications
        ]
        participant = [
            {
                "call": call_in_language(m.call, language),
                "link": public_url(reverse("matching_public:participant", args=[make_participant_token(m, role)])),
            }
            for m, role in live_matches({a.pk for a in applications})
        ]
        unfinished = [{"call": call_in_language(d.call, language), "link": public_url(draft_path(d))} for d in drafts]
    context = {"applications": items, "matches": participant, "drafts": unfinished}
    return render_message("fresh_links", language, context, (applications or drafts)[0].email)


@task(takes_context=True)
def send_fresh_links(context, email: str) -> None:
    message = build(email)
    if message is not None:
        send_once(task_key(context), message)


def request_fresh_links(email: str) -> None:
    send_fresh_links.enqueue(email.strip().lower())


def fresh_link_page(request, *, form=None, status=200, expired=None):
    context = {"form": form or FreshLinkForm(), "expired": expired}
    return private_response(TemplateResponse(request, "programs/privacy/fresh_link.html", context, status=status))


def fresh_link(request):
    """The public fresh-link form; also where the expired page posts."""
    if request.method != "POST":
        return fresh_link_page(request)
    form = FreshLinkForm(request.POST)
    ip = applying.client_ip(request)
    if applying.is_rate_limited(ip):
        form.is_valid()
        form.add_error(None, _("Too many attempts from your network. Please wait an hour and try again, or contact the secretariat."))
        return fresh_link_page(request, form=form, status=429)
    applying.count_attempt(ip)
    if not form.is_valid():
        return fresh_link_page(request, form=form, status=400)
    request_fresh_links(form.cleaned_data["email"])
    return private_response(TemplateResponse(request, "programs/privacy/fresh_link_sent.html", {}))


class ExpiredLinkMiddleware:
    """Turns LinkExpired from any private-link view into the 410 page with the fresh-link form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, links.LinkExpired):
            response = fresh_link_page(request, status=410, expired=exception)
            return response.render()
        return None
