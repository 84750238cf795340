"""Querysets compiled once per process (portal/prepared.py): the same rows as the ordinary queryset, for any values."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from portal import prepared

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def users():
    start = timezone.now() - 10 * DAY
    names = ["ayşe_1", "ayşe%2", "ayşex3", "back\\slash", "back\\slashed", "mehmet"]
    return [User.objects.create(username=name, date_joined=start + n * DAY) for n, name in enumerate(names)], start


def _shape():
    return f"test-{uuid.uuid4()}"  # the prepared queries are kept for the process: each test its own


class Counted:
    """A builder that counts how often it is called."""

    def __init__(self, build):
        self.build, self.calls = build, 0

    def __call__(self, *values):
        self.calls += 1
        return self.build(*values)


def _by_prefix(prefix, since, excluded):
    return User.objects.filter(username__startswith=prefix, date_joined__gte=since, is_active=True).exclude(pk=excluded).order_by("pk")


@override_settings(PREPARED_QUERIES_CHECK=False)
def test_a_prepared_query_finds_what_the_ordinary_one_finds_for_every_value_and_is_built_once(users):
    people, start = users
    build, shape = Counted(_by_prefix), _shape()
    # LIKE's own characters (_ % \) are matched as letters, as Django's startswith does.
    cases = [("ayşe", start, 0), ("ayşe_", start, 0), ("ayşe%", start, 0), ("back\\", start + DAY, people[3].pk),
             ("", start + 4 * DAY, people[5].pk), ("nobody", start, 0)]
    for prefix, since, excluded in cases:
        found = prepared.rows(shape, build, prefix, since, excluded)
        assert found == list(_by_prefix(prefix, since, excluded)), (prefix, since)
    assert [user.username for user in prepared.rows(shape, build, "ayşe_", start, 0)] == ["ayşe_1"]
    assert build.calls == 2  # with stand-ins, and once with the first values to check the SQL


@override_settings(PREPARED_QUERIES_CHECK=False)
def test_a_builder_that_computes_with_a_value_runs_the_ordinary_way(users):
    people, _start = users
    build, shape = Counted(lambda pk: User.objects.filter(pk=pk + 1)), _shape()
    for person in people[:3]:
        assert prepared.rows(shape, build, person.pk - 1) == [person]
    assert build.calls == 2 + 3  # prepared once, found wrong by the check, then built every time


def test_with_the_check_on_a_wrong_preparation_fails_at_once(users):
    people, _start = users
    with pytest.raises(AssertionError):
        prepared.rows(_shape(), lambda pk: User.objects.filter(pk=pk + 1), people[0].pk)


def test_the_check_runs_on_every_call_in_the_tests_and_passes_for_a_right_preparation(users):
    people, start = users
    build, shape = Counted(_by_prefix), _shape()
    for person in people:
        assert prepared.rows(shape, build, "", start, person.pk) == [p for p in people if p != person]
    assert build.calls == 2 + len(people)  # the stand-ins and the first check, then a check on every call


@override_settings(PREPARED_QUERIES_CHECK=False)
def test_asking_for_nothing_runs_no_query(users):
    shape = _shape()
    with CaptureQueriesContext(connection) as ctx:
        assert prepared.rows(shape, lambda *pks: User.objects.filter(pk__in=pks)) == []
    assert ctx.captured_queries == []


@override_settings(PREPARED_QUERIES_CHECK=False)
def test_a_prepared_query_is_one_query(users):
    people, start = users
    shape = _shape()
    prepared.rows(shape, _by_prefix, "ayşe", start, 0)
    with CaptureQueriesContext(connection) as ctx:
        prepared.rows(shape, _by_prefix, "back", start, 0)
    assert len(ctx.captured_queries) == 1


def test_a_value_that_changes_the_sql_is_refused():
    with pytest.raises(TypeError):
        prepared.rows(_shape(), lambda flag: User.objects.filter(is_active=flag), True)


def test_keys_are_padded_to_a_few_sizes_with_keys_no_row_has():
    assert prepared.padded([]) == []
    assert prepared.padded([5]) == [5]
    assert prepared.padded([5, 6, 7]) == [5, 6, 7, -1]
    assert len(prepared.padded(range(1, 6))) == 8 and len(prepared.padded(range(1, 9))) == 8


@override_settings(PREPARED_QUERIES_CHECK=False)
def test_padded_keys_find_the_same_rows(users):
    people, _start = users
    wanted = [person.pk for person in people[:3]]
    shape = _shape()
    found = prepared.rows(shape, lambda *pks: User.objects.filter(pk__in=pks).order_by("pk"), *prepared.padded(wanted))
    assert [user.pk for user in found] == wanted


@override_settings(PREPARED_QUERIES_CHECK=False)
def test_a_process_keeps_a_bounded_number_of_shapes(users, monkeypatch):
    people, start = users
    monkeypatch.setattr(prepared, "MAX_SHAPES", 2)
    monkeypatch.setattr(prepared, "_prepared", {})
    shapes = [_shape() for _ in range(3)]
    for shape in shapes:
        assert prepared.rows(shape, _by_prefix, "", start, people[0].pk) == people[1:]
    assert list(prepared._prepared) == shapes[1:]
