"""The person's reminder settings page, reached from the link at the end of every optional reminder."""

from django import forms
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from programs.applications.status import private_response
from programs.reminders.models import ReminderPreference
from programs.reminders.preferences import email_from_token, set_optional, wants_optional

ON, OFF = "on", "off"


class PreferenceForm(forms.Form):
    optional_reminders = forms.ChoiceField(
        label=_("Optional reminders"),
        choices=[
            (ON, _("Send me reminders (a draft not sent, no meeting logged for a while, the end of my assignment)")),
            (OFF, _("Do not send me these reminders")),
        ],
        widget=forms.RadioSelect,
        help_text=_("Decisions, confirmations and other notices the programme must send still reach you."),
        error_messages={
            "required": _("Choose whether to receive optional reminders."),
            "invalid_choice": _("Choose one of the two options."),
        },
    )


def preference(request, token):
    email = email_from_token(token)
    status = 200
    if request.method == "POST":
        form = PreferenceForm(request.POST)
        if form.is_valid():
            set_optional(email, form.cleaned_data["optional_reminders"] == ON)
            return redirect(request.path + "?saved=1")
        status = 400
    else:
        form = PreferenceForm(initial={"optional_reminders": ON if wants_optional(email) else OFF})
    row = ReminderPreference.objects.filter(email=email).first()
    context = {
        "form": form, "email": email, "receives": wants_optional(email), "preference": row,
        "saved": request.GET.get("saved") == "1" and request.method == "GET",
    }
    return private_response(TemplateResponse(request, "programs/reminders/preference.html", context, status=status))
