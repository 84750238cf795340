"""Querysets built and compiled once per process, run with each request's values (issue 14).

A listing of three cards costs about 1.6 ms in Django: 0.4 ms to build the queryset, 0.45 ms to compile it
to SQL, 0.35 ms in the database and 0.35 ms to make the objects. Building and compiling give the same SQL on
every request; only the values in it change (the index page, the language, the time). ``rows(shape, build,
*values)`` builds and compiles ``build(*values)`` the first time a ``shape`` is asked for in a process, with
stand-in values it can find again among the query's parameters, and from then on only puts the request's values
in their places and runs the SQL through Django's own compiler, which makes the objects as ever.

``shape`` names everything but the values that decides the SQL (the number of cards, the restricted paths).
A value must reach the query as a parameter of its own: a string also inside a ``LIKE`` pattern, a date and
time as the backend adapts it; a value the builder computes with (``depth + 1``) is not found again. The first
run checks the SQL and parameters against a queryset built the ordinary way, and a shape that does not match is
never prepared: it runs the ordinary way, which is slower but right. With ``PREPARED_QUERIES_CHECK`` (the test
settings) every run is checked, so a test of any listing fails on the first difference.
"""

from __future__ import annotations

import copy
import datetime
import logging
import threading
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.utils import timezone

logger = logging.getLogger(__name__)

VALUE, LIKE, ADAPTED, CONSTANT = "value", "like", "adapted", "constant"
#: A shape whose SQL could not be prepared: it is built the ordinary way every time.
ORDINARY = object()

_prepared: dict = {}
#: Shapes kept per process: a site asks for a few dozen; searches add one per mix of page types and sizes.
MAX_SHAPES = 1000
_lock = threading.Lock()


class Prepared(NamedTuple):
    template: object  # the queryset built with stand-ins: its model, database and iterable
    compiler: object  # Django's compiler after compiling it: the selected columns and how to make objects
    sql: str
    slots: tuple  # for each parameter: (kind, value index or constant, LIKE pattern or the integer's type)


def rows(shape, build, *values) -> list:
    """``list(build(*values))``, built and compiled once per process for ``shape``."""
    entry = _prepared.get(shape)
    if entry is None:
        entry = _prepare(shape, build, values)
    if entry is ORDINARY:
        return list(build(*values))
    queryset = entry.template._chain()
    compiler = copy.copy(entry.compiler)
    compiler.connection = connections[queryset.db]  # the thread's own connection
    params = _fill(entry.slots, values, compiler.connection)
    compiler.as_sql = lambda *args, **kwargs: (entry.sql, params)
    queryset.query.get_compiler = lambda *args, **kwargs: compiler
    if getattr(settings, "PREPARED_QUERIES_CHECK", False):
        _check(shape, build, values, entry.sql, entry.slots, params)
    return list(queryset)


def _prepare(shape, build, values):
    stand_ins = [_stand_in(value, position) for position, value in enumerate(values)]
    try:
        template = build(*stand_ins)
        compiler = template.query.get_compiler(using=template.db)
        sql, params = compiler.as_sql()
        connection = connections[template.db]
        slots = tuple(_slot(param, stand_ins, connection) for param in params)
        entry = Prepared(template, compiler, sql, slots)
        _check(shape, build, values, sql, slots, _fill(slots, values, connection))
    except EmptyResultSet:  # the SQL would ask for nothing (``pk__in=[]``): Django answers it without a query
        entry = ORDINARY
    except AssertionError:
        if getattr(settings, "PREPARED_QUERIES_CHECK", False):
            raise
        logger.warning("The query %r cannot be prepared: it is built the ordinary way.", shape)
        entry = ORDINARY
    with _lock:
        while len(_prepared) >= MAX_SHAPES:  # the oldest goes: it is prepared again if it is asked for again
            _prepared.pop(next(iter(_prepared)), None)
        _prepared[shape] = entry
    return entry


def padded(keys) -> list[int]:
    """``keys`` made up to the next power of two with keys no row has (negative), for ``pk__in``: the query's
    shape then depends on a few sizes, not on every number of keys. Empty stays empty (Django asks nothing)."""
    keys = list(keys)
    size = 1 << (len(keys) - 1).bit_length() if keys else 0
    return keys + list(range(-1, -1 - (size - len(keys)), -1))


def _check(shape, build, values, entry_sql, slots, params) -> None:
    """The ordinary queryset's SQL and parameters are the prepared ones. Constants are compared as a whole, not
    one by one: Django writes some from a set (a generic relation's content types), in an order of its own."""
    ordinary = build(*values)
    sql, expected = ordinary.query.get_compiler(using=ordinary.db).as_sql()
    assert sql == entry_sql and len(expected) == len(params), f"prepared query {shape!r} differs"
    for (kind, _which, _pattern), param, wanted in zip(slots, params, expected):
        assert kind == CONSTANT or param == wanted, f"prepared query {shape!r} differs"
    constants = [param for (kind, _which, _pattern), param in zip(slots, params) if kind == CONSTANT]
    wanted = [param for (kind, _which, _pattern), param in zip(slots, expected) if kind == CONSTANT]
    assert sorted(map(repr, constants)) == sorted(map(repr, wanted)), f"prepared query {shape!r} differs"


def _stand_in(value, position: int):
    """A value of the same type that no real query holds, so it is found again among the parameters."""
    if isinstance(value, bool) or value is None:
        raise TypeError(f"{value!r}: a value that changes the SQL belongs in the shape")
    if isinstance(value, int):
        return 2_000_000_011 + position  # within every integer field's range, where no real key or depth is
    if isinstance(value, str):
        return f"\x1fportal-stand-in-{position}\x1f"
    if isinstance(value, datetime.datetime):
        return datetime.datetime(1901, 2, 3, 4, 5, 6, 100_000 + position, tzinfo=value.tzinfo or (datetime.UTC if settings.USE_TZ else None))
    raise TypeError(f"{type(value).__name__} values cannot be prepared")


def _slot(param, stand_ins, connection) -> tuple:
    for position, stand_in in enumerate(stand_ins):
        if type(param) is type(stand_in) and param == stand_in:
            return VALUE, position, None
        if isinstance(stand_in, int) and isinstance(param, int) and param == stand_in:
            return VALUE, position, type(param)  # psycopg's Int4 and such, as Django's backend wraps it
        if isinstance(stand_in, datetime.datetime) and param == _adapted(stand_in, connection):
            return ADAPTED, position, None
        if isinstance(param, str) and isinstance(stand_in, str) and stand_in in param:
            return LIKE, position, param
    return CONSTANT, param, None


def _adapted(moment, connection):
    return connection.ops.adapt_datetimefield_value(moment if timezone.is_aware(moment) or not settings.USE_TZ
                                                    else timezone.make_aware(moment))


def _fill(slots, values, connection) -> list:
    params = []
    for kind, which, pattern in slots:
        if kind == CONSTANT:
            params.append(which)
        elif kind == VALUE:
            params.append(pattern(values[which]) if pattern else values[which])
        elif kind == ADAPTED:
            params.append(_adapted(values[which], connection))
        else:
            stand_in = _stand_in(values[which], which)
            params.append(pattern.replace(stand_in, connection.ops.prep_for_like_query(values[which])))
    return params
