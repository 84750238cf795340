"""Daily job: start matches whose date has come and ask for feedback when it is due.

Idempotent, so cron or a systemd timer may run it as often as wanted.
"""

import datetime

from django.core.management import BaseCommand

from programs.followup.feedback import send_due_feedback_requests
from programs.matching.workflow import activate_due


class Command(BaseCommand):
    help = "Activate confirmed matches from their start date and e-mail due midpoint/final feedback requests (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--date", type=datetime.date.fromisoformat, help="Act as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, date=None, **options):
        activated = activate_due(date)
        sent = send_due_feedback_requests(date)
        self.stdout.write(f"{len(activated)} match(es) activated, {sent} feedback request(s) sent.")
