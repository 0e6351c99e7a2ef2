"""
A feed, once built, is kept (syndication/feeds.py) and every change its
readers should see shows on the next request: a story published or
unpublished, a correction, an author renamed. Its headers are kept with it.
"""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.authors import ArticleAuthor
from newsroom.models import ArticleCorrection

pytestmark = pytest.mark.django_db

RSS = "/th/feeds/rss/"


def titles(client, url=RSS):
    return [entry.title for entry in feedparser.parse(client.get(url).content).entries]


def test_a_kept_feed_answers_without_a_query_and_with_its_headers(client, make_article):
    make_article(title="ข่าวในฟีด")
    first = client.get(RSS)
    with CaptureQueriesContext(connection) as captured:
        kept = client.get(RSS)
    assert len(captured) == 0
    assert kept.content == first.content
    assert kept["Content-Type"] == first["Content-Type"]
    assert "rss" in kept["Content-Type"]


def test_a_story_published_or_unpublished_shows_at_once(client, make_article):
    make_article(title="ข่าวแรก")
    assert titles(client) == ["ข่าวแรก"]
    newer = make_article(title="ข่าวใหม่")
    assert titles(client) == ["ข่าวใหม่", "ข่าวแรก"]
    newer.unpublish()
    assert titles(client) == ["ข่าวแรก"]


def test_a_correction_and_a_renamed_author_show_at_once(client, make_article, author):
    article = make_article(title="ข่าวที่แก้ไข")
    ArticleAuthor.objects.create(page=article, author=author, sort_order=0)
    article.save_revision().publish()
    client.get(RSS)
    ArticleCorrection.objects.create(page=article, text="แก้ไขตัวเลขผู้ประสบภัย")
    author.name = "อนันยา ใจดี"
    author.save()
    entry = feedparser.parse(client.get(RSS).content).entries[0]
    assert "แก้ไขตัวเลขผู้ประสบภัย" in entry.description
    assert entry.author == "อนันยา ใจดี"


def test_a_section_feed_and_the_sites_are_kept_apart(client, section, make_article):
    make_article(title="ข่าวโลก")
    assert titles(client, f"/th/feeds/{section.slug}/rss/") == ["ข่าวโลก"]
    assert titles(client, "/th/feeds/atom/") == ["ข่าวโลก"]
    assert b"<rss" in client.get(RSS).content
    assert b"<feed" in client.get("/th/feeds/atom/").content
