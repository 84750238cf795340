"""The programme's raw counts, per call, read in a fixed number of queries and kept until anything changes.

Every count is grouped by the call's translation key, so the Turkish and the English
page of a call are one call, and a programme's results are the sum over its calls.
The counts carry no name, e-mail or free text: only keys, choices and numbers. They are
cached under the page cache's generation, which every change to applications, matches,
meetings, feedback and pages moves on (``ProgramsConfig.ready`` watches those models):
the figures are never older than the data.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce, Left

from home.taxonomy import Theme
from portal import page_cache
from programs.applications.models import Application
from programs.calls.models import CallPage
from programs.calls.programmes import ProgramPage
from programs.followup.models import Feedback, Meeting
from programs.matching import states as match_states
from programs.matching.models import Match

CACHE_KEY = "results:raw:{generation}"


@dataclass
class CallInfo:
    key: str
    programme_key: str | None
    mode: str | None
    year: int
    titles: dict[str, str] = field(default_factory=dict)


@dataclass
class RawCounts:
    """Counts keyed by call (translation key, as a string) and a category."""

    calls: dict[str, CallInfo]
    theme_names: dict[str, dict[str, str]]
    applications: dict[tuple[str, str], int]  # (call, role)
    themes: dict[tuple[str, str], int]  # (call, theme key)
    institutions: dict[tuple[str, str, str, str], int]  # (call, kind, name, city); kind "" = typed in by hand
    matches: dict[tuple[str, str], int]  # (call, state)
    meetings: dict[tuple[str, str], tuple[int, int, int]]  # (call, format): meetings, minutes, matches
    ratings: dict[tuple[str, str], tuple[int, int]]  # (call, stage): answers, sum of ratings
    updated_at: object = None
    #: {tree path of a programme page (any language): the programme's translation key}
    programme_paths: dict = field(default_factory=dict)


def raw_counts() -> RawCounts:
    key = CACHE_KEY.format(generation=page_cache.generation())
    found = cache.get(key)
    if found is None:
        found = read_counts()
        cache.set(key, found, timeout=24 * 3600)
    return found


def _calls() -> tuple[dict[str, CallInfo], dict[str, str]]:
    """Each call (every language of it) with its programme's key and mode, in one query: a programme is
    the call's parent, the page whose tree path is the call's less its last step."""
    parent = ProgramPage.objects.filter(path=Left(OuterRef("path"), (OuterRef("depth") - 1) * ProgramPage.steplen))
    rows = CallPage.objects.annotate(
        programme_key=Subquery(parent.values("translation_key")[:1]), mode=Subquery(parent.values("program_type")[:1])
    ).values("path", "translation_key", "title", "opens_at", "locale__language_code", "programme_key", "mode")
    calls, programme_paths = {}, {}
    for row in rows.order_by("pk"):
        key = str(row["translation_key"])
        if row["programme_key"]:
            programme_paths[row["path"][: -ProgramPage.steplen]] = str(row["programme_key"])
        if key not in calls:
            programme = row["programme_key"]
            calls[key] = CallInfo(key, str(programme) if programme else None, row["mode"], row["opens_at"].year)
        calls[key].titles[row["locale__language_code"]] = row["title"]
    return calls, programme_paths


def _grouped(rows, *names, value="n"):
    """{(names…): value} from grouped rows, and the newest change among them."""
    found = defaultdict(int)
    for row in rows:  # rows may be finer than the key (by role, say): add them up
        found[tuple(str(row[name] or "") for name in names)] += row[value]
    return dict(found), max((row["changed"] for row in rows if row["changed"]), default=None)


def read_counts() -> RawCounts:
    """Six grouped queries, each also giving its newest change (the datasets' date)."""
    applications = Application.objects.order_by()
    # Each theme's name in every language, read with its count (no query of its own).
    names = {
        f"name_{code}": Subquery(
            Theme.objects.filter(translation_key=OuterRef("themes__translation_key"), locale__language_code=code).values("name")[:1]
        )
        for code, _label in settings.WAGTAIL_CONTENT_LANGUAGES
    }
    per_theme = list(
        applications.filter(themes__isnull=False).values("call_key", "themes__translation_key")
        .annotate(n=Count("id"), changed=Max("updated_at"), **names)
    )
    themes, _changed = _grouped(per_theme, "call_key", "themes__translation_key")
    theme_names = {
        str(row["themes__translation_key"]): {name[5:]: row[name] for name in names if row[name]} for row in per_theme
    }
    per_institution = list(
        applications.values("call_key", "role", "institution__kind", "institution__name", "institution__city")
        .annotate(n=Count("id"), changed=Max("updated_at"))
    )
    institutions, applications_changed = _grouped(
        per_institution, "call_key", "institution__kind", "institution__name", "institution__city"
    )
    roles = defaultdict(int)
    for row in per_institution:
        roles[(str(row["call_key"]), row["role"])] += row["n"]
    matches, matches_changed = _grouped(
        list(Match.objects.order_by().values("call__translation_key", "state").annotate(n=Count("id"), changed=Max("updated_at"))),
        "call__translation_key", "state",
    )
    meetings = list(Meeting.objects.order_by().values("match__call__translation_key", "format").annotate(
        n=Count("id"), minutes=Coalesce(Sum("duration_minutes"), 0), matches=Count("match", distinct=True), changed=Max("created_at"),
    ))
    ratings = Feedback.objects.filter(submitted_at__isnull=False, rating__isnull=False).order_by()
    ratings = list(ratings.values("match__call__translation_key", "stage").annotate(
        n=Count("id"), total=Sum("rating"), changed=Max("submitted_at")
    ))
    calls, programme_paths = _calls()
    moments = [applications_changed, matches_changed] + [row["changed"] for row in meetings + ratings]
    return RawCounts(
        calls=calls,
        programme_paths=programme_paths,
        theme_names=theme_names,
        applications=dict(roles),
        themes=themes,
        institutions=institutions,
        matches=matches,
        meetings={
            (str(row["match__call__translation_key"]), row["format"]): (row["n"], row["minutes"], row["matches"]) for row in meetings
        },
        ratings={(str(row["match__call__translation_key"]), row["stage"]): (row["n"], row["total"]) for row in ratings},
        updated_at=max((moment for moment in moments if moment), default=None),
    )


AGREED = match_states.AGREED_STATES
COMPLETED = match_states.COMPLETED


HEADLINE_KEY = "results:headline:{generation}"


def headline_counts() -> dict[str, int]:
    """The whole programme's key counts in one query (a UNION of five counts): what the home page shows, which
    must not cost the six queries of ``raw_counts``. Cached like them."""
    key = HEADLINE_KEY.format(generation=page_cache.generation())
    found = cache.get(key)
    if found is None:
        found = _read_headline()
        cache.set(key, found, timeout=24 * 3600)
    return found


def _count(queryset, name: str, counted=Count("pk")):
    return queryset.order_by().annotate(figure=Value(name)).values("figure").annotate(n=counted).values_list("figure", "n")


def _read_headline() -> dict[str, int]:
    parts = [
        _count(Application.objects.all(), "applications"),
        _count(Application.objects.filter(institution__isnull=False), "institutions", Count("institution", distinct=True)),
        _count(Match.objects.filter(state__in=AGREED), "matches_agreed"),
        _count(Match.objects.filter(state=COMPLETED), "matches_completed"),
        _count(Meeting.objects.all(), "meetings"),
    ]
    found = dict.fromkeys(("applications", "institutions", "matches_agreed", "matches_completed", "meetings"), 0)
    found.update(dict(parts[0].union(*parts[1:], all=True)))
    return found
