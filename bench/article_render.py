"""
Benchmark: render one large article page many times in one process.

Builds a ~60 KB article with 20 related stories, 10 pull quotes and a few
images in a throwaway database, then times two views through the same test
client and middleware, interleaved so both see the same machine load:

- the Wagtail article page (routing, context, StreamField rendering);
- a bare Django view returning the same HTML bytes (the floor).

Prints p50/p95 for each, the ratio, the page size and the article's query
count. Run with `make bench` or `.venv/bin/python bench/article_render.py`
(`--runs N` to change the number of timed requests; DATABASE_URL picks the
database as for the site, e.g. PostgreSQL).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.core.files.images import ImageFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from PIL import Image as PILImage  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402

from bench.harness import percentile, thai_home_and_section, throwaway_database  # noqa: E402
from news.authors import Author  # noqa: E402
from news.models import ArticlePage  # noqa: E402

BARE_HTML = {}


def bare_view(request):
    return HttpResponse(BARE_HTML["body"])


def bench_urlpatterns():
    from config.urls import urlpatterns

    return [path("bench/bare/", bare_view), *urlpatterns]


urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing


def make_image(title):
    from io import BytesIO

    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), (40, 90, 140)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.jpg"), description=title
    )


PARAGRAPH = (
    "<p>ผู้สื่อข่าวของเราลงพื้นที่ริมแม่น้ำเป็นเวลาสามสัปดาห์ พูดคุยกับเกษตรกร วิศวกร "
    "และเจ้าหน้าที่ผู้ตัดสินใจว่าจะเปิดประตูน้ำเมื่อใด Reporters spent three weeks along "
    "the river talking to farmers, engineers and the officials who decide when the gates open.</p>"
)


def build_large_article(related, pull_quotes):
    """A Thai article of about 60 KB: paragraphs, pull quotes, images, related stories."""
    _home, section = thai_home_and_section()
    targets = [publish(section, f"target-{n}", [("paragraph", PARAGRAPH)]) for n in range(related)]
    for target in targets:
        target.hero_image = make_image(f"hero-{target.slug}")
        target.save_revision().publish()
    body = []
    for n in range(45):
        body.append(("paragraph", PARAGRAPH * 2))
        if n % 6 == 0 and n // 6 < pull_quotes:
            quote = {"quote": "ไม่มีใครวางแผนเก็บเกี่ยวจากพยากรณ์ที่เชื่อไม่ได้", "speaker": "ดร.กัญญา"}
            body.append(("pull_quote", {**quote, "role": "นักเศรษฐศาสตร์การเกษตร"}))
        if n == 20:
            body += [("related_story", {"article": t, "headline": ""}) for t in targets]
        if n % 20 == 10:
            image = make_image(f"body-{n}")
            body.append(("image", {"image": image, "alt_text": "ภาพ", "caption": "", "credit": ""}))
    article = publish(section, "large", body, hero_image=make_image("hero-large"))
    for n in range(3):
        author = Author.objects.create(name=f"ผู้เขียน {n}", photo=make_image(f"author-{n}"))
        article.article_authors.create(author=author, sort_order=n)
    article.save_revision().publish()
    return article


def publish(section, slug, body, **fields):
    article = section.add_child(
        instance=ArticlePage(
            title=f"ข่าว {slug}", slug=slug, standfirst="สรุปข่าว", body=body, **fields
        )
    )
    article.save_revision().publish()
    return article


def time_get(client, url):
    start = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    urlpatterns.extend(bench_urlpatterns())
    with throwaway_database(urlconf=__name__):
        run(args.runs)


def run(runs):
    article = build_large_article(related=20, pull_quotes=10)
    url = article.url
    client = Client()
    for _ in range(5):  # warm up: renditions, template caches, connection
        first = client.get(url)
    BARE_HTML["body"] = first.content
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
    ):
        client.get(url)

    page_times, bare_times = [], []
    for _ in range(runs):
        page_times.append(time_get(client, url))
        bare_times.append(time_get(client, "/bench/bare/"))

    page_p50, bare_p50 = statistics.median(page_times), statistics.median(bare_times)
    print(f"database: {connection.vendor}; runs: {runs}")
    print(f"article page: {len(first.content) / 1024:.1f} KB, {len(queries)} queries")
    print(
        f"wagtail article  p50 {page_p50 * 1000:7.2f} ms   "
        f"p95 {percentile(page_times, 0.95) * 1000:7.2f} ms"
    )
    print(
        f"bare django view p50 {bare_p50 * 1000:7.2f} ms   "
        f"p95 {percentile(bare_times, 0.95) * 1000:7.2f} ms"
    )
    print(f"ratio (article p50 / bare p50): {page_p50 / bare_p50:.1f}x")


if __name__ == "__main__":
    main()
