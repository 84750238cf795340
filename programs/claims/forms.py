"""The expert's claim form (lines as a formset, receipts) and the secretariat's decision form.

Fields check what a field can check (a number, a date, a length); the claim's rules (dates within the
assignment, the year's caps, receipts needed) are `programs.claims.rules`', asked here so each message lands
beside its field, and asked again under a lock when the claim is stored.
"""

from __future__ import annotations

import re

from django import forms
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _

from portal.cleaning import LineField, TextField
from programs.applications.forms import MultipleFileField
from programs.claims import rules
from programs.claims.models import LineKind, Transport
from programs.templatetags.form_errors import error_summary_items
from programs.uploads import ALLOWED_LABEL, MAX_FILE_SIZE, check_files

HONEYPOT = "website"
AMOUNT_ATTRS = {"inputmode": "decimal", "autocomplete": "off"}


class AmountField(forms.DecimalField):
    """Turkish lira with kuruş, typed as the reader writes it ("1.250,50" or "1250,50" in Turkish, "1,250.50" in
    English); the limits are the model's."""

    def to_python(self, value):
        if isinstance(value, str):
            value = without_grouping(value.strip())
        return super().to_python(value)

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", 12)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("localize", True)
        kwargs.setdefault("widget", forms.TextInput(attrs=AMOUNT_ATTRS))
        kwargs.setdefault("error_messages", {"invalid": _("Enter an amount in Turkish lira, for example 1250,50.")})
        super().__init__(**kwargs)


def without_grouping(value: str) -> str:
    """"1.250,50" → "1250,50" in Turkish: thousands separators dropped where they group digits by three, and only there
    (Django reads them only when the site shows them, which ours does not)."""
    thousands, decimal_mark = get_format("THOUSAND_SEPARATOR"), get_format("DECIMAL_SEPARATOR")
    pattern = rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+(?:{re.escape(decimal_mark)}\d*)?"
    if thousands and thousands != decimal_mark and re.fullmatch(pattern, value):
        return value.replace(thousands, "")
    return value


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class ClaimLineForm(forms.Form):
    kind = forms.ChoiceField(label=_("Expense"), choices=[("", _("— choose —"))] + LineKind.choices)
    date_from = forms.DateField(label=_("Date"), widget=DateInput(), help_text=_("For several days or nights: the first day."))
    date_to = forms.DateField(label=_("Last day"), required=False, widget=DateInput(), help_text=_("Only for several days or nights."))
    route_from = LineField(label=_("From"), max_length=150, required=False, help_text=_("Travel: where the journey started."))
    route_to = LineField(label=_("To"), max_length=150, required=False, help_text=_("Travel: where it ended."))
    transport = forms.ChoiceField(label=_("Means of transport"), required=False, choices=[("", _("— choose —"))] + Transport.choices)
    days = forms.IntegerField(label=_("Days"), required=False, min_value=0, max_value=366, help_text=_("Daily allowance: how many days."))
    nights = forms.IntegerField(label=_("Nights"), required=False, min_value=0, max_value=366, help_text=_("Accommodation: how many nights."))
    description = LineField(label=_("Description"), max_length=300, required=False, help_text=_("Other expenses: what it was."))
    amount = AmountField(label=_("Amount (TRY)"), min_value=None)

    def __init__(self, *args, match=None, rates=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.match, self.rates = match, rates if rates is not None else {}

    def clean(self):
        data = super().clean()
        if self.errors or self.match is None:
            return data
        for field, messages in rules.line_errors(self.match, data, self.rates).items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)
        return data


class BaseLineFormSet(forms.BaseFormSet):
    default_error_messages = {
        "too_few_forms": _("Enter at least one expense."),
        "too_many_forms": _("Enter at most %(num)d expenses in one claim."),
    }

    def __init__(self, *args, match=None, **kwargs):
        self.match = match
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"match": self.match, "rates": self.rates}

    @property
    def rates(self):
        if not hasattr(self, "_rates"):
            years = {self.match.start_date.year + n for n in range(self.match.end_date.year - self.match.start_date.year + 1)} if self.match else ()
            self._rates = rules.rates_for(years)
        return self._rates

    def lines(self) -> list[dict]:
        return [form.cleaned_data for form in self.forms if form.cleaned_data]


LineFormSet = forms.formset_factory(
    ClaimLineForm, formset=BaseLineFormSet, extra=2, min_num=1, validate_min=True, max_num=rules.MAX_LINES,
    validate_max=True, absolute_max=rules.MAX_LINES,
)


class ClaimForm(forms.Form):
    """Who travelled (a group's mentors choose), the receipts, the declaration."""

    claimant = forms.TypedChoiceField(label=_("Who travelled"), coerce=int, widget=forms.RadioSelect)
    receipts = MultipleFileField(
        label=_("Receipts"), required=False,
        help_text=_("Tickets, bills and invoices: %(types)s; at most %(count)d files of %(size)d MB each. "
                    "A daily allowance needs none.")
        % {"types": ALLOWED_LABEL, "count": rules.MAX_RECEIPTS, "size": MAX_FILE_SIZE // (1024 * 1024)},
    )
    declaration = forms.BooleanField(label=_("I declare that these expenses were incurred for this assignment and are not paid by anyone else."))
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, claimants, **kwargs):
        super().__init__(*args, **kwargs)
        self.claimants = claimants
        self.fields["claimant"].choices = [(a.pk, f"{a.name} · {a.institution_name}") for a in claimants]
        if len(claimants) == 1:
            self.fields["claimant"].widget = forms.HiddenInput()
            self.fields["claimant"].initial = claimants[0].pk

    def clean_receipts(self):
        return check_files(self.cleaned_data.get("receipts") or [], limit=rules.MAX_RECEIPTS)

    def claimant_application(self):
        return next(a for a in self.claimants if a.pk == self.cleaned_data["claimant"])


def summary_items(form, formset) -> list[dict]:
    """The error summary of the whole page: the claim's own problems, then each expense's, in page order."""
    items = error_summary_items(form)
    items += [{"anchor": "", "text": str(error)} for error in formset.non_form_errors()]
    for number, line in enumerate(formset.forms, start=1):
        for item in error_summary_items(line):
            items.append({**item, "text": _("Expense %(number)d — %(message)s") % {"number": number, "message": item["text"]}})
    return items


# -- the secretariat's decision -------------------------------------------------------------------------------

class DecisionForm(forms.Form):
    """Approve all, reject, or approve each expense up to its amount (with a reason when less)."""

    outcome = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect, choices=[
        (rules.APPROVE, _("Approve the whole claim")),
        (rules.PARTLY, _("Approve each expense as entered below")),
        (rules.REJECT, _("Reject the claim")),
    ])
    note = TextField(label=_("Decision note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                     help_text=_("Required when rejecting. The expert can read it on their private link."))

    def __init__(self, *args, claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines = list(claim.lines.all())
        for n, line in enumerate(self.lines, start=1):
            self.fields[f"approved_{line.pk}"] = AmountField(
                label=_("Expense %(number)d: amount approved (TRY)") % {"number": n}, required=False, min_value=0, initial=line.amount_claimed,
            )
            self.fields[f"reason_{line.pk}"] = LineField(
                label=_("Expense %(number)d: reason for approving less") % {"number": n}, required=False, max_length=500,
            )

    def approved(self) -> dict:
        return {line.pk: (self.cleaned_data.get(f"approved_{line.pk}"), self.cleaned_data.get(f"reason_{line.pk}", ""))
                for line in self.lines}

    def line_rows(self):
        return [(line, self[f"approved_{line.pk}"], self[f"reason_{line.pk}"]) for line in self.lines]

