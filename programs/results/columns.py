"""The data dictionary: every column a results table or dataset may have, what it means and its unit.

Files use ``name`` as the column heading (stable, in every language); pages show ``title``.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Column:
    name: str
    title: str
    description: str
    unit: str
    #: "label" (text naming the row), "year", "count" (whole number of people, matches or meetings),
    #: "measure" (a total such as hours) or "average".
    kind: str

    @property
    def datatype(self) -> str:
        """The column's type in the JSON schema of the datasets."""
        return {"label": "string", "year": "integer", "count": "integer"}.get(self.kind, "number")


class Dictionary(dict):
    def pick(self, *names) -> list[Column]:
        return [self[name] for name in names]


def _columns(*columns):
    return Dictionary((column.name, column) for column in columns)


COUNT_NOTE = _("Empty where fewer than 5 are counted (suppressed to protect people).")

COLUMNS = _columns(
    Column("year", _("Year"), _("The year the call opened."), _("year"), "year"),
    Column("call", _("Call"), _("The call's title."), _("text"), "label"),
    Column("theme", _("Theme"), _("A theme the applicants chose."), _("text"), "label"),
    Column("institution_type", _("Type of institution"), _("The type of the applicant's institution."), _("text"), "label"),
    Column("institution", _("Institution"), _("The applicant's municipality or institution, with its city."), _("text"), "label"),
    Column("mode", _("Mode"), _("How the programme pairs people: one-to-one, group, reverse and so on."), _("text"), "label"),
    Column("meeting_format", _("Format"), _("Where the meeting took place: face to face or online."), _("text"), "label"),
    Column("stage", _("Stage"), _("When the feedback was asked for: at the midpoint or at the end."), _("text"), "label"),
    Column("mentee_applications", _("Mentee applications"), _("Applications of people who seek knowledge."), _("applications"), "count"),
    Column("mentor_applications", _("Mentor applications"), _("Applications of people who offer expertise."), _("applications"), "count"),
    Column("applications", _("Applications"), _("Applications received."), _("applications"), "count"),
    Column("matches_agreed", _("Matches agreed"), _("Matches confirmed by both sides, whether running or completed."), _("matches"), "count"),
    Column("matches_completed", _("Matches completed"), _("Matches that reached their end."), _("matches"), "count"),
    Column("meetings", _("Meetings"), _("Meetings logged."), _("meetings"), "count"),
    Column("hours", _("Hours"), _("The meetings' total length."), _("hours"), "measure"),
    Column("answers", _("Answers"), _("Feedback forms answered with a rating."), _("answers"), "count"),
    Column("average_rating", _("Average rating"), _("The mean of the ratings, from 1 (poor) to 5 (very good)."), _("points out of 5"), "average"),
)
