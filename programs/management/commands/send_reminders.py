"""Daily job: send every reminder due today (Istanbul date), each once ever; see programs/reminders/.

Idempotent, so cron or a systemd timer may run it as often as wanted. `send_due_feedback_requests` stays a job of
its own: it also changes matches (activates them, opens feedback rounds), which a reminder never does.
"""

import datetime

from django.core.management import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from programs.reminders.sending import send_due


class Command(BaseCommand):
    help = "E-mail the reminders due today, each once (idempotent); --dry-run only counts them."

    def add_arguments(self, parser):
        parser.add_argument("--date", type=datetime.date.fromisoformat, help="Act as if today were this date (YYYY-MM-DD).")
        parser.add_argument("--dry-run", action="store_true", help="Count what is due; send and write nothing.")

    def handle(self, *args, date=None, dry_run=False, **options):
        today = date or timezone.localdate()
        results = send_due(today, dry_run=dry_run)
        for result in results:
            self.stdout.write(self.summary(result, dry_run))
        failed = [r.kind for r in results if r.error]
        if failed:
            raise CommandError(_("Reminders failed for: %(kinds)s (see the log).") % {"kinds": ", ".join(failed)})

    def summary(self, result, dry_run: bool) -> str:
        if result.error:
            return _("%(kind)s: failed: %(error)s") % {"kind": result.kind, "error": result.error}
        sent = (
            ngettext("%(count)d would be sent", "%(count)d would be sent", result.sent) if dry_run
            else ngettext("%(count)d reminder sent", "%(count)d reminders sent", result.sent)
        ) % {"count": result.sent}
        already = ngettext("%(count)d sent before", "%(count)d sent before", result.already) % {"count": result.already}
        off = ngettext(
            "%(count)d not sent (reminders turned off)", "%(count)d not sent (reminders turned off)", result.turned_off
        ) % {"count": result.turned_off}
        return f"{result.kind}: {sent}, {already}, {off}"
