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

from news.render_cache import new_generation

pytestmark = pytest.mark.django_db

# Measured on SQLite and PostgreSQL alike, after a warm-up render.
ARTICLE_PAGE_QUERIES = 10  # + corrections; the body from the cache of rendered bodies
# The first reader after a publish: the body rendered, its images and related stories fetched.
ARTICLE_PAGE_COLD_QUERIES = 14
SECTION_PAGE_QUERIES = 9
HOME_PAGE_QUERIES = 11  # + the breaking-news banner


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
    client, make_article, make_rich_article, images
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

    one_cold = count_queries(client, one.url, before=new_generation)
    twenty_cold = count_queries(client, twenty.url, before=new_generation)
    print(f"cold: 1 related = {len(one_cold)}, 20 related = {len(twenty_cold)}")
    assert len(one_cold) == len(twenty_cold) == ARTICLE_PAGE_COLD_QUERIES, describe(twenty_cold)


def test_section_listing_queries_do_not_grow_with_articles(
    client, section, make_section, make_article, images
):
    small = make_section(title="Small", slug="small")
    for i in range(2):
        make_article(parent=small, hero_image=images[i])
    for i in range(14):
        make_article(hero_image=images[i % len(images)])

    small_queries = count_queries(client, small.url)
    full_queries = count_queries(client, section.url)
    print(
        f"\nsection page queries: 2 articles = {len(small_queries)}, "
        f"12 articles = {len(full_queries)}"
    )
    assert len(small_queries) == len(full_queries), describe(full_queries)
    assert len(full_queries) == SECTION_PAGE_QUERIES, describe(full_queries)


def test_home_page_queries_do_not_grow_with_articles(
    client, home, section, make_section, make_article, images
):
    sections = [section, make_section(title="ธุรกิจ", slug="business")]
    for s in sections:
        make_article(parent=s, hero_image=images[0])
    few_queries = count_queries(client, "/th/")

    for i in range(16):
        make_article(parent=sections[i % 2], hero_image=images[i % len(images)])
    many_queries = count_queries(client, "/th/")
    print(
        f"\nhome page queries: 2 articles = {len(few_queries)}, 18 articles = {len(many_queries)}"
    )
    assert len(few_queries) == len(many_queries), describe(many_queries)
    assert len(many_queries) == HOME_PAGE_QUERIES, describe(many_queries)
