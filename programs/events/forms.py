"""The event registration form: the same cleaning, honeypot and privacy-notice rules as the application form."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home.models import PrivacyNoticePage
from portal.cleaning import LineField, RealEmailField, TextField
from programs.applications.forms import ApplicationForm
from programs.events.models import EventRegistration
from programs.models import Institution

ACCESSIBILITY_MAX = 1000


class RegistrationForm(forms.Form):
    name = LineField(label=_("Full name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = RealEmailField(
        label=_("E-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send your confirmation and a private link to cancel here."),
    )
    institution = forms.ModelChoiceField(
        label=_("Institution"), queryset=Institution.objects.all(), required=False, empty_label=_("— choose from the list —")
    )
    institution_other = LineField(
        label=_("Institution not in the list"), max_length=200, required=False,
        help_text=_("Type the name of your institution if you cannot find it above."),
    )
    role = forms.ChoiceField(label=_("I come as"), choices=EventRegistration.Role.choices, widget=forms.RadioSelect)
    accessibility = TextField(
        label=_("Accessibility needs"), max_length=ACCESSIBILITY_MAX, required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example step-free access, sign language or a dietary need. Optional."),
    )
    data_consent = forms.BooleanField(label=_("I agree to the processing of my personal data for this event."))
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    privacy_notice_version = forms.CharField(required=False, widget=forms.HiddenInput)

    # The application form's rules, not copies: the honeypot and the notice version shown with the form.
    clean_website = ApplicationForm.clean_website
    clean_privacy_notice_version = ApplicationForm.clean_privacy_notice_version

    def __init__(self, *args, event, privacy_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.notice = PrivacyNoticePage.for_locale(event.locale)
        current = self.notice.current_version if self.notice else None
        self.fields["privacy_notice_version"].initial = current.pk if current else ""
        privacy_url = privacy_url or (self.notice.url if self.notice else "")
        if privacy_url:
            self.fields["data_consent"].help_text = format_html('<a href="{}">{}</a>', privacy_url, _("Read the privacy notice"))

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def registration_data(self) -> dict:
        """The keyword arguments of `registering.register` from the cleaned form."""
        data = self.cleaned_data
        return {
            "name": data["name"], "email": data["email"], "role": data["role"], "institution": data.get("institution"),
            "institution_other": data.get("institution_other", ""), "accessibility": data.get("accessibility", ""),
            "privacy_notice": data.get("privacy_notice_version"),
        }
