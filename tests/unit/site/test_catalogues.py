"""The project's Turkish catalogues are complete: staff never meet an English string the project wrote.

A msgid left empty or fuzzy is silently skipped when the catalogue is compiled, so the admin
falls back to English without anyone noticing; placeholders that differ break the message at run time.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")
CATALOGUES = sorted(
    path
    for path in Path(settings.BASE_DIR).glob("*/**/locale/tr/LC_MESSAGES/django.po")
    if ".venv" not in path.parts
) + [Path(settings.BASE_DIR) / "locale/tr/LC_MESSAGES/django.po"]


def placeholders(text):
    return sorted(a or b for a, b in PLACEHOLDER.findall(text))


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(settings.BASE_DIR)))
def test_every_turkish_message_is_translated_with_its_placeholders(path):
    catalogue = polib.pofile(str(path))
    missing = [entry.msgid for entry in catalogue if not entry.obsolete and (not entry.translated())]
    assert missing == []
    for entry in catalogue.translated_entries():
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert set(placeholders(text)) <= set(placeholders(entry.msgid + (entry.msgid_plural or ""))), entry.msgid


def test_the_catalogues_are_found():
    assert len(CATALOGUES) >= 4
