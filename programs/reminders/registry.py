"""The kinds of reminder that `manage.py send_reminders` sends, and the shape of one reminder.

Each feature that reminds somebody owns a function ``due(today) -> Iterable[Reminder]`` in its own package
and registers it here with ``@register``; the command asks every kind for what is due on ``today`` (a date
in Istanbul time) and sends each reminder once only: ``(kind, key)`` becomes the key of `programs.mail.send_once`,
so running the command twice, or on two days in a row, never sends one reminder twice.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reminder:
    kind: str  #: the registered kind, e.g. "event_day_before"
    key: str  #: unique within the kind, e.g. the registration's id: (kind, key) is sent once, ever
    to: str  #: one e-mail address
    language: str  #: "tr" or "en": the e-mail is rendered in it
    template: str  #: programs/emails/<template>_subject.txt and _body.txt
    context: dict = field(default_factory=dict)
    #: Optional reminders can be turned off by their recipient (a link in every such e-mail); notices the
    #: programme must send (decisions, confirmations) are not reminders and never go through here.
    optional: bool = True


DueFunction = Callable[[datetime.date], Iterable[Reminder]]

KINDS: dict[str, DueFunction] = {}


def register(kind: str) -> Callable[[DueFunction], DueFunction]:
    """Register ``due(today)`` for ``kind``; a second function for one kind is a programming error."""

    def decorator(function: DueFunction) -> DueFunction:
        if kind in KINDS and KINDS[kind] is not function:
            raise ValueError(f"reminder kind {kind!r} is registered twice")
        KINDS[kind] = function
        return function

    return decorator
