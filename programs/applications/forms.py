"""The application form: fixed questions, the call's own questions, and the rules they must pass."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home.notices import acceptable_version
from portal.cleaning import LineField, RealEmailField, TextField, check_date_window
from programs.calls.models import CallRole
from programs.models import Application, CallPage, Institution
from programs.uploads import ALLOWED_LABEL, MAX_FILE_SIZE, MAX_FILES, check_files

DESCRIPTION_MAX = 5000
PHONE_RE = re.compile(r"^\+?[0-9 ()./-]+$")
WORK_LANGUAGES = [
    ("tr", _("Turkish")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("de", _("German")),
    ("fr", _("French")),
    ("ru", _("Russian")),
]
QUESTION_PREFIX = "q_"
HONEYPOT = "website"


def validate_phone(value: str) -> None:
    digits = sum(ch.isdigit() for ch in value)
    if not PHONE_RE.match(value) or not 7 <= digits <= 15:
        raise ValidationError(_("Enter a phone number with 7 to 15 digits, for example +90 312 000 00 00."), code="phone")


class AnswerDateField(forms.DateField):
    """A date asked by a call's question: within a century back and fifty years ahead (no year 1 or 9999)."""

    def clean(self, value):
        value = super().clean(value)
        check_date_window(value, years_back=100, years_ahead=50)
        return value


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.docx,.odt,.png,.jpg,.jpeg"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


def question_field(question) -> forms.Field:
    """A form field for one CallQuestion (text, long text, choice, multiple choice, date, yes/no)."""
    common = {"label": question.label, "required": question.required, "help_text": question.help_text}
    choices = [(c.strip(), c.strip()) for c in re.split(r"[,\n]", question.choices) if c.strip()]
    match question.field_type:
        case "multiline":
            return TextField(widget=forms.Textarea(attrs={"rows": 5}), max_length=DESCRIPTION_MAX, **common)
        case "dropdown":
            return forms.ChoiceField(choices=[("", _("— choose —"))] + choices, **common)
        case "radio":
            return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
        case "checkboxes":
            return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **common)
        case "date":
            return AnswerDateField(widget=forms.DateInput(attrs={"type": "date"}), **common)
        case "checkbox":
            return forms.BooleanField(**common)
        case _:
            return LineField(max_length=500, **common)


class ApplicationForm(forms.Form):
    name = LineField(label=_("Full name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = RealEmailField(
        label=_("E-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send your reference number and a private link here."),
    )
    phone = LineField(
        label=_("Phone"), max_length=30, validators=[validate_phone], widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
    )
    institution = forms.ModelChoiceField(
        label=_("Institution"), queryset=Institution.objects.all(), required=False, empty_label=_("— choose from the list —")
    )
    institution_other = LineField(
        label=_("Institution not in the list"), max_length=200, required=False,
        help_text=_("Type the name of your institution if you cannot find it above."),
    )
    unit = LineField(label=_("Unit"), max_length=200, required=False)
    position = LineField(label=_("Position"), max_length=200, required=False)
    role = forms.ChoiceField(label=_("I apply as"), choices=Application.Role.choices, widget=forms.RadioSelect)
    themes = forms.ModelMultipleChoiceField(label=_("Themes"), queryset=None, widget=forms.CheckboxSelectMultiple)
    description = TextField(
        label=_("Describe your need or the expertise you offer"), max_length=DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("At most %(count)d characters.") % {"count": DESCRIPTION_MAX},
    )
    preferred_format = forms.ChoiceField(
        label=_("Preferred format"), choices=Application.Format.choices, widget=forms.RadioSelect, initial=Application.Format.EITHER
    )
    languages = forms.MultipleChoiceField(label=_("Languages you can work in"), choices=WORK_LANGUAGES, widget=forms.CheckboxSelectMultiple)
    availability = LineField(
        label=_("Availability"), max_length=300, required=False, help_text=_("For example: Tuesday afternoons, two hours a week.")
    )
    attachments = MultipleFileField(
        label=_("Attachments"), required=False,
        help_text=_("For example your CV or your institution's letter of consent. %(types)s; at most %(count)d files of %(size)d MB each.")
        % {"types": ALLOWED_LABEL, "count": MAX_FILES, "size": MAX_FILE_SIZE // (1024 * 1024)},
    )
    data_consent = forms.BooleanField(label=_("I agree to the processing of my personal data for this call."))
    publication_consent = forms.BooleanField(
        label=_("I agree to be named publicly (name, institution) if I am matched."), required=False,
        help_text=_("Optional. You can apply without it."),
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    #: The notice version shown with the form, so that the applicant's consent names the text they read.
    privacy_notice_version = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, call: CallPage, privacy_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.call = call
        self.notice = call.privacy_notice()
        current = self.notice.current_version if self.notice else None
        self.fields["privacy_notice_version"].initial = current.pk if current else ""
        self.fields["themes"].queryset = call.themes.all()
        self.fields["themes"].required = call.themes.exists()
        if privacy_url:
            self.fields["data_consent"].help_text = format_html(
                '<a href="{}">{}</a>', privacy_url, _("Read the privacy notice")
            )
        fixed = call.fixed_role()
        if fixed:
            self.fields["role"].choices = [(fixed, Application.Role(fixed).label)]
            self.fields["role"].initial = fixed
        if call.called_roles in (CallRole.INSTITUTION_NEED, CallRole.INSTITUTION_OFFER):
            self.fields["role"].label = _("Your institution")
            self.fields["role"].choices = [
                (Application.Role.MENTEE, _("states a need")),
                (Application.Role.MENTOR, _("offers expertise")),
            ] if not fixed else [(Application.Role.MENTOR, _("offers expertise"))]
        self.questions = list(call.questions.all())
        for question in self.questions:
            self.fields[QUESTION_PREFIX + question.clean_name] = question_field(question)

    # -- groups for the template -------------------------------------------------
    SECTIONS = (
        (_("About you"), ("name", "email", "phone", "institution", "institution_other", "unit", "position")),
        (_("Your application"), ("role", "themes", "description", "preferred_format", "languages", "availability")),
        (_("Questions of this call"), None),
        (_("Documents"), ("attachments",)),
        (_("Consent"), ("data_consent", "publication_consent")),
    )

    def sections(self):
        """(legend, bound fields) in the order the applicant fills them in; empty sections left out."""
        result = []
        for legend, names in self.SECTIONS:
            fields = [self[n] for n in names] if names else [self[QUESTION_PREFIX + q.clean_name] for q in self.questions]
            if fields:
                result.append((legend, fields))
        return result

    # -- rules ------------------------------------------------------------------
    def clean_email(self):
        """A second application from the address is not an error on the page (that would tell anyone who
        applied): the view answers as for a new one and the e-mail to the address says what happened."""
        email = self.cleaned_data["email"].strip().lower()
        self.duplicate_of = Application.of_call(self.call).filter(email__iexact=email).order_by("created_at").first()
        return email

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT):
            raise ValidationError(_("Leave this field empty."), code="honeypot")
        return ""

    def clean_privacy_notice_version(self):
        """The version they saw if it is still current or was replaced only recently; None when the site has no notice."""
        if self.notice is None or self.notice.current_version is None:
            return None
        version = acceptable_version(self.notice, self.cleaned_data.get("privacy_notice_version"))
        if version is None:
            self.data = self.data.copy()  # the form shown again carries the current version to read and accept
            self.data[self.add_prefix("privacy_notice_version")] = self.notice.current_version.pk
            raise ValidationError(
                _("The privacy notice has changed since this form was opened. Please read it again and send the form."),
                code="notice_changed",
            )
        return version

    def clean_attachments(self):
        return check_files(self.cleaned_data.get("attachments") or [])

    def clean(self):
        cleaned = super().clean()
        if "privacy_notice_version" in self.errors:  # a hidden field: say it where the applicant reads it
            self.add_error(None, self.errors.pop("privacy_notice_version"))
        if not cleaned.get("institution") and not (cleaned.get("institution_other") or "").strip():
            if "institution" not in self.errors and "institution_other" not in self.errors:
                self.add_error("institution", _("Choose your institution from the list, or type its name below."))
        return cleaned

    def answers(self) -> dict:
        """The extra answers in JSON form, keyed by the question's clean name."""
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(QUESTION_PREFIX + question.clean_name)
            if isinstance(value, datetime.date):
                value = value.isoformat()
            answers[question.clean_name] = value
        return answers


def draft_initial(form_class_fields: dict, data: dict) -> dict:
    """Turn saved draft data (lists of strings per field) into form initial values."""
    initial = {}
    for name, field in form_class_fields.items():
        if name not in data or name in ("attachments", HONEYPOT):
            continue
        values = data[name]
        if isinstance(field, (forms.MultipleChoiceField, forms.ModelMultipleChoiceField)):
            initial[name] = values
        elif isinstance(field, forms.BooleanField):
            initial[name] = bool(values) and values[0] in ("on", "true", "1", "True")
        else:
            initial[name] = values[0] if values else ""
    return initial


class ApplicationAdminForm(forms.ModelForm):
    """The secretariat's add and edit form: the same one-application-per-e-mail rule as the public form,
    across the call's languages and whatever the letter case, as a message instead of a database error."""

    def clean(self):
        cleaned = super().clean()
        call = cleaned.get("call") or (self.instance.call if self.instance.call_id else None)
        email = (cleaned.get("email") or "").strip().lower()
        if call is not None and email:
            others = Application.of_call(call).filter(email__iexact=email).exclude(pk=self.instance.pk)
            existing = others.first()
            if existing is not None:
                self.add_error("email", _("This call already has an application from this e-mail address: %(reference)s.")
                               % {"reference": existing.reference})
        return cleaned
