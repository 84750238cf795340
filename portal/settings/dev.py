"""Local development: debug on, a throw-away key, e-mails and tasks inline."""

from portal import site_address

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-not-secret-2ZzSx9w8nq")
# Links in e-mails and the Site record follow the address `make run` serves on
# (HOST and PORT, exported by the Makefile) unless WAGTAILADMIN_BASE_URL says otherwise.
WAGTAILADMIN_BASE_URL = site_address.setting(env, default=site_address.dev_server_url(env))
ALLOWED_HOSTS = list(dict.fromkeys(["127.0.0.1", "localhost", "[::1]", site_address.parse(WAGTAILADMIN_BASE_URL).hostname]))
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# The demo login stays one step; the login page says that two-step verification is relaxed here.
STAFF_SECOND_FACTOR_REQUIRED = False
# A cache on disk, shared by `runserver` and any command run beside it (`publish_scheduled`, `load_demo`), so
# that a change made by a command clears the page cache the server reads (portal/page_cache.py).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": BASE_DIR / ".cache"}}  # noqa: F405
