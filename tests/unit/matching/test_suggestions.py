"""Explained suggestions on plain profiles: optimal set, greedy comparison, teams."""

import pytest

from programs.matching.scoring import Profile, Weights
from programs.matching.suggestions import build, group_exclusions, team_profile


def p(id, themes=(), text="", langs=("tr",), fmt="either", inst=None):
    return Profile(id=id, themes=frozenset(themes), text=text, languages=frozenset(langs), format=fmt, institution=inst)


def test_optimum_beats_greedy_and_the_gain_is_reported():
    # Greedy takes the best single pair a-X (0.9) and leaves b with nobody
    # (b may not have Y: same institution); the optimum pairs a-Y and b-X.
    weights = Weights(themes=0.5, text=0, language=0.4, format=0, other_institution=0.4)
    mentees = [p("a", {"t1"}, langs=("tr",), inst=1), p("b", {"t9"}, langs=("en",), inst=4)]
    mentors = [p("X", {"t1"}, langs=("en",), inst=3), p("Y", set(), langs=("tr",), inst=4)]
    result = build(mentees, mentors, weights, [1, 1])
    assert sorted((s.mentee_index, s.mentor_index) for s in result.suggestions) == [(0, 1), (1, 0)]
    assert result.total == pytest.approx(1.6)
    assert result.greedy_total == pytest.approx(0.9)
    assert result.gain == pytest.approx(0.7)
    assert result.gain_percent == pytest.approx(700 / 9)


def test_each_suggestion_explains_its_score():
    mentees = [p("a", {"t1"}, text="e-belediye başvuru sistemi", langs=("tr", "en"), inst=1)]
    mentors = [p("X", {"t1"}, text="e-belediye başvuru sistemini kurdum", langs=("en",), inst=2)]
    result = build(mentees, mentors, Weights(), [1])
    (s,) = result.suggestions
    parts = {c.key: c for c in s.explanation.components}
    assert parts["themes"].detail == ("t1",)
    assert parts["language"].detail == ("en",)
    assert parts["other_institution"].value == 1.0
    assert parts["text"].value > 0
    assert s.score == pytest.approx(sum(c.contribution for c in s.explanation.components))


def test_same_institution_and_excluded_pairs_are_never_suggested():
    mentees = [p("a", {"t1"}, inst=1), p("b", {"t1"}, inst=2)]
    mentors = [p("X", {"t1"}, inst=1), p("Y", {"t1"}, inst=3)]
    result = build(mentees, mentors, Weights(), [2, 2], excluded_pairs={("b", "Y")})
    pairs = {(mentees[s.mentee_index].id, mentors[s.mentor_index].id) for s in result.suggestions}
    assert pairs == {("a", "Y"), ("b", "X")}


def test_capacity_lets_one_mentor_take_several_mentees():
    mentees = [p(i, {"t1"}, inst=i) for i in range(3)]
    mentors = [p("X", {"t1"}, inst=99)]
    assert len(build(mentees, mentors, Weights(), [1]).suggestions) == 1
    result = build(mentees, mentors, Weights(), [3])
    assert len(result.suggestions) == 3 and result.unmatched_mentees == []


def test_a_team_brings_what_any_member_brings_and_blocks_its_members_institutions():
    members = [p("m1", {"t1"}, langs=("tr",), fmt="online", inst=1), p("m2", {"t2"}, langs=("en",), fmt="face_to_face", inst=2)]
    team = team_profile("T", members)
    assert team.themes == {"t1", "t2"} and team.languages == {"tr", "en"} and team.format == "either"
    mentees = [p("a", {"t1"}, inst=1), p("b", {"t2"}, inst=5)]
    assert group_exclusions(mentees, {"T": members}, Weights()) == {("a", "T")}
    assert group_exclusions(mentees, {"T": members}, Weights(require_other_institution=False)) == set()
    result = build(mentees, [team], Weights(), [6], excluded_pairs=group_exclusions(mentees, {"T": members}, Weights()))
    assert [mentees[s.mentee_index].id for s in result.suggestions] == ["b"]


def test_empty_pools_give_an_empty_proposal():
    result = build([], [p("X")], Weights(), [1])
    assert result.suggestions == [] and result.total == 0 and result.gain_percent is None
