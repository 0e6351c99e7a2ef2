"""
Benchmark: the feeds and sitemaps against a bare view, in one process.

Builds a Thai section with 60 articles (three authors, tags, a correction
each, all inside the news sitemap's two-day window) in a throwaway database,
then times, interleaved with a bare Django view returning the same bytes
(the floor), through the same test client and middleware:

- the RSS feed and the Atom feed (30 items each);
- the pages sitemap (every page) and the Google News sitemap (60 entries).

Prints p50/p95 of each, the ratio to its bare twin and the query count.
Run with `.venv/bin/python bench/feeds_and_sitemaps.py` (`--runs N`; DATABASE_URL
picks the database as for the site).
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

from bench.harness import thai_home_and_section, throwaway_database  # noqa: E402
from news.authors import ArticleAuthor, Author  # noqa: E402
from news.models import ArticlePage  # noqa: E402
from newsroom.models import ArticleCorrection  # noqa: E402

ARTICLES = 60
URLS = {
    "rss feed": "/th/feeds/rss/",
    "atom feed": "/th/feeds/atom/",
    "pages sitemap": "/sitemap-pages.xml",
    "news sitemap": "/news-sitemap.xml",
}
BARE_BODIES = {}


def bare_view(request, name):
    return HttpResponse(BARE_BODIES[name], content_type="application/xml")


def bench_urlpatterns():
    from config.urls import urlpatterns

    return [path("bench/bare/<str:name>/", bare_view), *urlpatterns]


urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing


def build_site():
    _home, section = thai_home_and_section()
    authors = [Author.objects.create(name=f"Reporter {n}") for n in range(3)]
    now = timezone.now()
    for n in range(ARTICLES):
        article = section.add_child(
            instance=ArticlePage(
                title=f"ข่าวที่ {n}",
                slug=f"story-{n}",
                standfirst="สรุปข่าวสั้น ๆ สองประโยค",
                body=[("paragraph", "<p>เนื้อข่าว</p>")],
                display_date=now - timedelta(minutes=30 * n + 1),
            )
        )
        article.article_authors = [
            ArticleAuthor(author=a, sort_order=i) for i, a in enumerate(authors)
        ]
        article.tags.add("น้ำท่วม", f"tag {n % 7}")
        article.corrections.add(ArticleCorrection(text="แก้ไขตัวเลขในย่อหน้าที่สาม"))
        article.save_revision().publish()


def timed(client, url):
    start = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def count_queries(client, url):
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
    ):
        client.get(url)
    return len(queries)


def run(runs):
    build_site()
    client = Client()
    print(f"database: {connection.vendor}; runs: {runs}; articles: {ARTICLES}")
    for name, url in URLS.items():
        for _ in range(3):  # warm up: navigation cache, templates, connection
            first = client.get(url)
        BARE_BODIES[name] = first.content
        bare_url = f"/bench/bare/{name}/"
        times, bare = [], []
        for _ in range(runs):
            times.append(timed(client, url))
            bare.append(timed(client, bare_url))
        p50, bare_p50 = statistics.median(times), statistics.median(bare)
        p95 = sorted(times)[int(0.95 * len(times))]
        queries = count_queries(client, url)
        print(
            f"{name:14} {len(first.content) / 1024:6.1f} KB {queries:3} queries  "
            f"p50 {p50 * 1000:7.2f} ms  p95 {p95 * 1000:7.2f} ms  "
            f"bare p50 {bare_p50 * 1000:5.2f} ms  ratio {p50 / bare_p50:6.1f}x"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()

    urlpatterns.extend(bench_urlpatterns())
    with throwaway_database(urlconf=__name__):
        run(args.runs)


if __name__ == "__main__":
    main()
