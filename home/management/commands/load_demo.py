"""Build the demo site in every language. Safe to run again: it only adds what is missing."""

from importlib import import_module

from django.core.management import BaseCommand, call_command

from home.slugs import fold_unicode_slugs
from portal import site_address

# Each app contributes its own loader, in dependency order.
LOADERS = ["home.demo", "programs.demo", "programs.demo_calls", "resources.demo", "home.demo_news", "home.demo_media", "programs.demo_matches"]


class Command(BaseCommand):
    help = "Load the bilingual demo content (idempotent)."

    def handle(self, *args, **options):
        self._site_address()  # first: what the loaders link to is on the configured address
        for path in LOADERS:
            import_module(path).load(self.stdout)
        import_module("home.demo").order_menu()
        # Pages saved before slugs were ASCII (the migration does the same for any database).
        folded = fold_unicode_slugs()
        if folded:
            self.stdout.write(f"Slugs: {len(folded)} folded to ASCII, with redirects from the old addresses.")
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(import_module("home.demo").admin_login())

    def _site_address(self):
        """The default Site record names the address e-mails use (sitemap, calendar files, canonical links)."""
        site, previous = site_address.apply_to_default_site()
        if previous is not None:
            self.stdout.write(f"Site address: {site.root_url} (was {previous}).")
