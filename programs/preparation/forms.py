"""The secretariat's forms for preparation records: one person (add and edit) or several at once (pasted
e-mail addresses). The rules are the model's (`PreparationRecord.clean`) and `records.record_completion`'s."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Min
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from home.models import EventPage
from portal.cleaning import clean_line, validate_email_domain
from programs.matching.forms import PastDateField
from programs.models import Application
from programs.preparation.models import PreparationKind, PreparationRecord, normalise_email
from resources.models import TrainingMaterialPage

#: Pasting a whole training's attendance list is fine; a mailing list is not what this form is for.
MAX_PEOPLE = 200


def first_pages(model):
    """Each training once, by its first page (records hang on it, whatever language the secretariat reads)."""
    firsts = model.objects.values("translation_key").annotate(first=Min("pk")).values("first")
    return model.objects.filter(pk__in=firsts)


def event_label(event) -> str:
    return f"{event.title} ({date_format(event.starts_at, 'SHORT_DATE_FORMAT')})"


class SourceChoicesMixin:
    """Training events newest first and training materials by title, each once."""

    def _limit_sources(self):
        event, material = self.fields["event"], self.fields["material"]
        event.queryset = first_pages(EventPage).order_by("-starts_at", "pk")
        event.label_from_instance = event_label
        material.queryset = first_pages(TrainingMaterialPage).order_by("title", "pk")


class PreparationRecordForm(SourceChoicesMixin, WagtailAdminModelForm):
    completed_on = PastDateField(_("Completed on"))

    class Meta:
        model = PreparationRecord
        fields = ["email", "name", "kind", "source", "event", "material", "note", "completed_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_sources()


class BulkPreparationForm(SourceChoicesMixin, forms.Form):
    people = forms.CharField(
        label=_("People"), widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("One person a line: the e-mail address, then optionally a comma and the name. Without a name, "
                    "the name on the person's latest application is used."),
    )
    kind = forms.ChoiceField(label=_("Preparation"), choices=PreparationKind.choices)
    source = forms.ChoiceField(label=_("How"), choices=PreparationRecord.Source.choices)
    event = forms.ModelChoiceField(label=_("Training event"), queryset=EventPage.objects.none(), required=False)
    material = forms.ModelChoiceField(label=_("Training material"), queryset=TrainingMaterialPage.objects.none(), required=False)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)
    completed_on = PastDateField(_("Completed on"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_sources()

    def clean_people(self) -> list[tuple[str, str]]:
        """[(e-mail, name or "")], each address once; every bad line is named, and then nothing is saved."""
        lines = [line for line in (clean_line(raw) for raw in self.cleaned_data["people"].splitlines()) if line]
        if len(lines) > MAX_PEOPLE:
            raise ValidationError(
                ngettext("Enter at most %(count)d person at once.", "Enter at most %(count)d people at once.", MAX_PEOPLE)
                % {"count": MAX_PEOPLE}
            )
        people, errors = {}, []
        for number, line in enumerate(lines, start=1):
            email, _sep, name = (part.strip() for part in line.replace(";", ",").partition(","))
            email = normalise_email(email)
            try:
                validate_email(email)
                validate_email_domain(email)
            except ValidationError:
                errors.append(_("Line %(number)d: “%(text)s” is not an e-mail address.") % {"number": number, "text": line[:80]})
                continue
            people.setdefault(email, name)
        if errors:
            raise ValidationError(errors)
        if not people:
            raise ValidationError(_("Enter at least one e-mail address."))
        return self._with_names(people)

    @staticmethod
    def _with_names(people: dict[str, str]) -> list[tuple[str, str]]:
        """Names not typed come from the person's latest application (one query); without one, the line is refused."""
        unnamed = [email for email, name in people.items() if not name]
        known = {}
        for email, name in Application.objects.filter(email__in=unnamed).order_by("created_at", "pk").values_list("email", "name"):
            known[email] = name
        missing = [email for email in unnamed if email not in known]
        if missing:
            raise ValidationError([
                _("No application has the address %(email)s: add the name after a comma.") % {"email": email} for email in missing
            ])
        return [(email, name or known[email]) for email, name in people.items()]

    def clean(self):
        data = super().clean()
        probe = PreparationRecord(
            source=data.get("source") or "", event=data.get("event"), material=data.get("material"), note=data.get("note") or "",
        )
        for field, message in probe.source_errors().items():
            self.add_error(field, message)
        return data
