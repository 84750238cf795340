"""Forms of the follow-up: a meeting log (the match page and the private link) and a feedback answer, each
with a question per goal of the match's development plan."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.cleaning import LineField, TextField
from programs.followup.goals import NOTE_MAX, GoalRating, GoalStatus
from programs.followup.plans import PROGRESS_STATUSES
from programs.matching.forms import PastDateField
from programs.models import Meeting, MeetingFormat


class MeetingForm(forms.ModelForm):
    held_on = PastDateField(_("Date"))

    class Meta:
        model = Meeting
        fields = ["held_on", "format", "duration_minutes", "topic", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3}), "format": forms.RadioSelect}
        field_classes = {"topic": LineField, "notes": TextField}

    def __init__(self, *args, goals=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["format"].choices = MeetingFormat.choices
        # The date and duration rules are Meeting.clean's (programs/followup/meetings.py).
        self.goals = list(goals)
        statuses = [("", _("No change"))] + [(value, GoalStatus(value).label) for value in PROGRESS_STATUSES]
        for goal in self.goals:
            self.fields[f"goal_{goal.pk}_status"] = forms.ChoiceField(
                label=_("“%(goal)s”: where it stands after this meeting") % {"goal": goal.title}, choices=statuses, required=False,
            )
            self.fields[f"goal_{goal.pk}_note"] = TextField(
                label=_("“%(goal)s”: progress note") % {"goal": goal.title}, max_length=NOTE_MAX, required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def meeting_fields(self):
        return [self[name] for name in self._meta.fields]

    def progress_fields(self):
        return [(goal, self[f"goal_{goal.pk}_status"], self[f"goal_{goal.pk}_note"]) for goal in self.goals]

    def meeting_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}

    def progress(self) -> list[dict]:
        """What `log_meeting` takes: one entry per goal (those saying nothing are skipped there)."""
        data = self.cleaned_data
        return [{"goal": goal.pk, "status": data[f"goal_{goal.pk}_status"], "note": data[f"goal_{goal.pk}_note"]} for goal in self.goals]


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Overall, how useful is the mentoring for you?"),
        choices=[(str(i), label) for i, label in [(5, _("5 – very useful")), (4, "4"), (3, "3"), (2, "2"), (1, _("1 – not useful"))]],
        coerce=int,
        widget=forms.RadioSelect,
    )
    went_well = TextField(label=_("What went well?"), max_length=3000, required=False, widget=forms.Textarea(attrs={"rows": 4}))
    to_improve = TextField(label=_("What could be better?"), max_length=3000, required=False, widget=forms.Textarea(attrs={"rows": 4}))

    ANSWERS = ("rating", "went_well", "to_improve")

    def __init__(self, *args, goals=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.goals = list(goals)
        for goal in self.goals:
            # Asked of both sides but not required: a mentor may not know how far one of the mentee's goals got.
            self.fields[f"goal_{goal.pk}"] = forms.ChoiceField(
                label=_("How far did you get with “%(goal)s”?") % {"goal": goal.title}, choices=GoalRating.Level.choices,
                widget=forms.RadioSelect, required=False,
            )

    def answers(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.ANSWERS}

    def goal_ratings(self) -> dict:
        """{goal id: level} for the goals answered."""
        return {goal.pk: level for goal in self.goals if (level := self.cleaned_data[f"goal_{goal.pk}"])}


def _yes(value) -> bool:
    return value == "yes"


class GoodPracticeForm(forms.Form):
    """A completed match's participant proposes a good practice (programs/followup/proposals.py)."""

    problem = TextField(
        label=_("What problem did you work on?"), max_length=600, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few sentences; they become the practice's summary."),
    )
    what_was_done = TextField(label=_("What was done?"), max_length=3000, widget=forms.Textarea(attrs={"rows": 6}))
    result = TextField(label=_("What was the result?"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4}))
    to_repeat = TextField(
        label=_("What would another municipality need to repeat it?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For example people, skills, budget, time, partners or permissions."),
    )
    consent_to_be_named = forms.TypedChoiceField(
        label=_("May we name you and your institution with this practice?"),
        choices=[("yes", _("Yes, you may name me and my institution")), ("no", _("No, do not name me or my institution"))],
        coerce=_yes,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether we may name you and your institution.")},
    )
