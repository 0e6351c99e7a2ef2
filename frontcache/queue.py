"""
Purges run after the commit and off the request, and a failure never blocks publishing.

`purge_after_commit` is all a receiver calls: once the transaction commits it
queues `purge_paths` on the `frontcache` task backend (django-tasks; the
database backend and its `db_worker` in production, so the editor's request
does not wait for the cache). A failed purge is logged and queued again with a
growing delay, `FRONTCACHE_PURGE_ATTEMPTS` times in all; a backend that cannot
defer (the immediate one of development and tests) retries at once.
"""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Site

from frontcache.backends import PurgeFailed

logger = logging.getLogger(__name__)
TASK_BACKEND = "frontcache"


def purge_after_commit(find_paths, *args):
    """
    Purge the URL paths `find_paths(*args)` returns once the current
    transaction commits. They are found now, while a deleted page still
    exists, and only when a frontend cache is configured (development and
    most tests have none, and pay no query for it).
    """
    if not get_backends():
        return
    paths = find_paths(*args)
    if paths:
        transaction.on_commit(partial(enqueue_purge, sorted(paths)))


def enqueue_purge(paths, attempt=1, run_after=None):
    task_ = purge_paths.using(run_after=run_after) if run_after else purge_paths
    try:
        task_.enqueue(paths, attempt)
    except Exception:
        # The page is published whatever happens here; the cache catches up at s-maxage.
        logger.exception("Could not queue the purge of %d paths", len(paths))


@task(backend=TASK_BACKEND)
def purge_paths(paths, attempt=1):
    """Ask every configured frontend cache to drop `paths`; retry later when one fails."""
    try:
        send_purges(paths)
    except PurgeFailed as error:
        retry_later(paths, attempt, error)


def send_purges(paths):
    """Purge on every backend; raise PurgeFailed after trying them all if any failed."""
    root_url = default_root_url()
    urls = [root_url + path for path in paths]
    failures = []
    for name, backend in get_backends().items():
        try:
            backend.purge_batch(urls)
        except PurgeFailed as error:
            failures.append(f"{name}: {error}")
    if failures:
        raise PurgeFailed("; ".join(failures))


def retry_later(paths, attempt, error):
    if attempt >= settings.FRONTCACHE_PURGE_ATTEMPTS:
        logger.error("Gave up purging %d paths after %d attempts: %s", len(paths), attempt, error)
        return
    delay = timedelta(seconds=settings.FRONTCACHE_RETRY_SECONDS * 2 ** (attempt - 1))
    logger.warning("Purge failed (attempt %d), retrying in %s: %s", attempt, delay, error)
    if purge_paths.get_backend().supports_defer:
        enqueue_purge(paths, attempt + 1, run_after=timezone.now() + delay)
    else:
        enqueue_purge(paths, attempt + 1)


def default_root_url():
    """The host purges name (Varnish's keys ignore it; hosted caches such as Cloudflare do not)."""
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")
