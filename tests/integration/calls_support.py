"""The demo's calls by key, for the browser tests that run on the demo; form helpers live in tests/factories."""

from demo.loader.common import key_uuid
from programs.models import CallPage
from tests.factories.applications import PDF, PNG, apply_url, close, pdf, valid_data  # noqa: F401  (the browser tests import them from here)


def demo_call(key: str, language: str = "en") -> CallPage:
    return CallPage.objects.get(translation_key=key_uuid(f"call:{key}"), locale__language_code=language)


def open_call(language="en") -> CallPage:
    return demo_call("expert_digital", language)
