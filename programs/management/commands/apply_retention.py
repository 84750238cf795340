"""Daily job: delete expired drafts and anonymise personal data whose retention period has passed.

Idempotent: what is anonymised is never due again. ``--dry-run`` lists what would happen, by id and
reference only (the output goes to logs, which must not hold personal data).
"""

import datetime

from django.core.management import BaseCommand
from django.utils import timezone

from programs.applications.models import Application
from programs.privacy import retention


class Command(BaseCommand):
    help = "Delete expired drafts and anonymise personal data past its retention period (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List what is due; change nothing.")
        parser.add_argument("--date", type=datetime.date.fromisoformat, help="Act as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, dry_run=False, date=None, **options):
        now = None
        if date:
            now = timezone.make_aware(datetime.datetime.combine(date, datetime.time(12)))
        plan = retention.due(now)
        references = dict(Application.objects.filter(pk__in=plan.unmatched + plan.matched).values_list("pk", "reference"))
        lines = [
            ("drafts to delete", plan.drafts),
            ("applications never matched to anonymise", [references[pk] for pk in plan.unmatched]),
            ("applications of completed matches to anonymise", [references[pk] for pk in plan.matched]),
            ("matches to anonymise", plan.matches),
            ("answered data-subject requests to anonymise", plan.requests),
            ("preparation records of people who never applied to anonymise", plan.preparation),
        ]
        for label, items in lines:
            self.stdout.write(f"{label}: {len(items)}" + (f" ({', '.join(map(str, items))})" if items else ""))
        if dry_run:
            self.stdout.write("Dry run: nothing changed.")
            return
        done = retention.apply(plan)
        self.stdout.write(
            f"Done: {done['drafts']} draft(s) deleted, {done['applications']} application(s), "
            f"{done['matches']} match(es) and {done['requests']} answered request(s) anonymised."
        )
        if "preparation" in done:
            self.stdout.write(f"Preparation records of people who never applied: {done['preparation']} anonymised.")
