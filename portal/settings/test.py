"""Test overrides only: fast hashing, in-memory mail and cache, inline tasks."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = BASE_DIR / "private_media" / "test"  # noqa: F405
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"  # the test client's host; migrate writes it to the Site record
STAFF_SECOND_FACTOR_REQUIRED = False  # tests that need it turn it on with override_settings
# The page cache is off unless a test turns it on (tests/integration/site/test_page_cache.py and the browser
# test of publishing): the other tests change rows with update() and the clock with monkeypatch, as no server would.
PAGE_CACHE_SECONDS = 0
PREPARED_QUERIES_CHECK = True  # every prepared query is checked against the ordinary one (portal/prepared.py)
