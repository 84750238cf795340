"""Compile every .po catalogue to .mo without needing GNU gettext installed.

Django's compilemessages shells out to msgfmt, which a fresh machine may
lack; polib is pure Python, so `make run` works offline on any Debian.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management import BaseCommand


class Command(BaseCommand):
    help = "Compile locale/*.po files to .mo (pure Python)."

    def handle(self, *args, **options):
        base = Path(settings.BASE_DIR)
        count = 0
        for po_path in base.glob("**/locale/*/LC_MESSAGES/*.po"):
            if ".venv" in po_path.parts or "node_modules" in po_path.parts:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
            count += 1
        self.stdout.write(f"Compiled {count} translation catalogue(s).")
