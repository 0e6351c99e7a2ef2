"""
Benchmark: the front page, a section page, the RSS feed and the search
box's suggestions, each timed beside a bare Django view answering the same
bytes (interleaved, so both see the same machine load).

Builds a Thai home with 8 menu sections of 6 stories each (and, for the
flat-in-sections check, counts the front page's queries with 2 sections
first) in a throwaway database. Prints the load average, then one row per
page: p50/p95, the bare view's p50, the ratio, queries and size. Run with
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

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench.article_render import PARAGRAPH, make_image  # noqa: E402
from bench.harness import (  # noqa: E402
    HEADER,
    bench_urlpatterns,
    compare_with_bare,
    print_load,
    print_row,
    queries_of,
    thai_home,
    throwaway_database,
)
from news.models import ArticlePage, SectionPage  # noqa: E402

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
    client.get("/th/")
    two_sections, _size = queries_of(client, "/th/")
    add_sections(home, 2, SECTIONS, image)
    print_load()
    print(f"database: {connection.vendor}; runs: {runs}")
    print(f"front page queries: 2 sections {two_sections}, {SECTIONS} sections below")
    print(HEADER)
    pages = [
        (f"front page, {SECTIONS} sections", "/th/"),
        ("section page", "/th/section-0/"),
        ("RSS feed", "/th/feeds/rss/"),
        ("suggestions", "/th/search/suggest/?q=" + "น้ำท่วม"),
    ]
    for label, url in pages:
        for _ in range(3):  # warm up: renditions, template caches, connection
            client.get(url)
        queries, size = queries_of(client, url)
        print_row(label, compare_with_bare(client, url, runs), queries, size)


if __name__ == "__main__":
    main()
