"""Keys, languages and data files shared by every step of the demo loader.

Every demo object gets a stable ``translation_key`` derived from its key, so
a second run finds what the first created and changes nothing.
"""

import json
import uuid
from functools import cache
from pathlib import Path

from django.conf import settings
from wagtail.models import Locale

DATA = Path(__file__).resolve().parent.parent / "data"
NAMESPACE = uuid.UUID("6f1c7e3a-9d7e-4f55-9a53-2b8f0c6f0a11")


@cache
def data(name: str) -> dict:
    """One data file, e.g. ``data("calls")`` reads ``demo/data/calls.json``."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def key_uuid(key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, key)


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def languages() -> list[str]:
    """Languages with demo text: the configured ones we wrote content for."""
    return [code for code, _ in settings.LANGUAGES if code in ("tr", "en")]
