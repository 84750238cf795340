"""Tasks a dead worker left behind go back in the queue, so that no e-mail is lost.

django-tasks-db marks a task "running" when a worker claims it and records the
outcome when it ends; a worker killed in between (SIGKILL, out of memory, a
machine restart) leaves the task "running" for ever, and no worker takes it
again. It has no recovery of its own, so `requeue_stuck_tasks` (run every few
minutes by ``manage.py requeue_stuck_tasks``) puts a task still running after
``TASKS_STUCK_AFTER_MINUTES`` back to "ready", or marks it failed once it was
claimed ``TASKS_MAX_ATTEMPTS`` times (the worker ids list holds one entry per
claim). A task that only runs long is run twice: keep the timeout well above
the longest task; e-mails are safe either way (`programs.mail.send_once`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult


class WorkerLost(Exception):
    """Recorded as the failure of a task whose workers died too many times."""


@dataclass
class Recovery:
    requeued: list[DBTaskResult] = field(default_factory=list)
    failed: list[DBTaskResult] = field(default_factory=list)


def stuck_after() -> datetime.timedelta:
    return datetime.timedelta(minutes=getattr(settings, "TASKS_STUCK_AFTER_MINUTES", 30))


def max_attempts() -> int:
    return getattr(settings, "TASKS_MAX_ATTEMPTS", 3)


def stuck_tasks(now: datetime.datetime | None = None):
    """Tasks claimed by a worker longer ago than the timeout and still not finished."""
    cutoff = (now or timezone.now()) - stuck_after()
    return DBTaskResult.objects.running().filter(started_at__lt=cutoff).order_by("started_at")


@transaction.atomic
def requeue_stuck_tasks(now: datetime.datetime | None = None, *, dry_run: bool = False) -> Recovery:
    """Put stuck tasks back in the queue, or fail those out of attempts; rows another process holds are skipped."""
    now = now or timezone.now()
    recovery = Recovery()
    for task in stuck_tasks(now).select_for_update(skip_locked=True):
        if len(task.worker_ids) >= max_attempts():
            recovery.failed.append(task)
            if not dry_run:
                _fail(task, now)
        else:
            recovery.requeued.append(task)
            if not dry_run:
                DBTaskResult.objects.filter(pk=task.pk).update(status=TaskResultStatus.READY, started_at=None)
    return recovery


def _fail(task: DBTaskResult, now: datetime.datetime) -> None:
    reason = (
        f"WorkerLost: claimed {len(task.worker_ids)} times, still running {stuck_after()} after the last claim; "
        f"its workers are taken for dead ({', '.join(task.worker_ids)})."
    )
    DBTaskResult.objects.filter(pk=task.pk).update(
        status=TaskResultStatus.FAILED, finished_at=now, return_value=None,
        exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}", traceback=reason,
    )
