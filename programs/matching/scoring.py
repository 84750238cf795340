"""Mentor matching core: explainable pair scores (the assignment is in `programs.matching.assignment`).

Pure Python + numpy/scipy on plain data, so it can be unit-tested and
benchmarked without Django; the Django layer maps models to `Profile`,
translates the component keys into labels and stores the chosen pairs.

Conventions
-----------
* Scores are "higher is better". A disallowed pair is ``None`` in nested
  lists and ``NaN`` (or a masked entry) in numpy arrays.
* A pair with score ``<= 0`` is never worth taking: leaving the mentee
  unmatched (score 0) is always at least as good, so both assignment
  functions treat such pairs like disallowed ones and never return them.
* Assignments are lists of ``(mentee_index, mentor_index)``, sorted.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from portal.text import tokenize

__all__ = [
    "COMPONENT_KEYS",
    "FORMATS",
    "Component",
    "Explanation",
    "Profile",
    "Weights",
    "explain",
    "score_matrix",
    "text_similarity",
]

FORMATS = ("face_to_face", "online", "either")
#: Stable, label-free keys of the score components, in display order.
COMPONENT_KEYS = ("themes", "text", "language", "format", "other_institution")


# --------------------------------------------------------------------------
# Plain-data profiles and weights
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """What the matcher needs to know about a mentee or a mentor.

    Iterables given for ``themes``/``languages`` are frozen, so callers can
    pass lists straight from a queryset.
    """

    id: Hashable
    themes: frozenset = frozenset()
    text: str = ""
    languages: frozenset = frozenset()
    format: str = "either"
    institution: str | int | None = None

    def __post_init__(self):
        object.__setattr__(self, "themes", frozenset(self.themes))
        object.__setattr__(self, "languages", frozenset(self.languages))
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, not {self.format!r}")


@dataclass(frozen=True)
class Weights:
    """Weight of each component; the defaults sum to 1 so totals lie in 0..1.

    ``require_other_institution`` is on by default because the programme
    exists to share knowledge *between* institutions: a same-institution
    pair is then disallowed rather than merely scored lower.
    """

    themes: float = 0.4
    text: float = 0.3
    language: float = 0.1
    format: float = 0.1
    other_institution: float = 0.1
    require_other_institution: bool = True

    def __post_init__(self):
        for key in COMPONENT_KEYS:
            value = getattr(self, key)
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"weight {key!r} must be a finite number >= 0")


@dataclass(frozen=True)
class Component:
    """One line of an explanation: ``contribution == weight * value``.

    ``detail`` carries the evidence where there is some (the shared theme
    ids or language codes, sorted) so the UI can say "2 of 3 themes".
    """

    key: str
    value: float
    weight: float
    contribution: float
    detail: tuple = ()


@dataclass(frozen=True)
class Explanation:
    """Why a pair scores what it scores.

    ``total`` is the sum of the contributions, or ``None`` when a rule
    blocks the pair; ``blocked_by`` then names the rule
    (``"same_institution"`` or ``"excluded"``). Components are filled in
    either way so the admin can still see how good the pair would be.
    """

    components: tuple[Component, ...]
    total: float | None
    blocked_by: str | None = None


# --------------------------------------------------------------------------
# TF-IDF
# --------------------------------------------------------------------------


def _tfidf(documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows (sublinear tf, smoothed idf), one per document."""
    vocabulary: dict[str, int] = {}
    indptr, indices, counts = [0], [], []
    for tokens in documents:
        for term, count in Counter(tokens).items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.asarray(counts, dtype=float), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(documents), len(vocabulary)),
    )
    document_frequency = np.bincount(matrix.indices, minlength=len(vocabulary))
    idf = np.log((1 + len(documents)) / (1 + document_frequency)) + 1
    matrix.data = (1 + np.log(matrix.data)) * idf[matrix.indices]
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix)


def text_similarity(mentee_texts: Sequence[str], mentor_texts: Sequence[str]) -> np.ndarray:
    """TF-IDF cosine similarity of every mentee text with every mentor text.

    The idf is learnt from all the texts given (mentees and mentors
    together), so a pair's similarity depends on the pool it is computed
    in; `explain` therefore takes the value from this matrix instead of
    recomputing it. One sparse product gives the whole matrix.
    """
    documents = [tokenize(text) for text in (*mentee_texts, *mentor_texts)]
    m, n = len(mentee_texts), len(mentor_texts)
    if m == 0 or n == 0:
        return np.zeros((m, n))
    vectors = _tfidf(documents)
    product = (vectors[:m] @ vectors[m:].T).toarray()
    return np.clip(product, 0.0, 1.0, out=product)


# --------------------------------------------------------------------------
# Pair scores
# --------------------------------------------------------------------------


def _sorted_detail(items: Iterable) -> tuple:
    return tuple(sorted(items, key=lambda item: (type(item).__name__, item)))


def _same_institution(a: Profile, b: Profile) -> bool:
    return a.institution is not None and a.institution == b.institution


def _other_institution(a: Profile, b: Profile) -> bool:
    # Unknown institution: no claim that knowledge crosses institutions.
    return a.institution is not None and b.institution is not None and a.institution != b.institution


def _formats_compatible(a: str, b: str) -> bool:
    return a == b or "either" in (a, b)


def explain(
    mentee: Profile,
    mentor: Profile,
    weights: Weights,
    similarity: float,
    *,
    excluded_pairs: Iterable[tuple] = (),
) -> Explanation:
    """Break a pair's score into weighted components.

    ``similarity`` is the text similarity of the pair as computed by
    `text_similarity` over the whole pool. ``total`` equals the pair's
    entry in `score_matrix` (same arithmetic, same order).
    """
    shared_themes = mentee.themes & mentor.themes
    shared_languages = mentee.languages & mentor.languages
    values = {
        "themes": len(shared_themes) / len(mentee.themes) if mentee.themes else 0.0,
        "text": float(similarity),
        "language": 1.0 if shared_languages else 0.0,
        "format": 1.0 if _formats_compatible(mentee.format, mentor.format) else 0.0,
        "other_institution": 1.0 if _other_institution(mentee, mentor) else 0.0,
    }
    details = {"themes": _sorted_detail(shared_themes), "language": _sorted_detail(shared_languages)}
    components = tuple(
        Component(
            key=key,
            value=values[key],
            weight=getattr(weights, key),
            contribution=getattr(weights, key) * values[key],
            detail=details.get(key, ()),
        )
        for key in COMPONENT_KEYS
    )
    blocked_by = None
    if weights.require_other_institution and _same_institution(mentee, mentor):
        blocked_by = "same_institution"
    elif (mentee.id, mentor.id) in set(excluded_pairs):
        blocked_by = "excluded"
    total = None if blocked_by else sum(component.contribution for component in components)
    return Explanation(components=components, total=total, blocked_by=blocked_by)


def _incidence(profiles: Sequence[Profile], attribute: str, index: dict) -> tuple[list, list]:
    """(row, column) coordinates of a profile x item incidence matrix, sharing ``index``."""
    rows, cols = [], []
    for row, profile in enumerate(profiles):
        for item in getattr(profile, attribute):
            rows.append(row)
            cols.append(index.setdefault(item, len(index)))
    return rows, cols


def _overlap_counts(mentees, mentors, attribute: str) -> np.ndarray:
    index: dict = {}
    mentee_rc = _incidence(mentees, attribute, index)
    mentor_rc = _incidence(mentors, attribute, index)
    shape = len(index)

    def build(rc, count):
        rows, cols = rc
        return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(count, shape))

    return (build(mentee_rc, len(mentees)) @ build(mentor_rc, len(mentors)).T).toarray()


def score_matrix(
    mentees: Sequence[Profile],
    mentors: Sequence[Profile],
    weights: Weights = Weights(),
    excluded_pairs: Iterable[tuple] = (),
    *,
    similarity: np.ndarray | None = None,
) -> np.ndarray:
    """Scores of every (mentee, mentor) pair, NaN where a rule forbids the pair.

    Vectorised (sparse products for themes, languages and text) because the
    admin recomputes it for whole cohorts. ``excluded_pairs`` holds
    ``(mentee.id, mentor.id)`` tuples. Pass ``similarity`` to reuse a
    `text_similarity` matrix, e.g. the one shown next to explanations.
    """
    m, n = len(mentees), len(mentors)
    if similarity is None:
        similarity = text_similarity([p.text for p in mentees], [p.text for p in mentors])
    similarity = np.asarray(similarity, dtype=float)
    if similarity.shape != (m, n):
        raise ValueError(f"similarity has shape {similarity.shape}, expected {(m, n)}")
    if m == 0 or n == 0:
        return np.zeros((m, n))

    theme_counts = np.array([len(p.themes) for p in mentees], dtype=float)
    themes = _overlap_counts(mentees, mentors, "themes")
    np.divide(themes, theme_counts[:, None], out=themes, where=theme_counts[:, None] > 0)
    language = (_overlap_counts(mentees, mentors, "languages") > 0).astype(float)

    compatible = _formats_match(mentees, mentors)
    same, other = _institution_masks(mentees, mentors)

    # Same accumulation order as `explain`, so totals agree bit for bit.
    total = weights.themes * themes
    total += weights.text * similarity
    total += weights.language * language
    total += weights.format * compatible.astype(float)
    total += weights.other_institution * other.astype(float)

    if weights.require_other_institution:
        total[same] = np.nan
    _forbid_excluded(total, mentees, mentors, set(excluded_pairs))
    return total


def _formats_match(mentees, mentors) -> np.ndarray:
    """Pairs whose meeting formats agree ("either" agrees with both)."""
    mentee_format = np.array([FORMATS.index(p.format) for p in mentees])[:, None]
    mentor_format = np.array([FORMATS.index(p.format) for p in mentors])[None, :]
    either = FORMATS.index("either")
    return (mentee_format == mentor_format) | (mentee_format == either) | (mentor_format == either)


def _institution_masks(mentees, mentors) -> tuple[np.ndarray, np.ndarray]:
    """(same institution, other institution) for every pair; unknown institutions are neither."""
    codes: dict = {}  # institution -> small int; -1 for unknown

    def institution_codes(profiles):
        return np.array([-1 if p.institution is None else codes.setdefault(p.institution, len(codes)) for p in profiles])

    mentee_inst = institution_codes(mentees)[:, None]
    mentor_inst = institution_codes(mentors)[None, :]
    known = (mentee_inst >= 0) & (mentor_inst >= 0)
    return known & (mentee_inst == mentor_inst), known & (mentee_inst != mentor_inst)


def _forbid_excluded(total: np.ndarray, mentees, mentors, excluded: set) -> None:
    """Set the score of every excluded ``(mentee.id, mentor.id)`` pair to NaN, in place."""
    if not excluded:
        return
    mentee_rows: dict = {}
    mentor_cols: dict = {}
    for i, p in enumerate(mentees):
        mentee_rows.setdefault(p.id, []).append(i)
    for j, p in enumerate(mentors):
        mentor_cols.setdefault(p.id, []).append(j)
    for mentee_id, mentor_id in excluded:
        for i in mentee_rows.get(mentee_id, ()):
            for j in mentor_cols.get(mentor_id, ()):
                total[i, j] = np.nan
