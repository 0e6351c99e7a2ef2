"""Local development: `make run`. Debug on, console e-mail, SQLite unless DATABASE_URL is set."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - never used outside a developer's machine
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# With DEBUG on, Django answers a BadRequest with its debug page; the site's
# own 400 (the one readers get) is shown instead, as in production.
MIDDLEWARE = [*MIDDLEWARE, "config.errors.BadRequestPageMiddleware"]  # noqa: F405
