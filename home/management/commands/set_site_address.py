"""Write the configured address (WAGTAILADMIN_BASE_URL) to the default Wagtail Site record.

``migrate`` and ``load_demo`` do the same; run this after changing the
variable without migrating, or after someone edited Settings → Sites.
"""

from django.core.management import BaseCommand, CommandError

from portal import site_address


class Command(BaseCommand):
    help = "Set the default Wagtail site's hostname and port from WAGTAILADMIN_BASE_URL (sitemap, calendar files, canonical links)."

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default", help="Database alias (default: default).")

    def handle(self, *args, database="default", **options):
        try:
            site, previous = site_address.apply_to_default_site(database)
        except ValueError as error:
            raise CommandError(str(error)) from None
        if site is None:
            raise CommandError("There is no default site yet: run `manage.py migrate` first.")
        if previous is None:
            self.stdout.write(f"The default site already has the configured address, {site.root_url}.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Default site address set to {site.root_url} (was {previous})."))
