"""Matching core: exact optimum, greedy baseline, Turkish text, explanations.

Plain pytest + hypothesis; no Django, no database.
"""

import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from portal.text import normalize_text, tokenize, turkish_lower
from programs.matching.assignment import greedy_assignment, optimal_assignment, total_score
from programs.matching.scoring import COMPONENT_KEYS, Profile, Weights, explain, score_matrix, text_similarity

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------
# Helpers and strategies
# --------------------------------------------------------------------------


def brute_force_best(scores, capacity):
    """Best total over every valid matching (any allowed pair, even negative)."""
    m = len(scores)
    remaining = list(capacity)

    def best_from(i):
        if i == m:
            return 0.0
        best = best_from(i + 1)  # mentee i unmatched
        for j, value in enumerate(scores[i]):
            if value is not None and remaining[j] > 0:
                remaining[j] -= 1
                best = max(best, value + best_from(i + 1))
                remaining[j] += 1
        return best

    return best_from(0)


def assert_valid(pairs, scores, capacity):
    mentees = [i for i, _ in pairs]
    assert len(mentees) == len(set(mentees)), "a mentee is matched twice"
    load = Counter(j for _, j in pairs)
    assert all(load[j] <= capacity[j] for j in load), "a capacity is exceeded"
    for i, j in pairs:
        value = scores[i][j]
        assert value is not None and not math.isnan(value), f"disallowed pair {(i, j)} used"
        assert value > 0, f"pair {(i, j)} with score {value} <= 0 taken"
    assert pairs == sorted(pairs)


def reference_greedy(scores, capacity):
    """Textbook greedy: best pair first, ties by (mentee, mentor)."""
    candidates = sorted(
        (-value, i, j) for i, row in enumerate(scores) for j, value in enumerate(row) if value is not None and value > 0
    )
    remaining, matched, pairs = list(capacity), set(), []
    for _, i, j in candidates:
        if i not in matched and remaining[j] > 0:
            matched.add(i)
            remaining[j] -= 1
            pairs.append((i, j))
    return sorted(pairs)


def lp_optimum(matrix, capacity):
    """Independent oracle: the b-matching LP is totally unimodular, so its
    optimum equals the best integral assignment."""
    takeable = ~np.isnan(matrix) & (matrix > 0)
    rows, cols = np.nonzero(takeable)
    if rows.size == 0:
        return 0.0
    m, n = matrix.shape
    a_ub = np.zeros((m + n, rows.size))
    a_ub[rows, np.arange(rows.size)] = 1
    a_ub[m + cols, np.arange(rows.size)] = 1
    b_ub = np.concatenate([np.ones(m), capacity])
    result = linprog(-matrix[rows, cols], A_ub=a_ub, b_ub=b_ub, bounds=(0, 1), method="highs")
    assert result.success
    return -result.fun


score_values = st.one_of(
    st.none(),
    st.integers(-3, 6).map(float),  # ties and non-positive scores on purpose
    st.floats(-5, 10, allow_nan=False, allow_infinity=False),
)


@st.composite
def small_instances(draw):
    m = draw(st.integers(0, 5))
    n = draw(st.integers(0, 4))
    capacity = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    scores = draw(st.lists(st.lists(score_values, min_size=n, max_size=n), min_size=m, max_size=m))
    return scores, capacity


@st.composite
def larger_instances(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    m, n = draw(st.integers(1, 40)), draw(st.integers(1, 15))
    matrix = np.round(rng.uniform(-0.2, 1.0, size=(m, n)), 1)
    matrix[rng.random((m, n)) < draw(st.sampled_from([0.0, 0.2, 0.6]))] = np.nan
    capacity = rng.integers(0, 5, size=n)
    return matrix, capacity


def as_lists(matrix):
    return [[None if math.isnan(v) else float(v) for v in row] for row in matrix]


# --------------------------------------------------------------------------
# optimal_assignment
# --------------------------------------------------------------------------


@FAST
@given(small_instances())
def test_optimal_matches_brute_force(instance):
    scores, capacity = instance
    pairs = optimal_assignment(scores, capacity)
    assert_valid(pairs, scores, capacity)
    assert total_score(scores, pairs) == pytest.approx(brute_force_best(scores, capacity), abs=1e-9)


@FAST
@given(small_instances())
def test_numpy_nan_and_masked_inputs_agree_with_lists(instance):
    scores, capacity = instance
    matrix = np.array([[np.nan if v is None else v for v in row] for row in scores], dtype=float)
    matrix = matrix.reshape(len(scores), len(capacity))
    masked = np.ma.masked_invalid(np.nan_to_num(matrix, nan=99.0))
    masked[np.isnan(matrix)] = np.ma.masked
    expected = optimal_assignment(scores, capacity)
    assert optimal_assignment(matrix, np.array(capacity)) == expected
    assert optimal_assignment(masked, capacity) == expected


@settings(max_examples=60, deadline=None)
@given(larger_instances())
def test_larger_instances_are_valid_optimal_and_beat_greedy(instance):
    matrix, capacity = instance
    lists = as_lists(matrix)
    optimal = optimal_assignment(matrix, capacity)
    greedy = greedy_assignment(matrix, capacity)
    assert_valid(optimal, lists, capacity)
    assert_valid(greedy, lists, capacity)
    assert greedy == reference_greedy(lists, capacity)
    best, base = total_score(matrix, optimal), total_score(matrix, greedy)
    assert best == pytest.approx(lp_optimum(matrix, capacity), abs=1e-6)
    assert best >= base - 1e-9
    assert base >= best / 2 - 1e-9  # greedy is a 1/2-approximation


@pytest.mark.parametrize("seed", [0, 1])
def test_cohort_sized_instance_against_lp_and_reference_greedy(seed):
    # Big enough for the greedy walk to span several chunks.
    rng = np.random.default_rng(seed)
    matrix = np.round(rng.uniform(-0.1, 1.0, size=(200, 60)), 2)
    matrix[rng.random(matrix.shape) < 0.1] = np.nan
    capacity = rng.integers(0, 4, size=60)
    optimal = optimal_assignment(matrix, capacity)
    assert total_score(matrix, optimal) == pytest.approx(lp_optimum(matrix, capacity), abs=1e-6)
    assert greedy_assignment(matrix, capacity) == reference_greedy(as_lists(matrix), capacity)


def test_everyone_is_matched_when_capacity_allows():
    # Thousands of pairs: no pair may be lost between the greedy walk's chunks.
    scores = np.random.default_rng(3).random((1500, 1)) + 0.1
    for assign in (greedy_assignment, optimal_assignment):
        pairs = assign(scores, [1500])
        assert [i for i, _ in pairs] == list(range(1500))


def test_optimal_beats_greedy_where_greedy_is_myopic():
    # Greedy grabs 3 and strands mentee 1; swapping gives 2 + 2.
    scores = [[3.0, 2.0], [2.0, None]]
    assert greedy_assignment(scores, [1, 1]) == [(0, 0)]
    assert optimal_assignment(scores, [1, 1]) == [(0, 1), (1, 0)]


def test_capacity_is_shared_by_the_best_mentees():
    scores = [[1.0], [5.0], [3.0]]
    assert optimal_assignment(scores, [2]) == [(1, 0), (2, 0)]


def test_never_forces_non_positive_pairs():
    assert optimal_assignment([[-1.0, 0.0], [None, -0.5]], [1, 1]) == []
    assert greedy_assignment([[-1.0, 0.0], [None, -0.5]], [1, 1]) == []
    # A mentee is left unmatched rather than dragged into a negative pair.
    assert optimal_assignment([[2.0], [-1.0]], [2]) == [(0, 0)]


@pytest.mark.parametrize(
    "scores, capacity",
    [([], []), ([], [1, 2]), ([[], []], []), ([[1.0, 2.0]], [0, 0]), (np.empty((0, 3)), [1, 1, 1])],
)
def test_empty_inputs_and_zero_capacities(scores, capacity):
    assert optimal_assignment(scores, capacity) == []
    assert greedy_assignment(scores, capacity) == []


def test_large_capacity_does_not_blow_up():
    pairs = optimal_assignment(np.ones((3, 2)), [10**9, 1])
    assert len(pairs) == 3


@pytest.mark.parametrize(
    "scores, capacity",
    [([[1.0, 2.0], [1.0]], [1, 1]), ([[1.0]], [-1]), ([[1.0]], [1.5]), ([[1.0, 2.0]], [1]), ([[math.inf]], [1])],
)
def test_rejects_malformed_input(scores, capacity):
    with pytest.raises(ValueError):
        optimal_assignment(scores, capacity)


def test_greedy_takes_best_pair_first_and_breaks_ties_by_index():
    scores = [[1.0, 1.0], [1.0, 4.0], [2.0, 1.0]]
    assert greedy_assignment(scores, [1, 1]) == [(1, 1), (2, 0)]
    assert greedy_assignment(np.ones((40, 40)), [1] * 40) == [(k, k) for k in range(40)]


# --------------------------------------------------------------------------
# Turkish text processing
# --------------------------------------------------------------------------


def test_turkish_lowercase_rules():
    assert turkish_lower("İSTANBUL") == "istanbul"
    assert turkish_lower("IĞDIR") == "ığdır"
    assert turkish_lower("ISPARTA") == "ısparta"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("İSTANBUL", "istanbul"),
        ("IĞDIR", "igdir"),
        ("Iğdır", "igdir"),
        ("ÇAĞRI Şöför Üzüm", "cagri sofor uzum"),
        ("hâlâ", "hala"),
    ],
)
def test_normalize_folds_after_turkish_lowercasing(text, expected):
    assert normalize_text(text) == expected


def test_diacritics_do_not_split_words():
    assert tokenize("eğitim") == tokenize("egitim") == tokenize("EĞİTİM") == ["egiti"]
    assert text_similarity(["Eğitim"], ["EGİTİM"])[0, 0] == pytest.approx(1.0)


def test_f5_stemming_conflates_turkish_suffixes():
    assert tokenize("mentorluk mentorluğu mentorların") == ["mento"] * 3
    assert tokenize("yönetim yönetimi") == ["yonet", "yonet"]


def test_stop_words_are_dropped_after_folding():
    assert tokenize("ve ile İÇİN için the AND of") == []
    assert tokenize("afet ve deprem") == ["afet", "depre"]


def test_text_similarity_ranks_related_texts_higher():
    mentees = ["Afet yönetimi ve deprem tahliye planı"]
    mentors = ["AFET YÖNETİMİ deneyimi, deprem sonrası tahliye", "Katı atık ve geri dönüşüm", ""]
    sim = text_similarity(mentees, mentors)
    assert sim.shape == (1, 3)
    assert sim[0, 0] > 0.5
    assert sim[0, 1] == 0.0
    assert sim[0, 2] == 0.0
    assert text_similarity([], ["x"]).shape == (0, 1)


# --------------------------------------------------------------------------
# Scores and explanations
# --------------------------------------------------------------------------


def profile(pid, **kwargs):
    defaults = dict(themes={1}, text="", languages={"tr"}, format="either", institution=None)
    return Profile(id=pid, **{**defaults, **kwargs})


def test_explanation_components_add_up_to_the_matrix_total():
    mentee = profile("a", themes={1, 2, 3}, institution="Kadıköy", languages={"tr", "en"}, format="online")
    mentor = profile("b", themes={2, 3, 9}, institution="Çankaya", languages={"en"}, format="either")
    weights = Weights()
    result = explain(mentee, mentor, weights, similarity=0.5)
    by_key = {c.key: c for c in result.components}
    assert tuple(by_key) == COMPONENT_KEYS
    assert by_key["themes"].value == pytest.approx(2 / 3)
    assert by_key["themes"].contribution == pytest.approx(0.4 * 2 / 3)
    assert by_key["themes"].detail == (2, 3)
    assert by_key["language"].detail == ("en",)
    assert [by_key[k].value for k in ("text", "language", "format", "other_institution")] == [0.5, 1, 1, 1]
    assert result.total == pytest.approx(sum(c.contribution for c in result.components))
    assert result.total == pytest.approx(0.4 * 2 / 3 + 0.3 * 0.5 + 0.1 + 0.1 + 0.1)
    assert result.blocked_by is None
    matrix = score_matrix([mentee], [mentor], weights, similarity=np.array([[0.5]]))
    assert matrix[0, 0] == pytest.approx(result.total)


@pytest.mark.parametrize(
    "a, b, compatible",
    [("online", "online", 1), ("online", "face_to_face", 0), ("either", "face_to_face", 1), ("online", "either", 1)],
)
def test_format_compatibility(a, b, compatible):
    components = explain(profile(1, format=a), profile(2, format=b), Weights(), 0.0).components
    assert {c.key: c.value for c in components}["format"] == compatible


def test_same_institution_is_disallowed_only_when_the_rule_is_on():
    mentee, mentor = profile("a", institution=7), profile("b", institution=7)
    on, off = Weights(), Weights(require_other_institution=False)
    assert np.isnan(score_matrix([mentee], [mentor], on)[0, 0])
    assert explain(mentee, mentor, on, 0.0).total is None
    assert explain(mentee, mentor, on, 0.0).blocked_by == "same_institution"
    allowed = score_matrix([mentee], [mentor], off)[0, 0]
    assert not np.isnan(allowed) and allowed > 0
    components = {c.key: c.value for c in explain(mentee, mentor, off, 0.0).components}
    assert components["other_institution"] == 0


def test_unknown_institution_is_neither_blocked_nor_rewarded():
    result = explain(profile("a", institution=None), profile("b", institution=None), Weights(), 0.0)
    assert result.blocked_by is None
    assert {c.key: c.value for c in result.components}["other_institution"] == 0


def test_excluded_pair_is_disallowed_and_others_are_not():
    mentees = [profile("a", institution=1), profile("b", institution=2)]
    mentors = [profile("x", institution=3), profile("y", institution=4)]
    matrix = score_matrix(mentees, mentors, Weights(), excluded_pairs={("a", "y")})
    assert np.isnan(matrix[0, 1])
    assert not np.isnan(matrix[[0, 1, 1], [0, 0, 1]]).any()
    assert explain(mentees[0], mentors[1], Weights(), 0.0, excluded_pairs={("a", "y")}).blocked_by == "excluded"
    assert ("a", "y") not in {(mentees[i].id, mentors[j].id) for i, j in optimal_assignment(matrix, [2, 2])}


def test_profile_and_weights_validate_plain_data():
    assert profile(1, themes=[1, 1, 2]).themes == frozenset({1, 2})
    with pytest.raises(ValueError):
        profile(1, format="hybrid")
    with pytest.raises(ValueError):
        Weights(text=-0.1)


words = st.sampled_from(["afet", "deprem", "eğitim", "EĞİTİM", "mentorluk", "atık", "the", "İklim"])
texts = st.lists(words, max_size=4).map(" ".join)


@st.composite
def cohorts(draw):
    def profiles(prefix):
        return draw(
            st.lists(
                st.builds(
                    Profile,
                    id=st.just(None),
                    themes=st.frozensets(st.integers(1, 5), max_size=4),
                    text=texts,
                    languages=st.frozensets(st.sampled_from(["tr", "en", "de"]), max_size=2),
                    format=st.sampled_from(["face_to_face", "online", "either"]),
                    institution=st.one_of(st.none(), st.integers(0, 2), st.sampled_from(["Ankara", "İzmir"])),
                ),
                min_size=1,
                max_size=4,
            ).map(lambda ps: [Profile(**{**p.__dict__, "id": f"{prefix}{k}"}) for k, p in enumerate(ps)])
        )

    mentees, mentors = profiles("e"), profiles("r")
    all_pairs = [(e.id, r.id) for e in mentees for r in mentors]
    excluded = draw(st.sets(st.sampled_from(all_pairs), max_size=2))
    weights = Weights(
        *draw(st.tuples(*[st.floats(0, 2)] * 5)),
        require_other_institution=draw(st.booleans()),
    )
    return mentees, mentors, weights, excluded


@FAST
@given(cohorts())
def test_vectorised_matrix_agrees_with_explanations(cohort):
    mentees, mentors, weights, excluded = cohort
    similarity = text_similarity([p.text for p in mentees], [p.text for p in mentors])
    matrix = score_matrix(mentees, mentors, weights, excluded)
    assert np.array_equal(matrix, score_matrix(mentees, mentors, weights, excluded, similarity=similarity), equal_nan=True)
    for i, mentee in enumerate(mentees):
        for j, mentor in enumerate(mentors):
            result = explain(mentee, mentor, weights, similarity[i, j], excluded_pairs=excluded)
            same_institution = mentee.institution is not None and mentee.institution == mentor.institution
            blocked = (weights.require_other_institution and same_institution) or (mentee.id, mentor.id) in excluded
            assert (result.total is None) == blocked
            assert np.isnan(matrix[i, j]) == blocked
            assert all(0 <= c.value <= 1 for c in result.components)
            assert all(c.contribution == pytest.approx(c.weight * c.value) for c in result.components)
            if not blocked:
                assert result.total == pytest.approx(sum(c.contribution for c in result.components))
                assert matrix[i, j] == pytest.approx(result.total, abs=1e-12)


def test_score_matrix_handles_empty_cohorts():
    assert score_matrix([], [profile("x")]).shape == (0, 1)
    assert score_matrix([profile("a")], []).shape == (1, 0)
