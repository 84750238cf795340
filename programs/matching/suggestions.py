"""Explained match suggestions for a call: applications in, ranked proposals out.

`build` works on plain `matching.Profile` objects (unit-tested without a
database); `for_call` gathers a call's eligible and shortlisted
applications, applies the secretariat's weights and rules, and labels the
explanations in the reader's language. Nothing here writes: accepting a
suggestion is `match_workflow.accept_suggestion`, always a person's decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from home.taxonomy import Theme
from programs.matching import states as match_states
from programs.matching.assignment import greedy_assignment, optimal_assignment, total_score
from programs.matching.scoring import Explanation, Profile, Weights, explain, score_matrix, text_similarity
from programs.models import Application, Match, MatchingSettings
from programs.preparation.models import ROLES_REQUIRED
from programs.preparation.records import completed_preparation, missing_preparation

COMPONENT_LABELS = {
    "themes": gettext_lazy("Shared themes"),
    "text": gettext_lazy("Need fits the expertise offered"),
    "language": gettext_lazy("Common language"),
    "format": gettext_lazy("Compatible format"),
    "other_institution": gettext_lazy("Mentor from another institution"),
}
BLOCK_LABELS = {
    "same_institution": gettext_lazy("Same institution"),
    "excluded": gettext_lazy("Excluded by the secretariat"),
}


@dataclass(frozen=True)
class Suggestion:
    mentee_index: int
    mentor_index: int
    score: float
    explanation: Explanation


@dataclass
class SuggestionSet:
    """The optimal proposal, with what a greedy pick would have achieved."""

    suggestions: list[Suggestion]
    total: float
    greedy_total: float
    unmatched_mentees: list[int] = field(default_factory=list)

    @property
    def gain(self) -> float:
        return self.total - self.greedy_total

    @property
    def gain_percent(self) -> float | None:
        return 100 * self.gain / self.greedy_total if self.greedy_total > 0 else None


def build(
    mentees: Sequence[Profile],
    mentors: Sequence[Profile],
    weights: Weights,
    capacity: Sequence[int],
    excluded_pairs=(),
) -> SuggestionSet:
    """Optimal pairs with explanations, best score first."""
    similarity = text_similarity([p.text for p in mentees], [p.text for p in mentors])
    scores = score_matrix(mentees, mentors, weights, excluded_pairs, similarity=similarity)
    pairs = optimal_assignment(scores, capacity)
    greedy = greedy_assignment(scores, capacity)
    suggestions = [
        Suggestion(i, j, float(scores[i, j]), explain(mentees[i], mentors[j], weights, similarity[i, j], excluded_pairs=excluded_pairs))
        for i, j in pairs
    ]
    suggestions.sort(key=lambda s: (-s.score, s.mentee_index))
    matched = {i for i, _ in pairs}
    return SuggestionSet(
        suggestions=suggestions,
        total=total_score(scores, pairs),
        greedy_total=total_score(scores, greedy),
        unmatched_mentees=[i for i in range(len(mentees)) if i not in matched],
    )


def team_profile(team_id, members: Sequence[Profile]) -> Profile:
    """One profile for a team of mentors: what any member brings, the team brings.

    A team spans institutions, so it claims none: the "other institution"
    rule is checked per member by `group_exclusions`.
    """
    formats = {p.format for p in members}
    return Profile(
        id=team_id,
        themes=frozenset().union(*(p.themes for p in members)),
        text="\n".join(p.text for p in members),
        languages=frozenset().union(*(p.languages for p in members)),
        format=formats.pop() if len(formats) == 1 else "either",
        institution=None,
    )


def group_exclusions(mentees: Sequence[Profile], teams: dict, weights: Weights) -> set[tuple]:
    """(mentee, team) pairs where a mentor of the team shares the mentee's institution."""
    if not weights.require_other_institution:
        return set()
    return {
        (mentee.id, team_id)
        for team_id, members in teams.items()
        for mentee in mentees
        if mentee.institution is not None and any(m.institution == mentee.institution for m in members)
    }


# --------------------------------------------------------------------------
# Django side
# --------------------------------------------------------------------------


def profile_for(application) -> Profile:
    """Themes compared by translation key, so a Turkish and an English form agree."""
    institution = application.institution_id or (application.institution_other.strip().casefold() or None)
    return Profile(
        id=application.pk,
        themes=frozenset(str(t.translation_key) for t in application.themes.all()),
        text=application.description,
        languages=frozenset(application.languages or []),
        format=application.preferred_format if application.preferred_format in ("face_to_face", "online") else "either",
        institution=institution,
    )


def label_components(explanation: Explanation, theme_names: dict) -> list[dict]:
    """JSON-ready lines for the screen and for `Match.explanation`."""
    lines = []
    for c in explanation.components:
        if c.key == "themes":
            detail = ", ".join(sorted(theme_names.get(key, key) for key in c.detail))
        elif c.key == "language":
            detail = ", ".join(code.upper() for code in c.detail)
        elif c.key == "text":
            detail = _("similarity %(value)s") % {"value": number_format(c.value, 2)}
        else:
            detail = _("yes") if c.value else _("no")
        lines.append(
            {"key": c.key, "label": str(COMPONENT_LABELS[c.key]), "value": round(c.value, 4), "weight": c.weight,
             "contribution": round(c.contribution, 4), "detail": detail}
        )
    return lines


@dataclass
class CallSuggestions:
    settings: object
    mentees: list
    mentors: list  # applications, or MentoringGroup objects in group mode
    result: SuggestionSet
    rows: list  # (mentee, mentor, score, lines)
    #: The pool's people whose role the call's preparation rule concerns, each with ``preparation_done`` set.
    prepared_people: list = field(default_factory=list)


POOL_STATUSES = ("eligible", "shortlisted", "waitlisted")


def live_matches(call):
    return Match.objects.filter(call=call.original).exclude(state=match_states.CANCELLED)


def pool(call):
    """Eligible, shortlisted or waitlisted applications; mentees not yet in a live match."""
    taken = live_matches(call)
    applications = Application.of_call(call).select_related("institution").prefetch_related("themes").order_by("created_at", "pk")
    mentees = list(
        applications.filter(role=Application.Role.MENTEE, status__in=POOL_STATUSES).exclude(pk__in=taken.values("mentee_id"))
    )
    # A matched mentor may still have room (capacity and group modes).
    mentors = list(applications.filter(role=Application.Role.MENTOR, status__in=(*POOL_STATUSES, "matched")))
    return mentees, mentors


def matching_settings(call):
    settings, _created = MatchingSettings.objects.get_or_create(call=call.original)
    return settings


def theme_names_for(applications) -> dict:
    keys = {str(t.translation_key) for a in applications for t in a.themes.all()}
    names = {str(t.translation_key): t.name for t in Theme.objects.filter(translation_key__in=keys)}
    names.update({str(t.translation_key): t.name for t in Theme.objects.filter(translation_key__in=keys, locale=Locale.get_active())})
    return names


def mark_preparation(applications, required: str) -> list:
    """Those of ``applications`` whose role the call's rule concerns (each once), with ``preparation_done`` set on every
    copy given; one query for all of them."""
    roles = ROLES_REQUIRED.get(required, frozenset())
    concerned = list({a.pk: a for a in applications if a.role in roles}.values())
    if not concerned:
        return []
    unprepared = {a.pk for a in missing_preparation(concerned, required, completed_preparation(a.email for a in concerned))}
    for application in applications:
        application.preparation_done = application.pk not in unprepared if application.role in roles else None
    return concerned


def for_call(call) -> CallSuggestions:
    """The optimal proposal for the call's pool. Whoever lacks the preparation the call requires is never proposed:
    their pairs are excluded (a mentor's or a group's capacity becomes 0)."""
    settings = matching_settings(call)
    weights = settings.weights()
    mentees, mentors = pool(call)
    excluded = {(p.mentee_id, p.mentor_id) for p in settings.excluded_pairs.all()}
    mentee_profiles = [profile_for(a) for a in mentees]
    taken = live_matches(call)
    groups = []
    if settings.mode == settings.Mode.GROUP:
        groups = list(call.original.mentoring_groups.prefetch_related("mentors__themes", "mentors__institution"))
    concerned = mark_preparation([*mentees, *mentors, *(m for g in groups for m in g.mentors.all())], settings.required_preparation)
    prepared = {a.pk: a.preparation_done for a in concerned}
    if settings.mode == settings.Mode.GROUP:
        teams = {g.pk: [profile_for(m) for m in g.mentors.all()] for g in groups}
        mentor_profiles = [team_profile(g.pk, teams[g.pk]) for g in groups]
        excluded |= group_exclusions(mentee_profiles, teams, weights)
        used = {g.pk: taken.filter(group=g).count() for g in groups}
        capacity = [max(g.capacity - used[g.pk], 0) if all(prepared.get(m.pk, True) for m in g.mentors.all()) else 0 for g in groups]
        candidates = groups
    else:
        mentor_profiles = [profile_for(a) for a in mentors]
        per_mentor = settings.mentor_capacity if settings.mode == settings.Mode.CAPACITY else 1
        used = {}
        for mentor_id in taken.filter(mentor__isnull=False).values_list("mentor_id", flat=True):
            used[mentor_id] = used.get(mentor_id, 0) + 1
        capacity = [max(per_mentor - used.get(a.pk, 0), 0) if prepared.get(a.pk, True) else 0 for a in mentors]
        candidates = mentors
    excluded |= {(m.pk, c.pk) for m in mentees if not prepared.get(m.pk, True) for c in candidates}
    result = build(mentee_profiles, mentor_profiles, weights, capacity, excluded)
    names = theme_names_for(mentees + mentors)
    rows = [
        (mentees[s.mentee_index], candidates[s.mentor_index], s.score, label_components(s.explanation, names))
        for s in result.suggestions
    ]
    return CallSuggestions(settings=settings, mentees=mentees, mentors=candidates, result=result, rows=rows, prepared_people=concerned)


def explain_pair(call, mentee, mentor) -> tuple[float | None, list[dict], str | None]:
    """Score and reasons for one pair (manual matches, "edit" of a suggestion), in the call's pool."""
    settings = matching_settings(call)
    mentees, mentors = pool(call)
    if mentee not in mentees:
        mentees.append(mentee)
    if mentor not in mentors:
        mentors.append(mentor)
    similarity = text_similarity([a.description for a in mentees], [a.description for a in mentors])
    i, j = mentees.index(mentee), mentors.index(mentor)
    excluded = {(p.mentee_id, p.mentor_id) for p in settings.excluded_pairs.all()}
    explanation = explain(profile_for(mentee), profile_for(mentor), settings.weights(), float(similarity[i, j]), excluded_pairs=excluded)
    blocked = str(BLOCK_LABELS[explanation.blocked_by]) if explanation.blocked_by else None
    return explanation.total, label_components(explanation, theme_names_for([mentee, mentor])), blocked

