"""Local development: debug on, a throw-away key, e-mails and tasks inline."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-not-secret-2ZzSx9w8nq")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
