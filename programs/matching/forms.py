"""Forms of the secretariat's matching screens. Validation here, rules in match_workflow."""

import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.models import PrivacyNoticeVersion
from portal.cleaning import check_date_window
from programs.applications.states import MATCHABLE_STATUSES
from programs.matching.states import STATE_CHOICES
from programs.models import Application, ConsentMethod, Match, MatchingSettings, Party
from programs.uploads import ALLOWED_LABEL, check_file

DATE = forms.DateInput(attrs={"type": "date"})


class WeightsForm(forms.ModelForm):
    class Meta:
        model = MatchingSettings
        fields = [
            "mode", "mentor_capacity", "weight_themes", "weight_text", "weight_language", "weight_format",
            "weight_other_institution", "require_other_institution", "required_preparation",
        ]
        widgets = {
            name: forms.NumberInput(attrs={"step": "0.05", "min": "0", "max": "10"})
            for name in ["weight_themes", "weight_text", "weight_language", "weight_format", "weight_other_institution"]
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["required_preparation"].required = False

    def clean_required_preparation(self):
        """A form sent without the rule (an older page, a script) leaves it as it was: never silently off."""
        return self.cleaned_data.get("required_preparation") or self.instance.required_preparation

    def clean(self):
        data = super().clean()
        for name in self.Meta.fields:
            if name.startswith("weight_") and data.get(name) is not None and not 0 <= data[name] <= 10:
                self.add_error(name, _("Enter a weight from 0 to 10."))
        if data.get("mentor_capacity") is not None and not 1 <= data["mentor_capacity"] <= 20:
            self.add_error("mentor_capacity", _("Enter a number of mentees from 1 to 20."))
        return data


class ManualMatchForm(forms.Form):
    mentee = forms.ModelChoiceField(label=_("Mentee"), queryset=Application.objects.none())
    mentor = forms.ModelChoiceField(label=_("Mentor"), queryset=Application.objects.none())

    def __init__(self, *args, call, **kwargs):
        super().__init__(*args, **kwargs)
        pool = Application.of_call(call).filter(status__in=MATCHABLE_STATUSES)
        self.fields["mentee"].queryset = pool.filter(role=Application.Role.MENTEE).order_by("name")
        self.fields["mentor"].queryset = pool.filter(role=Application.Role.MENTOR).order_by("name")


class GroupForm(forms.Form):
    name = forms.CharField(label=_("Group name"), max_length=150)
    mentors = forms.ModelMultipleChoiceField(label=_("Mentors (2 or 3)"), queryset=Application.objects.none(), widget=forms.CheckboxSelectMultiple)
    capacity = forms.IntegerField(label=_("Mentees, at most"), min_value=1, max_value=12, initial=6)

    def __init__(self, *args, call, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentors"].queryset = (
            Application.of_call(call).filter(role=Application.Role.MENTOR, status__in=MATCHABLE_STATUSES).order_by("name")
        )

    def clean_mentors(self):
        mentors = self.cleaned_data["mentors"]
        if not 2 <= len(mentors) <= 3:
            raise ValidationError(_("A group has 2 or 3 mentors."))
        return mentors


class CloseMatchingForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Applicants left unmatched are"),
        choices=[(Application.Status.WAITLISTED, _("Waitlisted")), (Application.Status.NOT_SELECTED, _("Not selected"))],
        widget=forms.RadioSelect,
    )


class AssignmentForm(forms.ModelForm):
    class Meta:
        model = Match
        fields = ["start_date", "end_date", "format", "conditions"]
        widgets = {"start_date": DATE, "end_date": DATE, "conditions": forms.Textarea(attrs={"rows": 3})}


class DocumentField(forms.FileField):
    """Optional signed paper, checked by content and stored under a random name."""

    def __init__(self, **kwargs):
        super().__init__(label=_("Document (optional)"), required=False, help_text=_("%(types)s, up to 5 MB.") % {"types": ALLOWED_LABEL}, **kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            checked = check_file(upload)
            upload.name = f"{secrets.token_hex(12)}.{checked.extension}"
        return upload


class PastDateField(forms.DateField):
    """A date that has come: a consent, a withdrawal, a meeting. At most ``years_back`` years ago (no year 1)."""

    def __init__(self, label, years_back: int = 5, **kwargs):
        self.years_back = years_back
        super().__init__(label=label, widget=DATE, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value and value > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        check_date_window(value, years_back=self.years_back, years_ahead=None)
        return value


class NoticeVersionMixin(forms.Form):
    """A written agreement records the privacy-notice version the party read: the call's notice in any language,
    the current one chosen."""

    privacy_notice = forms.ModelChoiceField(
        label=_("Privacy notice agreed to"), queryset=PrivacyNoticeVersion.objects.none(), required=False,
        empty_label=_("Not known (no version recorded)"),
        help_text=_("The version of the privacy notice the party read when consenting; the current one is chosen."),
    )

    def __init__(self, *args, match=None, **kwargs):
        super().__init__(*args, **kwargs)
        notice = match.call.specific.privacy_notice() if match is not None else None
        if notice is not None:
            field = self.fields["privacy_notice"]
            field.queryset = PrivacyNoticeVersion.objects.filter(translation_key=notice.translation_key).select_related("locale")
            field.label_from_instance = lambda v: f"{v.label()} ({v.locale.get_display_name()})"
            current = notice.current_version
            field.initial = current.pk if current else None


class ConsentForm(NoticeVersionMixin):
    party = forms.ChoiceField(label=_("Whose consent"), choices=Party.choices)
    given_on = PastDateField(_("Date of consent"))
    method = forms.ChoiceField(label=_("Method"), choices=ConsentMethod.choices)
    document = DocumentField()
    field_order = ["party", "given_on", "method", "document", "privacy_notice"]


class WithdrawConsentForm(forms.Form):
    withdrawn_on = PastDateField(_("Withdrawn on"))
    reason = forms.CharField(label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
    then = forms.ChoiceField(
        label=_("Then the match"),
        choices=[("await", _("goes back to awaiting consent")), ("cancel", _("is cancelled"))],
        widget=forms.RadioSelect,
        initial="await",
    )


class TransitionForm(forms.Form):
    target = forms.ChoiceField(choices=STATE_CHOICES, widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reason (required to cancel)"), max_length=1000, required=False)


class ExtensionForm(forms.Form):
    new_end_date = forms.DateField(label=_("New end date"), widget=DATE)
    reason = forms.CharField(label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))


class AgreementForm(NoticeVersionMixin):
    party = forms.ChoiceField(label=_("Which institution"), choices=[(Party.MENTOR_INSTITUTION.value, Party.MENTOR_INSTITUTION.label), (Party.MENTEE_INSTITUTION.value, Party.MENTEE_INSTITUTION.label)])
    given_on = PastDateField(_("Date of agreement"))
    method = forms.ChoiceField(label=_("Method"), choices=ConsentMethod.choices)
    document = DocumentField()
    field_order = ["party", "given_on", "method", "document", "privacy_notice"]
