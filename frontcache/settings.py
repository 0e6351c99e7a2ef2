"""
The settings of the purges, built from the environment (config/settings/base.py).

Kept out of Django's import path: it is read while the settings load.
"""

IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
DATABASE_QUEUE = "django_tasks_db.DatabaseBackend"


def frontend_caches(environ):
    """
    WAGTAILFRONTENDCACHE: one Varnish per address in FRONTEND_CACHE_PURGE_URLS
    (comma separated); none when it is unset, and nothing is purged.
    """
    urls = [url for url in environ.get("FRONTEND_CACHE_PURGE_URLS", "").split(",") if url]
    backend = "frontcache.backends.VarnishXkeyBackend"
    return {f"varnish{n}": {"BACKEND": backend, "LOCATION": url} for n, url in enumerate(urls)}


def task_backends(environ, default_queue="immediate"):
    """
    TASKS: Wagtail's own tasks stay immediate; purges go to the "frontcache"
    backend, the database queue and its worker (`manage.py db_worker
    --backend frontcache`) when FRONTCACHE_TASKS is "database".
    """
    queue = environ.get("FRONTCACHE_TASKS", default_queue)
    return {
        "default": {"BACKEND": IMMEDIATE},
        "frontcache": {"BACKEND": DATABASE_QUEUE if queue == "database" else IMMEDIATE},
    }
