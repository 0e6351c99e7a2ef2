"""
Settings shared by every environment.

`dev.py`, `test.py` and `production.py` import everything from here and change
only what differs. Two environment variables switch the embedded defaults to
real services:

- ``DATABASE_URL`` (for example ``postgres://postgres@127.0.0.1:5432/newsroom``);
  unset, the site runs on SQLite in ``db.sqlite3``.
- ``REDIS_URL`` (for example ``redis://127.0.0.1:6379/0``); unset, caching is
  in-process memory.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from frontcache.settings import frontend_caches, task_backends
from search.backends import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# `site/` holds the site-wide pieces that are not a Django app: base templates,
# chrome partials, static files and translations. It cannot be a Python package
# called `site` (that is Python's own module), so it is only ever a folder.
SITE_DIR = BASE_DIR / "site"

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "home",
    "news",
    "search",
    "localization",
    "accounts",
    "comments",
    "analytics",
    "newsroom",
    "syndication",
    "consent",
    "frontcache",
    "live",
    "demo",
    # wagtail-localize must come before the wagtail apps (its templates override theirs).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
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
    "axes",
    "csp",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: the proxy's health probes touch no session, host check or redirect.
    "config.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "web.nul_bytes.NulBytePathMiddleware",  # %00 in a path: 400, before PostgreSQL sees it
    "web.content_policy.ContentPolicyMiddleware",  # CSP and Permissions-Policy
    "django.contrib.sessions.middleware.SessionMiddleware",
    "localization.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite unless DATABASE_URL names another one.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The "most read" index carries INCLUDE columns for PostgreSQL; SQLite builds
# it without them and warns on every start (models.W040). Only that check, and
# only on SQLite, where the plain index is all we expect.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    SILENCED_SYSTEM_CHECKS = ["models.W040"]

# Cache: in-process memory unless REDIS_URL names a Redis server. When Redis
# is down the site goes on with an in-process stand-in (web/resilient_cache.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "web.resilient_cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "newsroom",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsroom",
        }
    }
# Wagtail looks renditions up in this cache before asking the database.
CACHES["renditions"] = {**CACHES["default"], "TIMEOUT": 60 * 60 * 24}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Thai first, English second. Every public URL carries its
# language prefix (/th/..., /en/...).
LANGUAGE_CODE = "th"
LANGUAGES = [
    ("th", _("Thai")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
# Slugs are ASCII; a headline with no Latin letters gets a stable id instead
# (localization/slugs.py), so no editor meets a slug error for a Thai title.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Editors pick their admin language in their account settings; Thai by default.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Our own catalog first (it wins), then one folder per package's Thai admin
# catalog under site/locale/upstream/ (they win over the packages' own Thai).
LOCALE_PATHS = [
    SITE_DIR / "locale",
    *sorted(path.parent for path in (SITE_DIR / "locale" / "upstream").glob("*/th")),
]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

# Static files: runserver serves them in development; in production WhiteNoise
# serves them compressed and with hashed names (see production.py).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex article bodies post many fields in one admin form.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Public pages are cached whole by shared caches for this long (seconds);
# browsers keep them for BROWSER_MAX_AGE. See config/cache.py.
PUBLIC_CACHE_S_MAXAGE = int(os.environ.get("PUBLIC_CACHE_S_MAXAGE", "300"))
PUBLIC_CACHE_BROWSER_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_BROWSER_MAX_AGE", "60"))
# A shared cache may serve a copy this much past its s-maxage while it fetches a
# fresh one, and for this long when the site answers with an error.
PUBLIC_CACHE_STALE_WHILE_REVALIDATE = int(
    os.environ.get("PUBLIC_CACHE_STALE_WHILE_REVALIDATE", "30")
)
PUBLIC_CACHE_STALE_IF_ERROR = int(os.environ.get("PUBLIC_CACHE_STALE_IF_ERROR", "86400"))

# The reverse-proxy cache in front (deploy/varnish), purged after publishing
# (frontcache/; README, "Purging on publish"): FRONTEND_CACHE_PURGE_URLS and
# FRONTCACHE_TASKS in the environment.
WAGTAILFRONTENDCACHE = frontend_caches(os.environ)
TASKS = task_backends(os.environ)
FRONTCACHE_PURGE_ATTEMPTS = 5
FRONTCACHE_RETRY_SECONDS = 2  # then 4, 8, 16

# Wagtail
WAGTAIL_SITE_NAME = "News World Daily"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: the site's own database unless SEARCH_BACKEND names a cluster (README, "Search").
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
# Query statistics for editors (Reports > Search terms) are kept this many days.
WAGTAILSEARCH_HITS_MAX_AGE = int(os.environ.get("SEARCH_HITS_MAX_AGE", "90"))
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "link", "ol", "ul"]},
    }
}
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# "Translate this page" makes a draft, never a live page, even of a live
# source: the translation goes live through review (newsroom/publish_guards.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Submitting a live story for translation published the new, still all-Thai
# copy at once; it starts as a draft, published once translated
# (localization/translation_publishing.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Readers: accounts, comments and view counts (README, "Readers").
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:account"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "News World Daily <noreply@localhost>")
# Login attempts are counted per e-mail address and network address together
# (many readers share one address behind a mobile carrier's NAT), in the
# database: counters in Redis made every login fail while Redis was down.
# Successful logins are not logged.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.LoginRateLimitBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_DISABLE_ACCESS_LOG = True
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "web.network.client_ip"
AXES_VERBOSE = False
# How many proxies in front of the site append to X-Forwarded-For; 0 trusts
# only REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

COMMENTS_MAX_LENGTH = 2000
COMMENTS_HELD_UNTIL_APPROVED = 3  # a reader's first comments wait for a moderator
COMMENTS_RATE_LIMIT = (5, 10 * 60)  # at most 5 comments in 10 minutes per reader
COMMENTS_CLOSE_AFTER_DAYS = int(os.environ.get("COMMENTS_CLOSE_AFTER_DAYS", "30"))  # 0: never
COMMENTS_PER_PAGE = 20

VIEW_COUNT_REPEAT_WINDOW = 30 * 60  # one reader's views of one article within this count once
# At most this many views of one article per network address within that window.
VIEW_COUNT_PER_ADDRESS = int(os.environ.get("VIEW_COUNT_PER_ADDRESS", "20"))
# Fewer views than this are not printed ("Views 0" on every fresh story looked broken).
VIEW_COUNT_SHOWN_FROM = int(os.environ.get("VIEW_COUNT_SHOWN_FROM", "10"))
MOST_READ_COUNT = 5
MOST_READ_CACHE_SECONDS = 60

# Consent (PDPA): the reader's decision lives in this first-party cookie for
# CONSENT_COOKIE_MAX_AGE seconds, then the notice asks again; decision records
# are deleted after CONSENT_RECORD_RETENTION_DAYS by `manage.py
# purge_consent_records` (README, "Consent (PDPA)").
CONSENT_COOKIE_NAME = "nwd_consent"
CONSENT_COOKIE_MAX_AGE = int(os.environ.get("CONSENT_COOKIE_MAX_AGE", str(180 * 24 * 60 * 60)))
CONSENT_RECORD_RETENTION_DAYS = int(os.environ.get("CONSENT_RECORD_RETENTION_DAYS", "1095"))

from .security import *  # noqa: E402, F403 - headers, write limits (README, "Security")
