"""The development plan's form: 2–5 goals as a formset, on the mentee's private link and the match page.

`PlanForm` wraps the formset so that it reads like one form to the error summary
(`programs/includes/error_summary.html`) and to the admin's messages (`secretariat.show_form_errors`). The count
is checked here for a clear message next to the rows, and again by `plans.set_goals` whatever the caller.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.cleaning import LineField, TextField
from programs.followup.goals import DESCRIPTION_MAX, TITLE_MAX
from programs.followup.plans import GOALS_MAX, GOALS_MIN

COUNT_MESSAGE = _("Write from 2 to 5 goals.")


class GoalForm(forms.Form):
    goal = forms.IntegerField(widget=forms.HiddenInput, required=False)
    title = LineField(max_length=TITLE_MAX, error_messages={"required": _("Enter the goal's title.")})
    description = TextField(max_length=DESCRIPTION_MAX, required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, number=1, **kwargs):
        super().__init__(*args, **kwargs)
        self.number = number
        self.fields["title"].label = _("Goal %(n)s") % {"n": number}
        self.fields["title"].help_text = _("A short sentence, for example “Plan activities that suit each age group”.") if number == 1 else ""
        self.fields["description"].label = _("Goal %(n)s: what success looks like (optional)") % {"n": number}


class BaseGoalFormSet(forms.BaseFormSet):
    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "number": (index or 0) + 1}

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Goal %(n)s: take it out of the plan") % {"n": (index or 0) + 1}

    def filled(self) -> list:
        """The rows that make the plan: the current goals not taken out, and the new rows written in."""
        return [
            form for index, form in enumerate(self.forms)
            if (index < self.initial_form_count() or form.has_changed()) and not self._should_delete_form(form)
            and form.cleaned_data.get("title")
        ]

    def clean(self):
        if any(form.errors for form in self.forms if not self._should_delete_form(form)):
            return
        if not GOALS_MIN <= len(self.filled()) <= GOALS_MAX:
            raise ValidationError(COUNT_MESSAGE, code="count")


GoalFormSet = forms.formset_factory(
    GoalForm, formset=BaseGoalFormSet, extra=0, can_delete=True, can_delete_extra=False, max_num=GOALS_MAX, absolute_max=GOALS_MAX, validate_max=True,
)


class PlanForm:
    """The plan's rows: the current goals, then empty rows up to five. An empty row is ignored; a goal is taken
    out by ticking its box (dropped, not deleted, once it has progress notes)."""

    prefix = "goals"

    def __init__(self, data=None, *, goals=()):
        initial = [{"goal": goal.pk, "title": goal.title, "description": goal.description} for goal in goals]
        self.formset = GoalFormSet(data, initial=initial, prefix=self.prefix,
                                   error_messages={"too_many_forms": COUNT_MESSAGE})
        self.formset.extra = max(0, GOALS_MAX - len(initial))
        self._rule_errors: list[str] = []

    def is_valid(self) -> bool:
        return self.formset.is_valid() and not self._rule_errors

    def goals(self) -> list[dict]:
        """What `plans.set_goals` takes, in the order of the rows."""
        return [{"id": form.cleaned_data.get("goal"), "title": form.cleaned_data["title"],
                 "description": form.cleaned_data.get("description", "")} for form in self.formset.filled()]

    def add_error(self, error: ValidationError) -> None:
        self._rule_errors += error.messages

    def non_field_errors(self) -> list[str]:
        """The plan's own errors, each row's, and a crafted hidden goal id's (no field on the page to link to)."""
        rows = [str(error) for form in self.formset.forms for error in form.non_field_errors()]
        hidden = [str(error) for form in self.formset.forms for field in form.hidden_fields() for error in field.errors]
        return [*self.formset.non_form_errors(), *rows, *hidden, *self._rule_errors]

    @property
    def errors(self) -> dict:
        """{field's full name: messages}, "__all__" for the plan as a whole; empty when all is well."""
        if not self.formset.is_bound:
            return {}
        self.formset.is_valid()
        found = {f"{form.prefix}-{name}": errors for form in self.formset.forms for name, errors in form.errors.items()}
        return {"__all__": self.non_field_errors(), **found} if self.non_field_errors() else found

    @property
    def fields(self) -> dict:
        return {f"{form.prefix}-{name}": field for form in self.formset.forms for name, field in form.fields.items()}

    def __iter__(self):
        """The visible fields in page order (the error summary links to them)."""
        for form in self.formset.forms:
            yield from form.visible_fields()
