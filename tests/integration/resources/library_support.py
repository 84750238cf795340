"""Helpers shared by the library, news and programme tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from demo.loader.common import key_uuid
from programs.models import ProgramPage, Theme


def theme_slug(key: str, language: str) -> str:
    return Theme.objects.get(translation_key=key_uuid(f"theme:{key}"), locale__language_code=language).slug


def programme_slug(key: str, language: str) -> str:
    return ProgramPage.objects.get(translation_key=key_uuid(f"programme:{key}"), locale__language_code=language).slug


def locale(language: str) -> Locale:
    return Locale.objects.get(language_code=language)


def count_queries(client, url: str) -> int:
    """Queries for one request of ``url``, after a first one has filled the
    per-process caches (site root paths, content types) that a test run
    may or may not have filled already."""
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)
