"""
What search engines read from a live blog (live/seo.py): LiveBlogPosting
JSON-LD with the coverage times and the latest updates, the head metadata,
and the Google News sitemap while the blog is live.
"""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from live.seo import UPDATES_IN_JSON_LD
from live.updates import UpdateState

pytestmark = pytest.mark.django_db


def json_ld(soup, response):
    scripts = soup(response).select('script[type="application/ld+json"]')
    found = [json.loads(script.string) for script in scripts]
    return next(data for data in found if data["@type"] == "LiveBlogPosting")


def test_live_blog_posting_has_coverage_times_and_the_latest_updates(
    client, blog, make_update, soup
):
    updates = [make_update(f"อัปเดต {n}", minutes_ago=n) for n in range(UPDATES_IN_JSON_LD + 2)]
    make_update("รอตรวจ", state=UpdateState.PENDING, minutes_ago=0)
    data = json_ld(soup, client.get(blog.url))
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == blog.title
    assert data["coverageStartTime"] == timezone.localtime(blog.coverage_start).isoformat()
    assert data["coverageEndTime"] > data["coverageStartTime"]
    assert data["coverageStartTime"].endswith("+07:00")
    postings = data["liveBlogUpdate"]
    assert len(postings) == UPDATES_IN_JSON_LD
    assert [p["articleBody"] for p in postings[:2]] == ["อัปเดต 0", "อัปเดต 1"]
    assert postings[0]["@type"] == "BlogPosting"
    assert postings[0]["url"] == f"http://testserver{blog.url}?update={updates[0].pk}"
    assert postings[0]["datePublished"] == timezone.localtime(updates[0].posted_at).isoformat()
    assert data["publisher"]["@type"] == "Organization"


def test_removed_updates_are_left_out_and_edits_dated(client, blog, make_update, soup):
    removed = make_update("ผิด", minutes_ago=1)
    edited = make_update("ระดับน้ำ", minutes_ago=2, title="เขื่อน")
    removed.remove("ซ้ำ")
    edited.record_edit("แก้ตัวเลข")
    edited.save()
    postings = json_ld(soup, client.get(blog.url))["liveBlogUpdate"]
    assert [p["headline"] for p in postings] == ["เขื่อน"]
    assert "dateModified" in postings[0]


def test_an_ended_blog_gives_its_end_time(client, make_blog, soup):
    end = timezone.now().replace(microsecond=0) - timedelta(hours=1)
    ended = make_blog(status="ended", coverage_end=end)
    data = json_ld(soup, client.get(ended.url))
    assert data["coverageEndTime"] == timezone.localtime(end).isoformat()


def test_the_head_describes_the_blog_with_its_standfirst(client, blog, soup):
    page = soup(client.get(blog.url))
    assert page.select_one('meta[name="description"]')["content"] == blog.standfirst
    assert page.select_one('link[rel="canonical"]')["href"] == f"http://testserver{blog.url}"


def test_the_news_sitemap_lists_a_blog_while_it_is_live(client, blog, make_blog, soup):
    ended = make_blog(title="จบแล้ว", status="ended")
    locations = [loc.text for loc in soup(client.get("/news-sitemap.xml")).find_all("loc")]
    assert f"http://testserver{blog.url}" in locations
    assert f"http://testserver{ended.url}" not in locations
    blog.status = "ended"
    blog.save_revision().publish()
    locations = [loc.text for loc in soup(client.get("/news-sitemap.xml")).find_all("loc")]
    assert f"http://testserver{blog.url}" not in locations


def test_the_news_sitemap_still_lists_articles_newest_first(client, blog, make_article, soup):
    article = make_article(title="ข่าวใหม่")
    locations = [loc.text for loc in soup(client.get("/news-sitemap.xml")).find_all("loc")]
    assert locations == [f"http://testserver{article.url}", f"http://testserver{blog.url}"]
