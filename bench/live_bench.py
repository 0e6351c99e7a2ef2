"""
Benchmark: a live blog of 500 updates, through the same test client and
middleware as the site, with no shared cache in front ("uncached"):

- the updates endpoint as a reader's page polls it, with nothing new since
  its cursor (the common case) and with the 10 newest changes to send;
- the live blog's first page (pinned updates, the 20 newest, JSON-LD);
- an ordinary article of about as many words, for comparison;
- a bare Django view returning the same bytes as each (the floor).

Timed interleaved so all see the same machine load. Prints p50/p95 for each,
the ratio to the bare view, sizes and query counts. Run with
`.venv/bin/python bench/live_bench.py` (`--runs N`; DATABASE_URL picks the
database as for the site).
"""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.harness import percentile, thai_home_and_section, throwaway_database  # noqa: E402
from live.models import LiveBlogPage  # noqa: E402
from live.updates import LiveUpdate, UpdateState, to_cursor  # noqa: E402
from news.models import ArticlePage  # noqa: E402

UPDATES = 500
BARE = {}


def bare_view(request, name):
    return HttpResponse(BARE[name])


def bench_urlpatterns():
    from config.urls import urlpatterns

    return [path("bench/bare/<str:name>/", bare_view), *urlpatterns]


urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing

TEXT = (
    "<p>ระดับน้ำที่สถานี C.2 นครสวรรค์สูงขึ้นต่อเนื่อง กรมชลประทานเพิ่มการระบายน้ำท้ายเขื่อน"
    "เจ้าพระยา ประชาชนริมน้ำควรขนของขึ้นที่สูง The release below the dam was raised again.</p>"
)
QUOTE = {"quote": "เราเปิดประตูระบายน้ำทุกบานที่เปิดได้แล้ว", "speaker": "อธิบดี", "role": "กรมชลประทาน"}


def build_article(section):
    """An ordinary article of about the first page's length, for comparison."""
    body = [("paragraph", TEXT) for _ in range(20)] + [("pull_quote", QUOTE)] * 4
    article = section.add_child(
        instance=ArticlePage(title="ข่าวน้ำท่วม", slug="story", standfirst="สรุป", body=body)
    )
    article.save_revision().publish()
    return article


def build_blog(section):
    blog = section.add_child(
        instance=LiveBlogPage(
            title="สด: เฝ้าระวังน้ำท่วม", slug="flood", standfirst="ติดตามสถานการณ์", live=False
        )
    )
    blog.save_revision().publish()
    now = timezone.now()
    updates = []
    for n in range(UPDATES):
        body = [("paragraph", TEXT)]
        if n % 5 == 0:
            body.append(("pull_quote", QUOTE))
        updates.append(
            LiveUpdate(
                blog=blog,
                state=UpdateState.PUBLISHED,
                posted_at=now - timedelta(minutes=n),
                changed_at=now - timedelta(minutes=n),
                title=f"อัปเดตที่ {UPDATES - n}" if n % 3 == 0 else "",
                body=body,
                is_pinned=n in (7, 40),
                is_key_event=n % 10 == 0,
            )
        )
    LiveUpdate.objects.bulk_create(updates)
    return LiveBlogPage.objects.get(pk=blog.pk)


def time_get(client, url):
    start = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def query_count(client, url):
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
    ):
        client.get(url)
    return len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    urlpatterns.extend(bench_urlpatterns())
    with throwaway_database(urlconf=__name__):
        run(args.runs)


def run(runs):
    _home, section = thai_home_and_section()
    blog = build_blog(section)
    article = build_article(section)
    latest = LiveUpdate.objects.filter(blog=blog).order_by("-changed_at")
    tenth = latest[10].changed_at - timedelta(seconds=11)  # ten changes past the overlap
    endpoint = f"/th/live/{blog.pk}/updates/"
    urls = {
        "poll, nothing new": f"{endpoint}?since={to_cursor(latest[0].changed_at) + 10**8}",
        "poll, 10 changes": f"{endpoint}?since={to_cursor(tenth)}",
        "first page": blog.url,
        "article (compare)": article.url,
    }
    client = Client()
    for name, url in urls.items():
        for _ in range(5):  # warm up: template caches, connection
            BARE[name] = client.get(url).content
    times = {name: [] for name in urls}
    bare = {name: [] for name in urls}
    for _ in range(runs):
        for name, url in urls.items():
            times[name].append(time_get(client, url))
            bare[name].append(time_get(client, f"/bench/bare/{name}/"))
    print(f"database: {connection.vendor}; runs: {runs}; live blog of {UPDATES} updates")
    for name, url in urls.items():
        report(name, times[name], bare[name], len(BARE[name]), query_count(client, url))


def report(name, samples, bare_samples, size, queries):
    p50, bare_p50 = statistics.median(samples), statistics.median(bare_samples)
    print(
        f"{name:18} p50 {p50 * 1000:6.2f} ms  p95 {percentile(samples, 0.95) * 1000:6.2f} ms  "
        f"bare p50 {bare_p50 * 1000:5.2f} ms  ratio {p50 / bare_p50:4.1f}x  "
        f"{size / 1024:6.1f} KB  {queries} queries"
    )


if __name__ == "__main__":
    main()
