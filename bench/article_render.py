"""
Benchmark: render one large article page many times in one process.

Builds a ~60 KB article with 20 related stories (and one with a single
related story), 10 pull quotes and a few images in a throwaway database, then
times two views through the same test client and middleware, interleaved so
both see the same machine load:

- the Wagtail article page (routing, context, StreamField rendering), for the
  first reader after a real publish (each timed request follows one; the
  publish itself is not timed, and renders the body ahead as in production:
  frontcache/body_warming.py), uncached (its rendered body and byline out of date,
  news/render_cache.py) and warm;
- a bare Django view returning the same HTML bytes (the floor).

Prints a row per case: p50/p95, the bare view's p50, the ratio, the query
count, the page size and the Redis round trips of one request (with
REDIS_URL), after the machine's load average. Run with
`make bench` or `.venv/bin/python bench/article_render.py`
(`--runs N` to change the number of timed requests; DATABASE_URL picks the
database as for the site, e.g. PostgreSQL).
"""

import argparse
import functools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.core.files.images import ImageFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from PIL import Image as PILImage  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402

from bench.harness import (  # noqa: E402
    HEADER_WITH_REDIS,
    bench_urlpatterns,
    compare_with_bare,
    measure,
    print_load,
    print_row,
    thai_home_and_section,
    throwaway_database,
)
from news.authors import Author  # noqa: E402
from news.models import ArticlePage  # noqa: E402
from news.render_cache import new_generation  # noqa: E402

urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing


@functools.cache
def world_section():
    """The World section of a Thai home, made once for every article of the run."""
    return thai_home_and_section()[1]


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


def build_large_article(related, pull_quotes, slug="large"):
    """A Thai article of about 60 KB: paragraphs, pull quotes, images, related stories."""
    section = world_section()
    targets = [
        publish(section, f"{slug}-target-{n}", [("paragraph", PARAGRAPH)]) for n in range(related)
    ]
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
    article = publish(section, slug, body, hero_image=make_image("hero-large"))
    for n in range(3):
        author = Author.objects.create(
            name=f"ผู้เขียน {slug} {n}", photo=make_image(f"{slug}-author-{n}")
        )
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    urlpatterns.extend(bench_urlpatterns())
    with throwaway_database(urlconf=__name__):
        run(args.runs)


def run(runs):
    client = Client()
    print_load()
    print(f"database: {connection.vendor}; runs: {runs}")
    print(HEADER_WITH_REDIS)
    for related in (1, 20):
        article = build_large_article(related=related, pull_quotes=10, slug=f"large-{related}")
        for _ in range(5):  # warm up: renditions, template caches, connection
            client.get(article.url)
        label = f"article, {related} related"

        def republish(article=article):
            article.save_revision().publish()

        # After a publish (the target): the first reader of the new revision.
        # Uncached: the rendered body and byline out of date (another story's
        # publish, or a reader before the publish's rendering task has run).
        # Warm: any later reader.
        for case, before in (("after publish", republish), ("uncached", new_generation)):
            queries, round_trips, size = measure(client, article.url, before)
            times = compare_with_bare(client, article.url, runs, before)
            print_row(f"{label}, {case}", times, queries, size, round_trips)
        queries, round_trips, size = measure(client, article.url)
        times = compare_with_bare(client, article.url, runs)
        print_row(f"{label}, warm", times, queries, size, round_trips)


if __name__ == "__main__":
    main()
