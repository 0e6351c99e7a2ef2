"""
Live blogs are stories like articles (news/stories.py): a section's listing,
the front page, the tag and author archives and the feeds show them among the
articles, newest first by their date (a live blog's coverage start, an
article's display date), labelled "Live" while the coverage is live, in the
same number of queries as without them.
"""

from datetime import timedelta

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from live.models import LiveBlogAuthor
from news.render_cache import new_generation

pytestmark = pytest.mark.django_db


def headlines(page):
    return [h.get_text(strip=True) for h in page.select(".teaser__headline")]


def label_of(page, title):
    for teaser in page.select("article.teaser"):
        if teaser.select_one(".teaser__headline").get_text(strip=True) == title:
            label = teaser.select_one(".teaser__breaking")
            return label.get_text(strip=True) if label else None
    raise AssertionError(f"no teaser for {title}")


@pytest.fixture
def mixed(make_article, make_blog, image):
    """Three articles and a live blog between them in time, in the World section."""
    now = timezone.now()
    for hours, title in [(1, "Article new"), (3, "Article middle"), (5, "Article old")]:
        make_article(title=title, display_date=now - timedelta(hours=hours), hero_image=image)
    return make_blog(title="Flood watch", coverage_start=now - timedelta(hours=2), hero_image=image)


def test_a_section_lists_live_blogs_among_articles_by_their_date(client, soup, section, mixed):
    page = soup(client.get(section.url))

    assert headlines(page) == ["Article new", "Flood watch", "Article middle", "Article old"]
    assert label_of(page, "Flood watch") == "สด"
    assert label_of(page, "Article new") is None
    teaser = page.select("article.teaser")[1]
    assert teaser.select_one("a")["href"] == mixed.url
    assert teaser.select_one("img.teaser__image")["srcset"].count("w,") == 1


def test_an_ended_live_blog_is_listed_without_the_label(client, soup, section, mixed):
    mixed.status = "ended"
    mixed.save_revision().publish()

    page = soup(client.get(section.url))

    assert "Flood watch" in headlines(page)
    assert label_of(page, "Flood watch") is None


def test_the_front_page_shows_live_blogs_in_latest_news_and_section_blocks(
    client, soup, home, mixed
):
    page = soup(client.get("/th/"))

    lead = page.select_one(".front__lead .teaser__headline").get_text(strip=True)
    latest = [h.get_text(strip=True) for h in page.select(".front__latest .teaser__headline")]
    block = [h.get_text(strip=True) for h in page.select(".section-block .teaser__headline")]
    assert lead == "Article new"
    assert latest == ["Flood watch", "Article middle", "Article old"]
    assert block == ["Article new", "Flood watch", "Article middle", "Article old"]


def test_tag_and_author_archives_list_live_blogs(client, soup, mixed, make_author):
    author = make_author(name="Somchai Reporter")
    mixed.live_blog_authors = [LiveBlogAuthor(author=author)]
    mixed.tags.add("น้ำท่วม")
    mixed.save_revision().publish()

    by_author = soup(client.get(f"/th/authors/{author.slug}/"))
    by_tag = soup(client.get("/th/tags/น้ำท่วม/"))

    assert headlines(by_author) == ["Flood watch"]
    assert headlines(by_tag) == ["Flood watch"]
    assert label_of(by_tag, "Flood watch") == "สด"


def test_feeds_carry_live_blogs_among_articles(client, mixed):
    response = client.get("/th/feeds/rss/")

    entries = feedparser.parse(response.content).entries
    titles = [entry.title for entry in entries]
    assert titles == ["Article new", "Flood watch", "Article middle", "Article old"]
    assert entries[1].link.endswith(mixed.url)


def count(client, url):
    """The queries of building `url` (the front page's and feeds' kept HTML out of date)."""
    assert client.get(url).status_code == 200
    new_generation()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/th/", "/th/world/", "/th/feeds/rss/"])
def test_live_blogs_cost_no_query_on_listings_of_articles(
    client, section, make_article, make_blog, url
):
    for i in range(3):
        make_article(title=f"Article {i}")
    articles_only = count(client, url)
    make_blog(title="Flood watch")

    # A feed fetches each story type's pages, tags and authors: three for live blogs.
    assert count(client, url) == articles_only + (3 if "feeds" in url else 0)
