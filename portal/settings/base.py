"""Settings shared by every environment.

Secure by default: DEBUG is off and there is no secret key here; ``dev`` and
``test`` loosen, ``production`` only reads the environment.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "home",
    "programs",
    "resources",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    # Last: their own Turkish catalogues ("Bu alan zorunlu.") must not win over Django's and Wagtail's.
    "wagtail.api.v2",
    "rest_framework",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # ETag and 304, for cached pages too
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.page_cache.PageCacheMiddleware",  # anonymous visitors' pages from the cache (portal/page_cache.py)
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",  # Django's, leaving the API's 404s alone
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "programs.privacy.fresh_links.ExpiredLinkMiddleware",
    "portal.middleware.AdminIdleTimeoutMiddleware",
    "home.two_step.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "portal.middleware.QueryStringControlsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a lockout into its page
]

ROOT_URLCONF = "portal.urls"
# Widgets render through TEMPLATES so templates/wagtailadmin/widgets/ can
# replace Wagtail's inline-script date pickers (see README, Security).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Staff accounts see applicants' personal data (README, Staff accounts).
# django-axes first: it refuses a locked-out username+address before the password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Failed logins: the 5th wrong password for one username from one address locks that pair for 15 minutes.
# The pair, not the username alone (anyone could lock a colleague out from anywhere) nor the address alone
# (a municipality's staff share one NAT address); the second factor and 12-character passwords cover the rest.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "home.two_step.views.locked_out"  # a translated page that says for how long
AXES_HTTP_RESPONSE_CODE = 429
AXES_ENABLE_ADMIN = False  # the project has no Django admin
# Behind reverse proxies, how many of ours append to X-Forwarded-For (0: the header is ignored, REMOTE_ADDR counts).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# The public API (home/api.py): read-only, JSON only, a rate limit per client address.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_RATES": {"api": env.str("API_RATE_LIMIT", default="120/minute")},
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
WAGTAILAPI_LIMIT_MAX = 100
AXES_CLIENT_IP_CALLABLE = "portal.client_ip.client_ip"
# Two-step verification (TOTP with recovery codes, django-otp; home/two_step/): required of the Secretariat
# and superusers, offered to all staff. dev turns the requirement off so the demo login stays one step.
STAFF_SECOND_FACTOR_REQUIRED = True
OTP_TOTP_ISSUER = "Mentor Programme Portal"
# The admin signs a staff member out after this many minutes without a request (portal/middleware.py).
ADMIN_SESSION_IDLE_MINUTES = env.int("ADMIN_SESSION_IDLE_MINUTES", default=30)

# Personal data (programs/privacy): how long it is kept when no retention rule names the programme or call,
# and how long a draft of a standing call (which never closes) waits for a change before it is deleted.
RETENTION_MONTHS_UNMATCHED = env.int("RETENTION_MONTHS_UNMATCHED", default=12)
RETENTION_MONTHS_MATCHED = env.int("RETENTION_MONTHS_MATCHED", default=24)
STANDING_CALL_DRAFT_DAYS = env.int("STANDING_CALL_DRAFT_DAYS", default=30)
# Private links (programs/privacy/links.py): how long a status link works after the final decision, and a
# participant link after the match ends (counted from the later of that and the day the link was sent).
STATUS_LINK_DAYS_AFTER_DECISION = env.int("STATUS_LINK_DAYS_AFTER_DECISION", default=90)
PARTICIPANT_LINK_DAYS_AFTER_END = env.int("PARTICIPANT_LINK_DAYS_AFTER_END", default=90)
# Travel claims (programs/claims): the secretariat's shared address for its daily reminders (empty: each
# Secretariat member's own), and after how many days an undecided claim is listed in them.
SECRETARIAT_EMAIL = env.str("SECRETARIAT_EMAIL", default="")
CLAIMS_WAITING_DAYS = env.int("CLAIMS_WAITING_DAYS", default=10)
# Reminders (manage.py send_reminders, programs/reminders): how long before a call closes a draft's holder is
# reminded, how old an unconsented match is before the secretariat's daily digest lists it, how many weeks without
# a logged meeting prompt a reminder, and how long before a match's end date its participants are told.
REMINDER_DRAFT_DAYS_BEFORE_CLOSE = env.int("REMINDER_DRAFT_DAYS_BEFORE_CLOSE", default=3)
REMINDER_CONSENTS_PENDING_DAYS = env.int("REMINDER_CONSENTS_PENDING_DAYS", default=7)
REMINDER_NO_MEETING_WEEKS = env.int("REMINDER_NO_MEETING_WEEKS", default=4)
REMINDER_ASSIGNMENT_ENDING_DAYS = env.int("REMINDER_ASSIGNMENT_ENDING_DAYS", default=14)

# Languages: Turkish first. A third language is one line here plus its
# locale files; nothing in the code names a language.
LANGUAGE_CODE = "tr"
LANGUAGES = [("tr", "Türkçe"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# ASCII slugs ("kent-bahceleri", not "kent-bahçeleri"): the admin transliterates titles with its
# Turkish map and home.slugs folds every page slug on the server the same way.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Istanbul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Applicants' files live outside MEDIA_URL and are served only by a view
# that checks permission (see programs); any storage backend can replace it.
PRIVATE_MEDIA_ROOT = Path(env.str("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private_media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_PERMISSIONS = 0o640

# Sessions and cache live outside the app server so that several can run.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Public pages for visitors without a session are kept this long at most (portal/page_cache.py): every
# change to content starts a new generation, and a call's or event's next change by the clock ends it sooner.
# 0 turns the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=3600)

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A task still "running" this long after a worker claimed it is taken for lost (the worker died) and put
# back in the queue by `manage.py requeue_stuck_tasks`; after this many claims it is marked failed instead.
TASKS_STUCK_AFTER_MINUTES = env.int("TASKS_STUCK_AFTER_MINUTES", default=30)
TASKS_MAX_ATTEMPTS = env.int("TASKS_MAX_ATTEMPTS", default=3)

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="mentor@localhost")

# Security headers, on everywhere; production adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

# Only our own origin, no inline code: see portal/middleware.py for the
# looser policy the Wagtail admin needs.
SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": ["'none'"],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": ["'none'"],
    },
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
    "base-uri": [SELF],
    "object-src": ["'none'"],
}

# Wagtail
WAGTAIL_SITE_NAME = _("Mentor Programme Portal")
# WAGTAILADMIN_BASE_URL, the site's one public address (links in e-mails, the Site record behind the
# sitemap, calendar files and canonical links): set in dev (http://HOST:PORT), test and production
# (required); see portal/site_address.py.
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # nothing from another host
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
from search.backends import search_backends_from_env  # noqa: E402

WAGTAILSEARCH_BACKENDS = search_backends_from_env(env, LANGUAGE_CODE)
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
