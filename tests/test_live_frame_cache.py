"""
A live blog's section, bylines and tags are kept with its live revision
(live/pages.py, through news/render_cache.py), and every change readers
should see shows on the next request: the blog republished, its author or
tag renamed, its section retitled.
"""

import pytest

from live.models import LiveBlogAuthor
from news.tags import ArticleTag

pytestmark = pytest.mark.django_db


@pytest.fixture
def framed_blog(blog, author):
    LiveBlogAuthor.objects.create(page=blog, author=author)
    blog.tags.add(ArticleTag.objects.create(name="น้ำท่วม", locale=blog.locale))
    blog.save_revision().publish()
    return blog


def byline_and_tags(client, soup, blog):
    page = soup(client.get(blog.url))
    return (
        page.select_one(".live-blog__byline").get_text(strip=True),
        [tag.get_text(strip=True) for tag in page.select(".tag-list a")],
        page.select_one(".article__section a").get_text(strip=True),
    )


def test_a_renamed_author_shows_at_once(client, soup, framed_blog, author):
    byline_and_tags(client, soup, framed_blog)
    author.name = "อนันยา ใจดี"
    author.save()
    assert byline_and_tags(client, soup, framed_blog)[0] == "อนันยา ใจดี"


def test_a_renamed_tag_shows_at_once(client, soup, framed_blog):
    byline_and_tags(client, soup, framed_blog)
    tag = ArticleTag.objects.get(name="น้ำท่วม")
    tag.name = "อุทกภัย"
    tag.save()
    assert byline_and_tags(client, soup, framed_blog)[1] == ["อุทกภัย"]


def test_a_retitled_section_shows_at_once(client, soup, framed_blog, section):
    byline_and_tags(client, soup, framed_blog)
    section.title = "ข่าวภูมิภาค"
    section.save_revision().publish()
    assert byline_and_tags(client, soup, framed_blog)[2] == "ข่าวภูมิภาค"


def test_a_republished_blog_shows_its_new_byline(client, soup, framed_blog, make_author):
    byline_and_tags(client, soup, framed_blog)
    LiveBlogAuthor.objects.create(page=framed_blog, author=make_author(name="ธนา รักษ์ไทย"))
    framed_blog.save_revision().publish()
    assert "ธนา รักษ์ไทย" in byline_and_tags(client, soup, framed_blog)[0]
