"""Build the demo site in every language. Safe to run again: it only adds what is missing."""

from importlib import import_module

from django.core.management import BaseCommand, call_command

# Each app contributes its own loader, in dependency order.
LOADERS = ["home.demo", "programs.demo", "programs.demo_calls", "resources.demo", "home.demo_news", "home.demo_media", "programs.demo_matches"]


class Command(BaseCommand):
    help = "Load the bilingual demo content (idempotent)."

    def handle(self, *args, **options):
        for path in LOADERS:
            import_module(path).load(self.stdout)
        import_module("home.demo").order_menu()
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(import_module("home.demo").admin_login())
