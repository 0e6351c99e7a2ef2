"""
Benchmark: the front page, a section page, the RSS feed and the search
box's suggestions, each timed beside a bare Django view answering the same
bytes (interleaved, so both see the same machine load).

Builds a Thai home with 8 menu sections of 6 articles and a live blog each
(timing the front page with 2 sections first, for the flat-in-sections
check) in a throwaway database. Prints the load average, then one row per
page: p50/p95, the bare view's p50, the ratio, queries, Redis round trips
("-" without REDIS_URL: the in-process cache) and size. The front page,
section page and feed each get two rows: "kept", as most readers find them
(the stories' HTML, teasers or feed kept from the last render), and
"rebuilt", as the first reader after any story's publish does. Run with
`make bench` or `.venv/bin/python bench/pages.py` (`--runs N`).
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench.article_render import PARAGRAPH, make_image  # noqa: E402
from bench.harness import (  # noqa: E402
    HEADER_WITH_REDIS,
    bench_urlpatterns,
    compare_with_bare,
    measure,
    print_load,
    print_row,
    thai_home,
    throwaway_database,
)
from live.models import LiveBlogPage  # noqa: E402
from news.models import ArticlePage, SectionPage  # noqa: E402
from news.render_cache import new_generation  # noqa: E402

urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing

SECTIONS = 8
STORIES_PER_SECTION = 6


def add_sections(home, first, last, image):
    for n in range(first, last):
        section = home.add_child(
            instance=SectionPage(title=f"หมวด {n}", slug=f"section-{n}", show_in_menus=True)
        )
        section.save_revision().publish()
        for i in range(STORIES_PER_SECTION):
            article = section.add_child(
                instance=ArticlePage(
                    title=f"ข่าวน้ำท่วม {n}-{i}",
                    slug=f"story-{n}-{i}",
                    standfirst="สรุปข่าว",
                    body=[("paragraph", PARAGRAPH)],
                    hero_image=image,
                )
            )
            article.save_revision().publish()
        blog = section.add_child(
            instance=LiveBlogPage(
                title=f"เฝ้าระวังน้ำท่วม {n}", slug=f"live-{n}", standfirst="สด", hero_image=image
            )
        )
        blog.save_revision().publish()


def time_page(client, label, url, runs, before=None):
    for _ in range(3):  # warm up: renditions, template caches, connection
        client.get(url)
    queries, trips, size = measure(client, url, before)
    print_row(label, compare_with_bare(client, url, runs, before), queries, size, trips)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    urlpatterns.extend(bench_urlpatterns())
    with throwaway_database(urlconf=__name__):
        run(args.runs)


def run(runs):
    client = Client()
    home = thai_home()
    image = make_image("hero")
    add_sections(home, 0, 2, image)
    print_load()
    print(f"database: {connection.vendor}; cache: {settings.CACHES['default']['BACKEND']}")
    print(f"runs: {runs}; the last column is Redis round trips")
    print(HEADER_WITH_REDIS)
    time_page(client, "front page, 2 sections, kept", "/th/", runs)
    time_page(client, "front page, 2 sections, rebuilt", "/th/", runs, before=new_generation)
    add_sections(home, 2, SECTIONS, image)
    pages = [
        (f"front page, {SECTIONS} sections", "/th/"),
        ("section page", "/th/section-0/"),
        ("RSS feed", "/th/feeds/rss/"),
    ]
    for label, url in pages:
        # Kept: the stories' HTML, teasers or feed as the last reader left
        # them. Rebuilt: as for the first reader after any story's publish.
        time_page(client, f"{label}, kept", url, runs)
        time_page(client, f"{label}, rebuilt", url, runs, before=new_generation)
    time_page(client, "suggestions", "/th/search/suggest/?q=" + "น้ำท่วม", runs)


if __name__ == "__main__":
    main()
