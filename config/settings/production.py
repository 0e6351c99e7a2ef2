"""Production: secrets and hosts from the environment, hashed and compressed static files."""

import os

from config.storage import media_storage
from frontcache.settings import task_backends

from .base import *  # noqa: F403

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = os.environ["ALLOWED_HOSTS"].split(",")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

# WhiteNoise serves the collected static files right after SecurityMiddleware.
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# Uploads on this machine's disk, or in an S3-compatible bucket for several
# app nodes (MEDIA_S3_BUCKET, config/storage.py).
STORAGES["default"] = media_storage(os.environ)  # noqa: F405

# Purges wait in the database for `manage.py db_worker --backend frontcache`
# (deploy/systemd/newsroom-purge-worker.service), off the editor's request.
TASKS = task_backends(os.environ, default_queue="database")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
# Every cookie we set is Secure: Django's (session, CSRF, language) here, the
# consent and signed-in cookies follow SESSION_COOKIE_SECURE, and language.js
# adds Secure on HTTPS pages.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# HSTS for a year by default; SECURE_HSTS_SECONDS=0 turns it off (a site still
# moving to HTTPS), and the other two narrow it.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true") == "true"
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "true") == "true"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Password-reset mail to readers goes out by SMTP.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false") == "true"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
