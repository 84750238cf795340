"""Build the demo site in every language. Safe to run again: it only adds what is missing."""

from django.conf import settings
from django.core.management import BaseCommand, CommandError, call_command

from demo import loader
from home.slugs import fold_unicode_slugs
from portal import site_address


class Command(BaseCommand):
    help = (
        "Load the bilingual demo content (idempotent). In development the administrator is admin / "
        "mentor-demo-2026. Under production settings the command refuses to run unless given "
        "--allow-production, and then creates the admin account with a random password, printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production", action="store_true",
            help="Load the demo even under production settings (the admin then gets a random password, shown once).",
        )

    def handle(self, *args, allow_production=False, **options):
        production = getattr(settings, "IS_PRODUCTION", False)
        if production and not allow_production:
            raise CommandError(
                "These are production settings: load_demo would add fictional people, pages and an administrator "
                "account to this database. Run it with --allow-production if that is what you want."
            )
        self._site_address()  # first: what the demo links to is on the configured address
        login = loader.load(self.stdout, production=production)
        # Pages saved before slugs were ASCII (the migration does the same for any database).
        folded = fold_unicode_slugs()
        if folded:
            self.stdout.write(f"Slugs: {len(folded)} folded to ASCII, with redirects from the old addresses.")
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(login)

    def _site_address(self):
        """The default Site record names the address e-mails use (sitemap, calendar files, canonical links)."""
        site, previous = site_address.apply_to_default_site()
        if previous is not None:
            self.stdout.write(f"Site address: {site.root_url} (was {previous}).")
