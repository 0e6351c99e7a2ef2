"""
What every benchmark here shares: a throwaway test database (created and
dropped like the test suite's, on whatever DATABASE_URL names), the
benchmark module itself as the URLconf while it runs, and percentiles.

Pages are timed as production renders them: Django's test environment is
not set up, because it wraps every template render so that the test client
can record each template and a copy of its context, work that production
never does and a bare view never pays (a tenth of a search results page).
The test settings already answer the test client's host and keep mail in
memory.
"""

from contextlib import contextmanager

from django.db import connection
from django.test import override_settings


@contextmanager
def throwaway_database(urlconf=None):
    """A fresh test database for the `with` block; `urlconf` becomes ROOT_URLCONF meanwhile."""
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        if urlconf is None:
            yield
        else:
            with override_settings(ROOT_URLCONF=urlconf):
                yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def thai_home():
    """A Thai home page at the root of the default site (host testserver), in place of Wagtail's."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    Page.objects.filter(depth=2).delete()
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="หน้าแรก", slug="home", locale=Locale.get_default())
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "root_page": home}
    )
    return home


def thai_home_and_section():
    """`thai_home()` with its World section (/th/world/)."""
    from news.models import SectionPage

    home = thai_home()
    section = home.add_child(instance=SectionPage(title="โลก", slug="world", show_in_menus=True))
    return home, section


# What the bare view answers: the bytes of the page it is compared with.
BARE_HTML = {"body": b""}
BARE_URL = "/bench/bare/"


def bare_view(request):
    from django.http import HttpResponse

    return HttpResponse(BARE_HTML["body"])


def bench_urlpatterns():
    """The site's URLs and the bare view: the floor each page is compared with."""
    from django.urls import path

    from config.urls import urlpatterns

    return [path(BARE_URL.strip("/") + "/", bare_view), *urlpatterns]


def time_get(client, url):
    import time

    start = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def queries_of(client, url, before=None):
    """The number of SQL queries one GET of `url` makes (after `before()`, when given)."""
    queries, _round_trips, size = measure(client, url, before)
    return queries, size


def measure(client, url, before=None):
    """
    (SQL queries, Redis round trips or None without Redis, bytes) of one GET
    of `url`, after one of the same kind: as the timed requests are, warmed
    up (the Redis batch of web/cache_batch.py learns the keys a case reads).
    """
    queries = []
    if before is not None:
        before()
        client.get(url)
        before()
    with (
        connection.execute_wrapper(
            lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
        ),
        redis_round_trips() as round_trips,
    ):
        response = client.get(url)
    return len(queries), (len(round_trips) if uses_redis() else None), len(response.content)


def uses_redis():
    from django.conf import settings

    return "Redis" in settings.CACHES["default"]["BACKEND"]


@contextmanager
def redis_round_trips():
    """
    The Redis round trips made meanwhile, as a list of command names: each
    command sent on its own is one, a pipeline sent whole is one.
    """
    from redis import Redis
    from redis.client import Pipeline

    sent = []
    command, pipeline = Redis.execute_command, Pipeline.execute

    def counted_command(self, *args, **kwargs):
        sent.append(args[0])
        return command(self, *args, **kwargs)

    def counted_pipeline(self, *args, **kwargs):
        sent.append("PIPELINE")
        return pipeline(self, *args, **kwargs)

    Redis.execute_command, Pipeline.execute = counted_command, counted_pipeline
    try:
        yield sent
    finally:
        Redis.execute_command, Pipeline.execute = command, pipeline


def compare_with_bare(client, url, runs, before_each=None):
    """(page times, bare view times), interleaved so both see the same machine load."""
    BARE_HTML["body"] = client.get(url).content
    page_times, bare_times = [], []
    for _ in range(runs):
        if before_each is not None:
            before_each()
        page_times.append(time_get(client, url))
        bare_times.append(time_get(client, BARE_URL))
    return page_times, bare_times


HEADER = (
    f"{'page':<34} {'p50 ms':>8} {'p95 ms':>8} {'bare p50':>9} {'ratio':>6}"
    f" {'queries':>8} {'KB':>6}"
)
# HEADER with the Redis round trips of one request, after the size.
HEADER_WITH_REDIS = HEADER + f" {'redis':>6}"


def print_row(label, times, queries, size, round_trips=False):
    """
    One row under HEADER; with `round_trips`, under HEADER_WITH_REDIS (None,
    when the cache is not Redis, prints "-").
    """
    import statistics

    page_times, bare_times = times
    page_p50, bare_p50 = statistics.median(page_times), statistics.median(bare_times)
    row = (
        f"{label:<34} {page_p50 * 1000:8.2f} {percentile(page_times, 0.95) * 1000:8.2f} "
        f"{bare_p50 * 1000:9.2f} {page_p50 / bare_p50:5.1f}x {queries:8d} {size / 1024:6.1f}"
    )
    if round_trips is not False:
        row += f" {'-' if round_trips is None else round_trips:>6}"
    print(row)


def print_load():
    import os

    print(f"load average (1, 5, 15 min): {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
