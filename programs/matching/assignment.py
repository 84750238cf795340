"""Who is matched with whom: the exactly optimal assignment, a greedy one to compare, and their total.

Pure numpy/scipy on a score matrix from `programs.matching.scoring`; a pair
with score ``<= 0`` or ``NaN`` is never taken (leaving the mentee unmatched
is at least as good). Assignments are sorted lists of ``(mentee_index, mentor_index)``.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from scipy.optimize import linear_sum_assignment

__all__ = ["greedy_assignment", "optimal_assignment", "total_score"]


def _as_arrays(scores, capacity) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scores as floats (NaN = disallowed), capacities, and the takeable-pair mask."""
    capacity = np.asarray(capacity)
    if capacity.ndim != 1:
        raise ValueError("capacity must be one-dimensional")
    if capacity.size and (np.any(capacity < 0) or np.any(capacity != np.round(capacity))):
        raise ValueError("capacities must be non-negative integers")
    capacity = capacity.astype(np.int64)
    n = capacity.size

    if isinstance(scores, np.ma.MaskedArray):
        matrix = scores.astype(float).filled(np.nan)
    elif isinstance(scores, np.ndarray) and scores.dtype != object:
        matrix = scores.astype(float)
    else:
        matrix = np.array(
            [[np.nan if value is None else float(value) for value in row] for row in scores],
            dtype=float,
        )
    if matrix.size == 0:
        matrix = matrix.reshape(len(matrix), n)
    if matrix.ndim != 2 or matrix.shape[1] != n:
        raise ValueError(f"scores must be a mentees x {n} matrix, got shape {matrix.shape}")
    if np.any(np.isposinf(matrix)):
        raise ValueError("scores must be finite (use None/NaN for disallowed pairs)")
    with np.errstate(invalid="ignore"):
        takeable = (matrix > 0) & (capacity > 0)[None, :]
    return matrix, capacity, takeable


def optimal_assignment(scores, capacity) -> list[tuple[int, int]]:
    """Pairs maximising the total score under the mentors' capacities.

    ``scores[i][j]`` is mentee i's score with mentor j (None/NaN/masked =
    disallowed), ``capacity[j]`` the number of mentees mentor j may take.
    Each mentee gets at most one mentor, and may get none.

    Exact: mentor j becomes ``capacity[j]`` identical columns ("slots") and
    SciPy's `linear_sum_assignment` solves the rectangular problem. Every
    pair that may not or should not be taken (disallowed, or score <= 0)
    gets profit 0, which plays the part of "unmatched": the matrix is then
    complete, so any valid partial matching extends with zero-profit pairs
    to a full one of the same value, and dropping the zero-profit pairs
    from the optimum gives back a valid matching -- the optima coincide.
    Mentor j never needs more than ``min(capacity[j], mentees that could
    take it)`` slots, which keeps the matrix small for large capacities.
    """
    matrix, capacity, takeable = _as_arrays(scores, capacity)
    rows = np.flatnonzero(takeable.any(axis=1))
    slots = np.minimum(capacity, takeable.sum(axis=0))
    if rows.size == 0 or slots.sum() == 0:
        return []
    slot_mentor = np.repeat(np.arange(len(capacity)), slots)
    profit = np.where(takeable, matrix, 0.0)[np.ix_(rows, slot_mentor)]
    row_idx, col_idx = linear_sum_assignment(profit, maximize=True)
    keep = profit[row_idx, col_idx] > 0
    pairs = zip(rows[row_idx[keep]].tolist(), slot_mentor[col_idx[keep]].tolist())
    return sorted(pairs)


def greedy_assignment(scores, capacity) -> list[tuple[int, int]]:
    """Baseline: repeatedly take the best remaining allowed pair that fits.

    Shown next to the optimum so the UI can say what optimisation bought.
    Ties go to the lower (mentee, mentor) index, so the result is
    deterministic. Greedy is guaranteed at least half the optimum.
    """
    matrix, capacity, takeable = _as_arrays(scores, capacity)
    flat = np.flatnonzero(takeable)
    if flat.size == 0:
        return []
    n = matrix.shape[1]
    order = flat[np.argsort(-matrix.ravel()[flat], kind="stable")]
    remaining = capacity.copy()
    matched = np.zeros(matrix.shape[0], dtype=bool)
    pairs: list[tuple[int, int]] = []
    # Walk the sorted pairs in growing chunks, first discarding (vectorised)
    # those already ruled out: state only ever tightens, so this skips
    # nothing the sequential walk would have taken.
    start, chunk = 0, 1024
    while start < order.size and np.any(remaining > 0) and not matched.all():
        block = order[start : start + chunk]
        start += chunk
        chunk *= 2
        mentees, mentors = np.divmod(block, n)
        live = ~matched[mentees] & (remaining[mentors] > 0)
        for i, j in zip(mentees[live].tolist(), mentors[live].tolist()):
            if not matched[i] and remaining[j] > 0:
                matched[i] = True
                remaining[j] -= 1
                pairs.append((i, j))
    return sorted(pairs)


def total_score(scores, pairs: Iterable[tuple[int, int]]) -> float:
    """Sum of the scores of ``pairs`` (for comparing assignments)."""
    matrix = scores if isinstance(scores, np.ndarray) else None
    if matrix is not None:
        return float(sum(float(matrix[i, j]) for i, j in pairs))
    return float(sum(float(scores[i][j]) for i, j in pairs))
