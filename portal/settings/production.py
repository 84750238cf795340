"""Production: everything a deployment varies comes from the environment.

Missing required variables stop the process with ImproperlyConfigured
(django-environ), naming the variable.
"""

from django.core.exceptions import ImproperlyConfigured

from portal import site_address
from portal.storage_settings import private_storage

from .base import *  # noqa: F403
from .base import BASE_DIR, env

# Tools that must not run here by accident ask for an explicit flag (load_demo --allow-production).
IS_PRODUCTION = True

SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[f"https://{host}" for host in ALLOWED_HOSTS])

DATABASES = {"default": env.db("DATABASE_URL")}
if "postgresql" not in DATABASES["default"]["ENGINE"]:
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL in production (postgres://…).")
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# The public address, e.g. https://mentor.example.org: required, never guessed from ALLOWED_HOSTS
# (links in e-mails, and through the Site record the sitemap and calendar files; see portal/site_address.py).
WAGTAILADMIN_BASE_URL = site_address.setting(env)

if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
elif env.str("EMAIL_HOST", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env.str("EMAIL_HOST")
    EMAIL_PORT = env.int("EMAIL_PORT", default=587)
    EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
    EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
    EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=True)
else:
    raise ImproperlyConfigured("Set EMAIL_URL (e.g. smtp+tls://user:pass@host:587) or EMAIL_HOST.")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)  # noqa: F405

if env.str("REDIS_URL", default=""):
    CACHES = {"default": {"BACKEND": "portal.redis_cache.PortalRedisCache", "LOCATION": env.str("REDIS_URL")}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Shared by every app server; run `manage.py createcachetable` once.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "portal_cache"}}

MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
if env.str("S3_BUCKET", default=""):
    # Any S3-compatible storage (django-storages and boto3 are in requirements.txt).
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"bucket_name": env.str("S3_BUCKET"), "endpoint_url": env.str("S3_ENDPOINT_URL", default=None)},
    }

# Applicants' files: PRIVATE_STORAGE_BACKEND=s3 with PRIVATE_S3_BUCKET (portal/storage_settings.py).
STORAGES["private"] = private_storage(env, STORAGES["private"])  # noqa: F405

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
