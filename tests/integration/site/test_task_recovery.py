"""No task is lost, no e-mail goes twice (issue 12): a task a dead worker left "running" is put back in the queue
by `portal.task_recovery`, and the e-mail it sends goes out once however often it runs.

Most tests run the library's own worker loop in this process on the database backend; the last one starts
``manage.py db_worker`` as a real process, kills it with SIGKILL in the middle of a task and recovers (PostgreSQL:
the worker process must share the test database, which SQLite keeps in memory).
"""

import datetime
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock
from urllib.parse import quote

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone, translation
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from portal import task_recovery
from programs.applications import emails
from programs.mail import send_once
from programs.models import SentEmail

pytestmark = pytest.mark.django_db

NOW = timezone.now


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database, as in production, instead of run inline as in the other tests."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASKS_STUCK_AFTER_MINUTES = 30
    settings.TASKS_MAX_ATTEMPTS = 3


def run_worker(worker_id="fresh-worker"):
    """What ``db_worker --batch`` does, in this process (its connection check would end the test's transaction)."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        Worker(queue_names=["default"], interval=0, batch=True, backend_name="default", startup_delay=False,
               max_tasks=None, worker_id=worker_id, excluded_queue_names=[]).run()


def claimed_by_a_dead_worker(task_id, minutes_ago, claims=1) -> DBTaskResult:
    """The row as a worker killed during the task leaves it: "running", started ``minutes_ago``."""
    row = DBTaskResult.objects.get(pk=task_id)
    for n in range(claims):
        row.claim(f"dead-worker-{n}")
    DBTaskResult.objects.filter(pk=task_id).update(started_at=NOW() - datetime.timedelta(minutes=minutes_ago))
    return DBTaskResult.objects.get(pk=task_id)


def to(application):
    return [m for m in mail.outbox if m.to == [application.email]]


def test_a_task_left_running_by_a_dead_worker_is_requeued_and_its_e_mail_sent_once(applicant, database_tasks):
    result = emails.send_email.enqueue("confirmation", applicant.pk)
    claimed_by_a_dead_worker(result.id, minutes_ago=31)
    run_worker()  # a restarted worker never takes a "running" task …
    assert not to(applicant) and DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING

    recovery = task_recovery.requeue_stuck_tasks()  # … until recovery puts it back
    assert [str(t.pk) for t in recovery.requeued] == [result.id] and not recovery.failed
    run_worker()
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.SUCCESSFUL and row.worker_ids == ["dead-worker-0", "fresh-worker"]
    assert len(to(applicant)) == 1 and applicant.reference in to(applicant)[0].subject
    assert not task_recovery.requeue_stuck_tasks().requeued


def test_a_task_run_again_after_its_e_mail_went_out_sends_nothing(applicant, database_tasks):
    result = emails.send_email.enqueue("confirmation", applicant.pk)
    run_worker()
    assert len(to(applicant)) == 1
    # The worker died after sending, before recording success: the task is run again.
    DBTaskResult.objects.filter(pk=result.id).update(status=TaskResultStatus.READY, finished_at=None)
    run_worker("second-worker")
    assert len(to(applicant)) == 1
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL
    sent = SentEmail.objects.get()
    assert sent.key == f"task:{result.id}" and sent.recipient == applicant.email and sent.sent_at is not None


def test_two_tasks_for_the_same_e_mail_kind_still_send_two(applicant, database_tasks):
    """The key is the task, not the kind: a second draft link or status e-mail is a new e-mail."""
    emails.send_email.enqueue("confirmation", applicant.pk)
    emails.send_email.enqueue("confirmation", applicant.pk)
    run_worker()
    assert len(to(applicant)) == 2 and SentEmail.objects.count() == 2


def test_a_task_claimed_recently_is_left_running(applicant, database_tasks):
    result = emails.send_email.enqueue("confirmation", applicant.pk)
    claimed_by_a_dead_worker(result.id, minutes_ago=29)
    assert not task_recovery.requeue_stuck_tasks().requeued
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING


def test_a_task_whose_workers_died_too_often_is_marked_failed_with_the_reason(applicant, database_tasks):
    result = emails.send_email.enqueue("confirmation", applicant.pk)
    claimed_by_a_dead_worker(result.id, minutes_ago=45, claims=3)
    recovery = task_recovery.requeue_stuck_tasks()
    assert [str(t.pk) for t in recovery.failed] == [result.id] and not recovery.requeued
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.FAILED and row.finished_at is not None
    assert row.exception_class_path == "portal.task_recovery.WorkerLost" and "claimed 3 times" in row.traceback
    run_worker()
    assert not to(applicant)


def test_the_command_says_what_it_did_and_a_dry_run_changes_nothing(applicant, database_tasks):
    result = emails.send_email.enqueue("confirmation", applicant.pk)
    claimed_by_a_dead_worker(result.id, minutes_ago=60)
    out = io.StringIO()
    with translation.override("en"):
        call_command("requeue_stuck_tasks", "--dry-run", stdout=out)
    assert "Dry run" in out.getvalue() and "1 task re-queued. 0 tasks marked failed." in out.getvalue()
    assert str(result.id) in out.getvalue()
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING
    out = io.StringIO()
    with translation.override("en"):
        call_command("requeue_stuck_tasks", stdout=out)
    assert "Re-queued" in out.getvalue() and "Dry run" not in out.getvalue()
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY


def test_a_send_that_fails_releases_its_key_so_the_task_can_be_run_again(applicant):
    message = emails.build("confirmation", applicant.pk)
    with mock.patch.object(type(message), "send", side_effect=OSError("mail server down")), pytest.raises(OSError):
        send_once("task:x", message)
    assert not SentEmail.objects.exists()
    assert send_once("task:x", message) is True and send_once("task:x", message) is False
    assert len(to(applicant)) == 1


# -- a real worker process, killed ------------------------------------------------------------------------------
PROJECT = Path(__file__).resolve().parents[3]


def shared_database_url() -> str:
    db = connection.settings_dict
    user = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    return f"postgres://{user}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def worker_process(outbox: Path, *options: str, hold: bool = False, **kwargs):
    env = {**os.environ, "DATABASE_URL": shared_database_url(), "EMAIL_FILE_PATH": str(outbox)}
    env.pop("HOLD_TASKS", None)
    if hold:
        env["HOLD_TASKS"] = "1"
    command = [sys.executable, "-m", "tests.integration.site.worker_process", "--no-reload", "--no-startup-delay",
               "--interval", "0.2", *options]
    return subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)


def sent_files(outbox: Path) -> list[str]:
    """Every message the file backend wrote, by its "To:" header."""
    return [line for path in sorted(outbox.glob("*")) for line in path.read_text().splitlines() if line.startswith("To: ")]


def wait_for(condition, seconds=90):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="the worker process must share the test database; SQLite's lives in this process's memory")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_killed_mid_task_leaves_nothing_stuck_and_the_e_mail_goes_once(applicant, database_tasks, tmp_path):
    result = emails.send_email.enqueue("confirmation", applicant.pk)
    killed = worker_process(tmp_path, "--worker-id", "killed-worker", hold=True)
    try:
        wait_for(lambda: DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING or killed.poll() is not None)
        assert killed.poll() is None, killed.stderr.read().decode()
    finally:
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(timeout=30)
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING and not sent_files(tmp_path)

    recovery = task_recovery.requeue_stuck_tasks(now=NOW() + datetime.timedelta(minutes=31))
    assert [str(t.pk) for t in recovery.requeued] == [result.id]
    fresh = worker_process(tmp_path, "--worker-id", "fresh-worker", "--batch")
    assert fresh.wait(timeout=120) == 0, fresh.stderr.read().decode()

    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.SUCCESSFUL and row.worker_ids == ["killed-worker", "fresh-worker"]
    assert sent_files(tmp_path) == [f"To: {applicant.email}"]
    assert SentEmail.objects.get().sent_at is not None
