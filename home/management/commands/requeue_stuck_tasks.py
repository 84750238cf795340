"""Put background tasks that a dead worker left "running" back in the queue (see `portal.task_recovery`).

Run it every five minutes from cron or a systemd timer beside ``db_worker``.
"""

from django.core.management import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal import task_recovery


class Command(BaseCommand):
    help = "Re-queue background tasks still running after TASKS_STUCK_AFTER_MINUTES (their worker died)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only list what would be done.")

    def handle(self, *args, dry_run=False, **options):
        recovery = task_recovery.requeue_stuck_tasks(dry_run=dry_run)
        for task in recovery.requeued:
            self.stdout.write(_("Re-queued: %(task)s (%(id)s), started %(started)s.") % self._describe(task))
        for task in recovery.failed:
            self.stdout.write(_("Failed after too many attempts: %(task)s (%(id)s), started %(started)s.") % self._describe(task))
        requeued, failed = len(recovery.requeued), len(recovery.failed)
        summary = " ".join([
            ngettext("%(count)d task re-queued.", "%(count)d tasks re-queued.", requeued) % {"count": requeued},
            ngettext("%(count)d task marked failed.", "%(count)d tasks marked failed.", failed) % {"count": failed},
        ])
        if dry_run:
            summary = _("Dry run, nothing changed: %(summary)s") % {"summary": summary}
        self.stdout.write(summary)

    @staticmethod
    def _describe(task) -> dict:
        return {"task": task.task_path, "id": task.id, "started": task.started_at.isoformat()}
