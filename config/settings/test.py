"""The test suite: `make test`. Fast hashing, no network, files in a throwaway folder."""

import atexit
import os
import shutil
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="newsroom-test-media-")
# Removed when the process that made it exits: every test run, bench and
# subprocess with these settings makes its own. Not by a forked child (a
# server's worker), whose parent may still be using it.
_MEDIA_OWNER = os.getpid()


@atexit.register
def _remove_media_root():
    if os.getpid() == _MEDIA_OWNER:
        shutil.rmtree(MEDIA_ROOT, ignore_errors=True)


# No finder can reach a provider from the test machine; embeds degrade to links.
WAGTAILEMBEDS_FINDERS = []
