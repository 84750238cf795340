"""The application form under an open call (routes of CallPage)."""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.cleaning import RealEmailField
from programs.applications import applying, emails
from programs.applications.forms import ApplicationForm, draft_initial
from programs.applications.status import private_response
from programs.applications.tokens import draft_from_token
from programs.models import Application


def _render(request, call, template, context, status=200):
    context = {"page": call, "self": call, "call": call, **context}
    return TemplateResponse(request, f"programs/{template}", context, status=status)


def apply_view(request, call, draft=None):
    if not call.is_open():
        return _render(request, call, "apply_closed.html", {"draft": draft}, status=403)

    language = translation.get_language()
    form_kwargs = {"call": call, "privacy_url": call.privacy_url(request)}
    if request.method != "POST":
        initial = {**draft_initial(ApplicationForm(**form_kwargs).fields, draft.data), "email": draft.email} if draft else {}
        form = ApplicationForm(initial=initial, **form_kwargs)
        return _render(request, call, "apply.html", {"form": form, "draft": draft})

    form = ApplicationForm(request.POST, request.FILES, **form_kwargs)
    ip = applying.client_ip(request)
    if applying.is_rate_limited(ip):
        form.is_valid()
        form.add_error(None, _("Too many attempts from your network. Please wait an hour and try again, or contact the secretariat."))
        return _render(request, call, "apply.html", {"form": form, "draft": draft}, status=429)
    applying.count_attempt(ip)

    if "save_draft" in request.POST:
        return _save_draft(request, call, form, draft, language)

    if form.is_valid():
        if form.duplicate_of is not None:
            return _answer_duplicate(call, form.duplicate_of)
        try:
            applying.submit(call, form, language)
        except applying.CallNotOpen:
            return _render(request, call, "apply_closed.html", {"draft": draft}, status=403)
        except applying.DuplicateApplication:
            return _answer_duplicate(call, Application.of_call(call).get(email__iexact=form.cleaned_data["email"]))
        except applying.NotSaved:
            form.add_error(None, _("Your application could not be saved just now. Nothing was recorded; please send it again."))
        else:
            return _to_sent_page(call)
    files_dropped = bool(request.FILES)
    return _render(request, call, "apply.html", {"form": form, "draft": draft, "files_dropped": files_dropped}, status=400)


def _answer_duplicate(call, existing):
    """The same answer as a new application; only the address's owner learns, by e-mail, that an
    application already exists (its status link, and whom to contact if it was not them)."""
    emails.enqueue_duplicate_notice(existing)
    return _to_sent_page(call)


def _to_sent_page(call):
    """Every sent application ends on one page that names no reference and no address, so the answer
    cannot tell anyone whether an address had already applied; the reference travels by e-mail."""
    return redirect(call.url + call.reverse_subpage("apply_sent"))


def sent_view(request, call):
    return private_response(_render(request, call, "apply_check_email.html", {}))


def _save_draft(request, call, form, draft, language):
    email_field = RealEmailField(max_length=254)
    try:
        email = email_field.clean(request.POST.get("email", "").strip())
    except ValidationError as error:
        form.is_valid()
        form.errors.clear()
        if getattr(error, "code", None) == "email_domain":
            form.add_error("email", error)
        else:
            form.add_error("email", _("Enter your e-mail address so that we can send you the link to your draft."))
        return _render(request, call, "apply.html", {"form": form, "draft": draft}, status=400)
    draft = applying.save_draft(call, request.POST, email.lower(), language, draft=draft)
    return private_response(_render(request, call, "draft_saved.html", {"draft": draft}))


def resume_draft(request, token):
    """The private link from the draft e-mail: the same form, filled in."""
    draft = draft_from_token(token)
    return private_response(apply_view(request, draft.call.specific, draft=draft))


def delete_draft(request, token):
    """The "delete this draft" link from the draft e-mail: a page that asks, then a POST that deletes."""
    draft = draft_from_token(token)
    call = draft.call.specific
    if request.method == "POST":
        draft.delete()
        return private_response(_render(request, call, "draft_deleted.html", {}))
    return private_response(_render(request, call, "draft_delete.html", {"draft": draft}))
