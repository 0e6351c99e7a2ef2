"""
Public pages render in a fixed number of database queries, however many
related stories, images, authors or articles they show.

Each page is rendered once to warm renditions and caches, then counted. The
measured counts are printed (run with ``-s``) and pinned below, so a change
that adds a query anywhere shows up here.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from bench.harness import redis_round_trips, uses_redis
from news.render_cache import new_generation

pytestmark = pytest.mark.django_db

# Measured on SQLite and PostgreSQL alike, after a warm-up render.
# The page itself (home/routing.py; where its address leads is remembered by
# home/route_cache.py); the site and its home page come from
# home/site_root_cache.py, the body, byline, tags, corrections and language
# links from news/render_cache.py.
ARTICLE_PAGE_QUERIES = 1
# The first reader after a publish: the publish rendered them ahead (frontcache/body_warming.py).
ARTICLE_PAGE_AFTER_PUBLISH_QUERIES = ARTICLE_PAGE_QUERIES
# Uncached (another story's publish): the body, its images and related stories, the
# byline with its photos' renditions, the tags and the corrections fetched.
ARTICLE_PAGE_UNCACHED_QUERIES = 10
# One read of every cache key the page uses, one write of what it refreshed (web/cache_batch.py),
# warm, after a publish and uncached alike.
ARTICLE_PAGE_REDIS_ROUND_TRIPS = 2
SECTION_PAGE_QUERIES = 4  # with its live blogs: one query for every story type
SECTION_PAGE_KEPT_QUERIES = 1  # the section itself; its listing is kept (news/listings.py)
HOME_PAGE_QUERIES = 3  # + the breaking-news banner; every story type in one query


def count_queries(client, url, before=None):
    """Warm `url` up with one render, then return the queries of another (`before()` first)."""
    assert client.get(url).status_code == 200
    if before is not None:
        before()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return captured


def describe(captured):
    return "\n".join(f"{i}. {q['sql']}" for i, q in enumerate(captured.captured_queries, 1))


@pytest.fixture
def images(make_image):
    return [make_image(title=f"Picture {i}") for i in range(5)]


@pytest.fixture
def authors(make_author, images):
    return [
        make_author(name=f"ผู้สื่อข่าว {i}", role="Correspondent", photo=images[i]) for i in range(3)
    ]


@pytest.fixture
def make_rich_article(make_article, images, authors):
    """An article with a hero image, three body images, three authors and tags."""

    def make(related_targets, **fields):
        body = [
            ("paragraph", "<p>เปิดเรื่อง</p>"),
            ("heading", {"text": "ที่มา", "level": "h2"}),
            *[
                (
                    "image",
                    {"image": image, "alt_text": f"Alt {i}", "caption": "Caption", "credit": ""},
                )
                for i, image in enumerate(images[:3])
            ],
            ("pull_quote", {"quote": "Q", "speaker": "S", "role": "R"}),
            *[("related_story", {"article": t, "headline": ""}) for t in related_targets],
            ("paragraph", "<p>ปิดเรื่อง</p>"),
            ("fact_box", {"title": "T", "facts": ["a", "b"], "source": "src"}),
        ]
        article = make_article(body=body, hero_image=images[4], authors=authors, **fields)
        article.tags.add("น้ำท่วม", "bangkok")
        article.save_revision().publish()
        return article

    return make


def test_article_page_queries_do_not_grow_with_related_stories(
    client, make_article, make_rich_article, images, django_capture_on_commit_callbacks
):
    targets = [
        make_article(title=f"Target {i}", hero_image=images[i % len(images)]) for i in range(20)
    ]
    one = make_rich_article(targets[:1], title="One related story")
    twenty = make_rich_article(targets, title="Twenty related stories")

    one_queries = count_queries(client, one.url)
    twenty_queries = count_queries(client, twenty.url)
    print(
        f"\narticle page queries: 1 related = {len(one_queries)}, "
        f"20 related = {len(twenty_queries)}"
    )
    assert len(one_queries) == len(twenty_queries), describe(twenty_queries)
    assert len(one_queries) == ARTICLE_PAGE_QUERIES, describe(one_queries)

    # The publish renders for the site's own host name, as its readers ask for it.
    client.defaults["HTTP_HOST"] = "localhost"
    capture = django_capture_on_commit_callbacks
    one_published = count_queries(client, one.url, republish(one, capture))
    twenty_published = count_queries(client, twenty.url, republish(twenty, capture))
    print(f"after publish: 1 related = {len(one_published)}, 20 = {len(twenty_published)}")
    assert len(one_published) == ARTICLE_PAGE_AFTER_PUBLISH_QUERIES, describe(one_published)
    assert len(twenty_published) == ARTICLE_PAGE_AFTER_PUBLISH_QUERIES, describe(twenty_published)

    one_cold = count_queries(client, one.url, before=new_generation)
    twenty_cold = count_queries(client, twenty.url, before=new_generation)
    print(f"uncached: 1 related = {len(one_cold)}, 20 related = {len(twenty_cold)}")
    assert len(one_cold) == len(twenty_cold) == ARTICLE_PAGE_UNCACHED_QUERIES, describe(twenty_cold)


def republish(article, capture_on_commit_callbacks):
    """A publish as the admin makes it, with what runs after its commit."""

    def publish():
        with capture_on_commit_callbacks(execute=True):
            article.save_revision().publish()

    return publish


@pytest.mark.skipif(not uses_redis(), reason="counts Redis round trips: set REDIS_URL")
def test_an_article_page_makes_two_redis_round_trips(
    client, make_article, make_rich_article, images, django_capture_on_commit_callbacks
):
    targets = [make_article(title=f"Target {i}", hero_image=images[i]) for i in range(5)]
    article = make_rich_article(targets)
    client.defaults["HTTP_HOST"] = "localhost"
    cases = {
        "warm": None,
        "after publish": republish(article, django_capture_on_commit_callbacks),
        "uncached": new_generation,
    }
    for case, before in cases.items():
        client.get(article.url)  # the address's keys learned, renditions made
        if before is not None:
            before()
        with redis_round_trips() as sent:
            assert client.get(article.url).status_code == 200
        assert len(sent) == ARTICLE_PAGE_REDIS_ROUND_TRIPS, (case, sent)


def test_section_listing_queries_do_not_grow_with_articles(
    client, section, make_section, make_article, images
):
    small = make_section(title="Small", slug="small")
    for i in range(2):
        make_article(parent=small, hero_image=images[i])
    for i in range(14):
        make_article(hero_image=images[i % len(images)])

    # With the listing out of date, as after any story's publish (news/listings.py).
    small_queries = count_queries(client, small.url, before=new_generation)
    full_queries = count_queries(client, section.url, before=new_generation)
    print(
        f"\nsection page queries: 2 articles = {len(small_queries)}, "
        f"12 articles = {len(full_queries)}"
    )
    assert len(small_queries) == len(full_queries), describe(full_queries)
    assert len(full_queries) == SECTION_PAGE_QUERIES, describe(full_queries)
    with freeze_time(timezone.now()):  # a kept listing is the minute's (news/listings.py)
        kept_queries = count_queries(client, section.url)
    assert len(kept_queries) == SECTION_PAGE_KEPT_QUERIES, describe(kept_queries)


def test_home_page_queries_do_not_grow_with_articles(
    client, home, section, make_section, make_article, images
):
    sections = [section, make_section(title="ธุรกิจ", slug="business")]
    for s in sections:
        make_article(parent=s, hero_image=images[0])
    # With the stories' HTML out of date, as after any story's publish (home/front_page.py).
    few_queries = count_queries(client, "/th/", before=new_generation)

    for i in range(16):
        make_article(parent=sections[i % 2], hero_image=images[i % len(images)])
    many_queries = count_queries(client, "/th/", before=new_generation)
    print(
        f"\nhome page queries: 2 articles = {len(few_queries)}, 18 articles = {len(many_queries)}"
    )
    assert len(few_queries) == len(many_queries), describe(many_queries)
    assert len(many_queries) == HOME_PAGE_QUERIES, describe(many_queries)
