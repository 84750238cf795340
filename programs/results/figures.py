"""The results tables: counts of applications, matches, meetings and satisfaction, anonymised.

Anonymised means no cell tells about fewer than ``THRESHOLD`` people: a count of 1 to 4
applications, matches or answers is suppressed (shown as "fewer than 5", ``None`` in the
data), and so is an average drawn from fewer than 5 answers. Where the hidden cell could be
worked out again from the others (a row's total less its other parts, a column's total less
its other cells), the next smallest cell is suppressed too ("secondary suppression").
Municipalities with fewer than 5 applications are merged into one row instead of being listed.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import get_language, gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from home.taxonomy import Institution
from portal.text import turkish_sort_key
from programs.applications.models import Application
from programs.calls.programmes import ProgramPage
from programs.followup.models import Feedback
from programs.matching.models import MeetingFormat
from programs.results import data
from programs.results.charts import format_value
from programs.results.columns import COLUMNS, Column

THRESHOLD = 5


@dataclass
class Table:
    """One dataset: a chart, its data table and its downloads."""

    key: str
    title: str
    description: str
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    #: Pairs (total column, part columns): the parts add up to the total (secondary suppression).
    sums: tuple = ()
    #: Columns whose total is published elsewhere (the key figures): the cells add up to it.
    totals: tuple = ()

    @property
    def chart_column(self) -> int:
        """The column drawn: the last count, which is the total where there are parts."""
        return max(i for i, column in enumerate(self.columns) if column.kind in ("count", "average"))

    @property
    def suppressed(self) -> int:
        return sum(1 for row in self.rows for value in row if value is None)

    def as_dicts(self) -> list[dict]:
        return [dict(zip((column.name for column in self.columns), row)) for row in self.rows]


def _hide_small(value, people=None):
    """``value`` unless it rests on 1–4 people (``people``, or the value itself when it counts them)."""
    people = value if people is None else people
    return None if 0 < people < THRESHOLD else value


def _protect(table: Table) -> None:
    """Secondary suppression: a single hidden cell must not be the difference of a sum."""
    index = {column.name: i for i, column in enumerate(table.columns)}
    for total, parts in table.sums:
        for row in table.rows:
            cells = [index[name] for name in parts]
            hidden = [i for i in cells if row[i] is None]
            if len(hidden) == 1 and row[index[total]] is not None:
                shown = [i for i in cells if row[i]]
                if shown:
                    row[min(shown, key=lambda i: row[i])] = None
    for i in (index[name] for name in table.totals):
        hidden = [row for row in table.rows if row[i] is None]
        shown = [row for row in table.rows if row[i]]
        if len(hidden) == 1 and shown:
            min(shown, key=lambda row: row[i])[i] = None


def _title(titles: dict, language: str) -> str:
    return titles.get(language) or titles.get("tr") or next(iter(titles.values()), "")


def _scope(raw, programme_key):
    return {key for key, call in raw.calls.items() if programme_key is None or call.programme_key == str(programme_key)}


def applications_by_call(raw, calls, language) -> Table:
    table = Table(
        "applications-by-call", _("Applications and matches by year and call"),
        _("Applications received by each call, by role, and the matches agreed and completed."),
        COLUMNS.pick("call", "year", "mentee_applications", "mentor_applications", "applications", "matches_agreed", "matches_completed"),
        sums=(("applications", ("mentee_applications", "mentor_applications")),),
        totals=("applications", "matches_agreed", "matches_completed"),
    )
    ordered = sorted((raw.calls[key] for key in calls), key=lambda call: (call.year, turkish_sort_key(_title(call.titles, language))))
    for call in ordered:
        mentees = raw.applications.get((call.key, Application.Role.MENTEE), 0)
        mentors = raw.applications.get((call.key, Application.Role.MENTOR), 0)
        agreed = sum(n for (key, state), n in raw.matches.items() if key == call.key and state in data.AGREED)
        completed = raw.matches.get((call.key, data.COMPLETED), 0)
        if mentees + mentors + agreed == 0:
            continue
        table.rows.append([
            _title(call.titles, language), call.year, _hide_small(mentees), _hide_small(mentors),
            _hide_small(mentees + mentors), _hide_small(agreed), _hide_small(completed),
        ])
    _protect(table)
    return table


def _one_count(key, title, description, label_column, counts: dict, order=None, totals=()) -> Table:
    table = Table(key, title, description, COLUMNS.pick(label_column, "applications"), totals=totals)
    labels = order or sorted(counts, key=turkish_sort_key)
    table.rows = [[label, _hide_small(counts[label])] for label in labels if counts.get(label)]
    _protect(table)
    return table


def applications_by_theme(raw, calls, language) -> Table:
    counts = defaultdict(int)
    for (call, theme), n in raw.themes.items():
        if call in calls:
            counts[_title(raw.theme_names.get(theme, {}), language) or gettext("Theme removed")] += n
    return _one_count(
        "applications-by-theme", _("Applications by theme"),
        _("An application may name several themes, so the rows add up to more than the applications."),
        "theme", counts,
    )


def applications_by_institution_type(raw, calls, language) -> Table:
    counts = defaultdict(int)
    labels = dict(Institution.Kind.choices)
    for (call, kind, _name, _city), n in raw.institutions.items():
        if call in calls:
            counts[str(labels.get(kind, _("Institution not on the list")))] += n
    order = [str(label) for label in labels.values()] + [str(_("Institution not on the list"))]
    return _one_count(
        "applications-by-institution-type", _("Applications by type of institution"),
        _("Applicants' institutions by type; some applicants named an institution that is not on the list."),
        "institution_type", counts, order=order, totals=("applications",),
    )


def applications_by_municipality(raw, calls, language) -> Table:
    counts = defaultdict(int)
    for (call, kind, name, city), n in raw.institutions.items():
        if call in calls and name:
            counts[f"{name} ({city})" if city else name] += n
    table = Table(
        "applications-by-municipality", _("Applications by municipality and institution"),
        _("Institutions with fewer than 5 applications are counted together in the last row."),
        COLUMNS.pick("institution", "applications"),
    )
    small = sum(n for n in counts.values() if n < THRESHOLD)
    table.rows = [[label, counts[label]] for label in sorted(counts, key=turkish_sort_key) if counts[label] >= THRESHOLD]
    if small:
        table.rows.append([gettext("Other institutions (fewer than 5 applications each)"), _hide_small(small)])
    return table


def matches_by_mode(raw, calls, language) -> Table:
    table = Table(
        "matches-by-mode", _("Matches by mode of mentoring"),
        _("Matches the parties agreed to (confirmed, active or completed), and those completed, by the programme's mode."),
        COLUMNS.pick("mode", "matches_completed", "matches_agreed"),
        totals=("matches_completed", "matches_agreed"),
    )
    agreed, completed = defaultdict(int), defaultdict(int)
    for (call, state), n in raw.matches.items():
        if call in calls and state in data.AGREED:
            mode = raw.calls[call].mode or ""
            agreed[mode] += n
            completed[mode] += n if state == data.COMPLETED else 0
    for mode, label in ProgramPage.ProgramType.choices:
        if agreed.get(mode):
            table.rows.append([str(label), _hide_small(completed[mode]), _hide_small(agreed[mode])])
    _protect(table)
    return table


def _summed(counts: dict, calls, kind: str, width: int) -> tuple:
    """The tuples of ``counts`` (keyed by call and kind) for ``kind`` in ``calls``, added up part by part."""
    found = [value for (call, found_kind), value in counts.items() if call in calls and found_kind == kind]
    return tuple(sum(parts) for parts in zip(*found)) if found else (0,) * width


def meetings_by_format(raw, calls, language) -> Table:
    table = Table(
        "meetings-by-format", _("Meetings held, face to face and online"),
        _("Meetings logged by the participants or the secretariat, and their length in hours."),
        COLUMNS.pick("meeting_format", "hours", "meetings"),
        totals=("meetings",),
    )
    for format_, label in MeetingFormat.choices:
        meetings, minutes, matches = _summed(raw.meetings, calls, format_, 3)
        if meetings:
            table.rows.append([str(label), _hide_small(round(minutes / 60, 1), matches), _hide_small(meetings, matches)])
    _protect(table)
    return table


def satisfaction(raw, calls, language) -> Table:
    table = Table(
        "satisfaction", _("Satisfaction at midpoint and at the end"),
        _("Average of the overall ratings (1 = poor, 5 = very good) given in the feedback forms."),
        COLUMNS.pick("stage", "answers", "average_rating"),
    )
    for stage, label in Feedback.Stage.choices:
        answers, total = _summed(raw.ratings, calls, stage, 2)
        if answers:
            table.rows.append([str(label), _hide_small(answers), _hide_small(round(total / answers, 1), answers)])
    return table


BUILDERS = (
    applications_by_call, applications_by_theme, applications_by_institution_type, applications_by_municipality,
    matches_by_mode, meetings_by_format, satisfaction,
)


def tables(programme_key=None, raw=None) -> list[Table]:
    """Every results table, for one programme (its translation key) or the whole programme, in the active language."""
    raw = raw or data.raw_counts()
    calls, language = _scope(raw, programme_key), get_language() or "tr"
    return [build(raw, calls, language) for build in BUILDERS]


@dataclass
class KeyFigure:
    label: str
    value: object  # None: suppressed

    @property
    def value_text(self) -> str:
        return format_value(self.value)


def key_figures(programme_key=None, raw=None) -> list[KeyFigure]:
    """The few numbers at the top of a results page, for one programme or the whole programme."""
    raw = raw or data.raw_counts()
    calls = _scope(raw, programme_key)
    return _key_figures({
        "institutions": len({(name, city) for (call, _kind, name, city) in raw.institutions if call in calls and name}),
        "applications": sum(n for (call, _role), n in raw.applications.items() if call in calls),
        "matches_agreed": sum(n for (call, state), n in raw.matches.items() if call in calls and state in data.AGREED),
        "matches_completed": sum(n for (call, state), n in raw.matches.items() if call in calls and state == data.COMPLETED),
        "meetings": sum(value[0] for (call, _f), value in raw.meetings.items() if call in calls),
    })


def headline() -> list[KeyFigure]:
    """The whole programme's key figures for the home page, from one query (``data.headline_counts``)."""
    return _key_figures(data.headline_counts())


def _key_figures(counts: dict) -> list[KeyFigure]:
    return [
        KeyFigure(pgettext_lazy("key figure", "institutions took part"), counts["institutions"]),
        KeyFigure(pgettext_lazy("key figure", "applications"), _hide_small(counts["applications"])),
        KeyFigure(pgettext_lazy("key figure", "matches agreed"), _hide_small(counts["matches_agreed"])),
        KeyFigure(pgettext_lazy("key figure", "matches completed"), _hide_small(counts["matches_completed"])),
        KeyFigure(pgettext_lazy("key figure", "meetings held"), _hide_small(counts["meetings"])),
    ]
