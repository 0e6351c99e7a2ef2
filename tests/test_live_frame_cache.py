"""
A live blog's section, bylines and tags are kept with its live revision
(live/pages.py, through news/render_cache.py), and every change readers
should see shows on the next request: the blog republished, its author or
tag renamed, its section retitled.
"""

import pytest

from live.models import LiveBlogAuthor, LiveBlogPage
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


def hreflang_links(client, soup, url):
    page = soup(client.get(url))
    return {link["hreflang"]: link["href"] for link in page.select("link[hreflang]")}


def test_an_english_translation_published_shows_in_the_language_links_at_once(
    client, soup, framed_blog, english_section, locale_en
):
    """The links are kept with the blog's revision; a story's publish makes them stale."""
    assert "en" not in hreflang_links(client, soup, framed_blog.url)
    english = framed_blog.copy_for_translation(locale_en)
    english.save_revision().publish()
    english = LiveBlogPage.objects.get(pk=english.pk)
    english_url = english.get_url()
    assert hreflang_links(client, soup, framed_blog.url)["en"].endswith(english_url)
    english.unpublish()
    assert "en" not in hreflang_links(client, soup, framed_blog.url)


def test_the_blogs_head_describes_it_by_its_standfirst(client, soup, framed_blog):
    page = soup(client.get(framed_blog.url))
    description = page.select_one('meta[name="description"]')["content"]
    assert description == framed_blog.standfirst
    assert page.select_one('meta[property="og:title"]')["content"] == framed_blog.title


def shown_updates(client, soup, blog, query=""):
    page = soup(client.get(blog.url + query))
    return [update.get_text(" ", strip=True) for update in page.select(".live-update__body")]


def test_the_first_page_shows_each_update_posted_edited_or_removed_at_once(
    client, soup, blog, make_update
):
    """The first page's updates are kept by the blog's latest change and counts (live/pages.py)."""
    first = make_update("ระดับน้ำทรงตัว")
    assert shown_updates(client, soup, blog) == ["ระดับน้ำทรงตัว"]
    make_update("น้ำเริ่มลด", minutes_ago=0)
    assert shown_updates(client, soup, blog) == ["น้ำเริ่มลด", "ระดับน้ำทรงตัว"]
    first.body = [("paragraph", "<p>ระดับน้ำทรงตัวทั้งคืน</p>")]
    first.save()
    assert "ระดับน้ำทรงตัวทั้งคืน" in shown_updates(client, soup, blog)
    first.remove("ข้อมูลผิด")
    assert "ระดับน้ำทรงตัวทั้งคืน" not in shown_updates(client, soup, blog)
    first.delete()
    assert shown_updates(client, soup, blog) == ["น้ำเริ่มลด"]


def test_an_older_page_of_updates_is_not_the_first_pages(client, soup, blog, make_update):
    for n in range(22):
        make_update(f"รายงานที่ {n}", minutes_ago=n)
    first_page = shown_updates(client, soup, blog)
    assert shown_updates(client, soup, blog, "?page=2") == ["รายงานที่ 20", "รายงานที่ 21"]
    assert shown_updates(client, soup, blog) == first_page
