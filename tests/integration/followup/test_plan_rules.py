"""The development plan's rules, called directly: 2–5 goals, the states that may change it, goals of another
match refused, dropped rather than deleted once referred to, group mentoring with a plan per mentee."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from programs.followup import plans
from programs.followup.meetings import log_meeting
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Goal, GoalProgress, Match, MentoringGroup
from tests.integration.followup.plan_support import GOALS, active_match, with_goals
from tests.integration.matching.matching_support import closed_call_pool, hakan, proposed_match, with_consents, zeynep  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize("count,ok", [(0, False), (1, False), (2, True), (3, True), (5, True), (6, False)])
def test_a_plan_has_two_to_five_goals(count, ok):
    match = active_match()
    goals = [{"title": f"Goal number {n}"} for n in range(count)]
    if ok:
        assert [g.title for g in plans.set_goals(match, goals, by="mentee")] == [g["title"] for g in goals]
    else:
        with pytest.raises(ValidationError, match="from 2 to 5 goals"):
            plans.set_goals(match, goals, by="mentee")
    assert match.goals.count() == (count if ok else 0)


@pytest.mark.parametrize("state,ok", [
    (match_states.PROPOSED, False), (match_states.AWAITING_CONSENT, False), (match_states.CONFIRMED, True),
    (match_states.CANCELLED, False),
])
def test_the_plan_is_written_while_the_match_is_confirmed_or_active(state, ok):
    match = proposed_match()
    if state == match_states.AWAITING_CONSENT:
        with_consents(match, parties=["expert"])
    elif state == match_states.CONFIRMED:
        match_workflow.transition(with_consents(match), state)
    elif state == match_states.CANCELLED:
        match_workflow.transition(match, state, reason="test")
    match.refresh_from_db()
    assert match.state == state
    if ok:
        assert len(with_goals(match)) == 3
    else:
        with pytest.raises(ValidationError, match="only while the match is confirmed or active"):
            with_goals(match)
        assert not match.goals.exists()


def test_a_completed_match_keeps_its_plan_as_it_was():
    match = active_match()
    with_goals(match)
    match_workflow.transition(match, match_states.COMPLETED)
    with pytest.raises(ValidationError):
        with_goals(match, GOALS[:2])
    assert match.goals.count() == 3


@pytest.mark.parametrize("title,message", [
    ("", "enter a title"),
    ("\x00\x07\x1b", "enter a title"),
    ("\u200b\u200b", "Enter visible text"),
    ("x" * 151, "within 150 characters"),
])
def test_bad_titles_are_refused_and_nothing_is_written(title, message):
    match = active_match()
    with pytest.raises(ValidationError, match=message):
        plans.set_goals(match, [{"title": "Fine"}, {"title": title}], by="secretariat")
    assert not match.goals.exists()


def test_control_characters_are_removed_from_what_is_kept():
    goals = plans.set_goals(active_match(), [{"title": "Listen\x00 well\u202e", "description": "a\x07b"}, {"title": "Two"}], by="mentee")
    assert (goals[0].title, goals[0].description) == ("Listen well", "ab")


def test_a_goal_of_another_match_cannot_be_rewritten_into_this_plan():
    other = with_consents(proposed_match())
    match_workflow.transition(other, match_states.CONFIRMED)
    foreign = with_goals(other)[0]
    match = active_match()
    with pytest.raises(ValidationError, match="not part of this match's plan"):
        plans.set_goals(match, [{"id": foreign.pk, "title": "Stolen"}, {"title": "Two"}], by="mentee")
    foreign.refresh_from_db()
    assert foreign.title == GOALS[0]["title"] and not match.goals.exists()


def test_goals_left_out_are_deleted_unless_progress_refers_to_them():
    match = active_match()
    first, second, third = with_goals(match)
    meeting = match.meetings.first()
    plans.record_progress(meeting, [{"goal": second.pk, "status": "in_progress", "note": "Begun."}])
    kept = plans.set_goals(match, [{"id": first.pk, "title": "Talk calmly (rewritten)"}, {"title": "A new goal"}], by="mentee")
    assert [g.title for g in kept] == ["Talk calmly (rewritten)", "A new goal"]
    assert not Goal.objects.filter(pk=third.pk).exists()  # nothing referred to it
    second.refresh_from_db()
    assert second.status == "dropped" and second.progress.count() == 1  # its note still makes sense
    assert [g.pk for g in plans.current_goals(match)] == [first.pk, kept[1].pk]
    assert [g.pk for g in plans.plan_of(match)][-1] == second.pk  # dropped goals listed last


def test_progress_is_noted_at_a_meeting_of_the_goals_own_match_only():
    match = active_match()
    goals = with_goals(match)
    other = with_consents(proposed_match())
    match_workflow.transition(other, match_states.CONFIRMED)
    foreign = with_goals(other)[0]
    meetings = match.meetings.count()
    with pytest.raises(ValidationError, match="only on the goals of this match's plan"):
        log_meeting(match, held_on=timezone.localdate(), format="online", duration_minutes=30, topic="Plan",
                    progress=[{"goal": goals[0].pk, "status": "reached"}, {"goal": foreign.pk, "status": "reached"}])
    assert match.meetings.count() == meetings and not GoalProgress.objects.exists()  # the whole meeting is refused


def test_a_goal_takes_the_status_of_its_latest_meeting():
    match = active_match()
    goal, other, _third = with_goals(match)
    today = timezone.localdate()
    log_meeting(match, held_on=today, format="online", duration_minutes=30, topic="Today",
                progress=[{"goal": goal.pk, "status": "reached", "note": "Done"}])
    goal.refresh_from_db()
    assert goal.status == "reached" and goal.status_updated_at is not None
    log_meeting(match, held_on=today - datetime.timedelta(days=5), format="online", duration_minutes=30, topic="Logged late",
                progress=[{"goal": goal.pk, "status": "in_progress", "note": "Earlier"}])
    goal.refresh_from_db()
    assert goal.status == "reached"  # a meeting logged late does not undo a later one
    log_meeting(match, held_on=today, format="online", duration_minutes=30, topic="Note only",
                progress=[{"goal": goal.pk, "status": "", "note": "Still fine"}, {"goal": other.pk}])
    assert goal.progress.count() == 3 and goal.progress.last().status == "reached"


def test_a_dropped_goal_takes_no_more_progress():
    match = active_match()
    first, second, _third = with_goals(match)
    plans.record_progress(match.meetings.first(), [{"goal": second.pk, "status": "in_progress"}])
    plans.set_goals(match, [{"id": first.pk, "title": first.title}, {"title": "Another"}], by="mentee")
    with pytest.raises(ValidationError):
        log_meeting(match, held_on=timezone.localdate(), format="online", duration_minutes=30, topic="x",
                    progress=[{"goal": second.pk, "status": "reached"}])


def test_in_group_mentoring_each_mentee_has_their_own_plan():
    call = zeynep().call.specific
    group = MentoringGroup.objects.create(call=call, name="Takım")
    group.mentors.set([hakan()])
    first = match_workflow.create_match(call, zeynep(), group=group, start_date=timezone.localdate(),
                                        end_date=timezone.localdate() + datetime.timedelta(days=90))
    with_consents(first)
    match_workflow.transition(first, match_states.CONFIRMED)
    second = active_match()  # another mentee of the call, placed in the same group for this test
    Match.objects.filter(pk=second.pk).update(mentor=None, group=group)
    second.refresh_from_db()
    mine = with_goals(first, GOALS[:2])
    theirs = with_goals(second, GOALS)
    assert {g.match_id for g in mine} == {first.pk} and {g.match_id for g in theirs} == {second.pk}
    with pytest.raises(ValidationError, match="not part of this match's plan"):
        plans.set_goals(first, [{"id": theirs[0].pk, "title": "x"}, {"title": "y"}], by="mentee")
    with pytest.raises(ValidationError):
        plans.record_progress(first.meetings.create(held_on=timezone.localdate(), format="online", duration_minutes=30, topic="t"),
                              [{"goal": theirs[0].pk, "status": "reached"}])
    assert first.goals.count() == 2 and second.goals.count() == 3


def test_writing_the_plan_is_in_the_matchs_history():
    from wagtail.models import ModelLogEntry

    match = active_match()
    with_goals(match)
    entry = ModelLogEntry.objects.for_instance(match).filter(action=plans.LOG_PLAN).get()
    assert entry.data == {"by": "mentee", "goals": 3, "dropped": 0}
