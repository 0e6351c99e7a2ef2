"""
Benchmark: the readers' side, each figure beside a baseline from the same run.

In a throwaway database (DATABASE_URL and REDIS_URL pick the services, as
for the site), times through the same test client and middleware:

- the view-count beacon, for a new view (counted) and for a repeat (only
  the cache is asked), against a bare Django view answering 204;
- the comments endpoint of an article with 50 threads and 50 replies (the
  first page of 20 threads), full page and the fragment JavaScript loads,
  against a bare view returning the same HTML, with its query count;
- "most read" over 24 hours of hourly buckets for 500 articles (12,000
  rows): the query itself, and the cached answer the pages use.

Prints p50/p95 and the ratios. Run `.venv/bin/python bench/readers.py`
(`--runs N` for the number of timed requests).
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

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

from accounts.models import ReaderProfile  # noqa: E402
from analytics import counting  # noqa: E402
from analytics.models import HourlyArticleViews  # noqa: E402
from analytics.most_read import compute_most_read, most_read  # noqa: E402
from bench.harness import percentile, thai_home_and_section, throwaway_database  # noqa: E402
from comments.models import Comment  # noqa: E402
from news.models import ArticlePage  # noqa: E402

BARE_HTML = {}
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0"


def bare_no_content(request):
    return HttpResponse(status=204)


def bare_html(request):
    return HttpResponse(BARE_HTML["body"])


def bench_urlpatterns():
    from config.urls import urlpatterns

    return [
        path("bench/204/", bare_no_content),
        path("bench/html/", bare_html),
        *urlpatterns,
    ]


urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing


def build_site(article_count):
    _home, section = thai_home_and_section()
    articles = []
    for n in range(article_count):
        article = section.add_child(
            instance=ArticlePage(title=f"ข่าว {n}", slug=f"story-{n}", standfirst="สรุป", body=[])
        )
        article.save_revision().publish()
        articles.append(article)
    return articles


def add_discussion(article, threads):
    User = get_user_model()
    readers = []
    for n in range(10):
        user = User.objects.create_user(username=f"r{n}@example.com", email=f"r{n}@example.com")
        ReaderProfile.objects.create(user=user, display_name=f"ผู้อ่าน {n}")
        readers.append(user)
    for n in range(threads):
        top = Comment.objects.create(
            article=article,
            author=readers[n % 10],
            body=f"ความเห็นที่ {n} " * 20,
            status=Comment.Status.APPROVED,
        )
        Comment.objects.create(
            article=article,
            author=readers[(n + 1) % 10],
            parent=top,
            body=f"ตอบ {n} " * 10,
            status=Comment.Status.APPROVED,
        )


def fill_hourly_buckets(articles):
    hour = counting.current_hour()
    HourlyArticleViews.objects.all().delete()  # the beacon timings' buckets
    HourlyArticleViews.objects.bulk_create(
        HourlyArticleViews(article=article, hour=hour - timedelta(hours=h), views=(n * h) % 97 + 1)
        for n, article in enumerate(articles)
        for h in range(24)
    )


def timed(call, runs):
    samples = []
    for n in range(runs):
        start = time.perf_counter()
        call(n)
        samples.append(time.perf_counter() - start)
    return samples


def line(label, samples):
    print(
        f"  {label:<38} p50 {statistics.median(samples) * 1000:8.3f} ms   "
        f"p95 {percentile(samples, 0.95) * 1000:8.3f} ms"
    )


def ratio(label, samples, baseline):
    print(f"  ratio {label}: {statistics.median(samples) / statistics.median(baseline):.1f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()

    urlpatterns.extend(bench_urlpatterns())
    with throwaway_database(urlconf=__name__):
        run(args.runs)


def run(runs):
    for cache in caches.all():
        cache.clear()
    articles = build_site(500)
    article = articles[0]
    client = Client()
    mode = "Redis (HINCRBY, flushed later)" if counting.redis_client() else "database (UPDATE)"
    print(f"database: {connection.vendor}; view counting: {mode}; runs: {runs}")

    beacon = f"/th/analytics/views/{article.pk}/"
    print("view-count beacon")
    new_views = timed(lambda n: client.post(beacon, HTTP_USER_AGENT=f"{BROWSER} {n}"), runs)
    repeats = timed(lambda n: client.post(beacon, HTTP_USER_AGENT=f"{BROWSER} 0"), runs)
    bare = timed(lambda n: client.post("/bench/204/", HTTP_USER_AGENT=BROWSER), runs)
    line("new view (counted)", new_views)
    line("repeat view (cache only)", repeats)
    line("bare 204 view", bare)
    ratio("new view / bare", new_views, bare)
    ratio("repeat / bare", repeats, bare)
    counting.flush_pending()

    add_discussion(article, threads=50)
    thread = f"/th/comments/{article.pk}/"
    for _ in range(3):
        BARE_HTML["body"] = client.get(thread).content
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
    ):
        client.get(thread)
    print(
        f"comments endpoint (50 threads with a reply each, 20 threads a page, "
        f"{len(BARE_HTML['body']) / 1024:.0f} KB)"
    )
    page = timed(lambda n: client.get(thread), runs)
    fragment = timed(lambda n: client.get(f"{thread}?partial=1"), runs)
    bare_page = timed(lambda n: client.get("/bench/html/"), runs)
    line(f"full page ({len(queries)} queries)", page)
    line("fragment (?partial=1, what JS loads)", fragment)
    line("bare view, same HTML as full page", bare_page)
    ratio("full page / bare", page, bare_page)

    fill_hourly_buckets(articles)
    print("most read (500 articles x 24 hourly buckets)")
    computed = timed(lambda n: compute_most_read("th", 5), max(20, runs // 10))
    most_read("th")
    cached = timed(lambda n: most_read("th"), runs)
    line("computed (query)", computed)
    line("cached (what pages use)", cached)
    ratio("computed / cached", computed, cached)


if __name__ == "__main__":
    main()
