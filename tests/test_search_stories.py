"""
Live blogs are found by the site search and its suggestions like articles:
every page model marked as a story is searched (search/stories.py), with
the section and date filters, both sorts and a query count that stays flat.
"""

import json

import pytest

from live.models import LiveBlogPage
from news.models import ArticlePage
from news.stories import date_field, story_models
from tests.search_helpers import at, found, queries_of_search, search

pytestmark = pytest.mark.django_db


def test_articles_and_live_blogs_are_the_stories():
    assert {ArticlePage, LiveBlogPage} <= set(story_models())
    # The backend matches a search of all stories on the index body alone.
    assert all(model.search_body_includes_title for model in story_models())
    assert date_field(ArticlePage) == "display_date"
    assert date_field(LiveBlogPage) == "coverage_start"


def test_a_live_blog_is_found_by_a_word_in_its_key_points(client, make_blog, soup):
    make_blog(title="เกาะติดสถานการณ์", key_points="ระดับน้ำเจ้าพระยาสูงขึ้น\nอพยพชาวบ้านริมตลิ่ง")
    response = search(client, "อพยพ")
    assert found(response, soup) == ["เกาะติดสถานการณ์"]
    snippet = soup(response).select_one(".search-result__snippet")
    assert [mark.text for mark in snippet.select("mark")] == ["อพยพ"]


def test_articles_and_live_blogs_share_filters_and_newest_first(
    client, make_blog, make_article, make_section, soup
):
    business = make_section(title="ธุรกิจ", slug="business")
    make_article(title="ข่าวน้ำท่วม ตุลาคม", display_date=at(10, 10))
    make_blog(title="น้ำท่วมสด พฤศจิกายน", coverage_start=at(5))
    make_article(title="น้ำท่วม ธุรกิจ", display_date=at(1), parent=business)
    newest = found(search(client, "น้ำท่วม", sort="newest"), soup)
    assert newest == ["น้ำท่วมสด พฤศจิกายน", "น้ำท่วม ธุรกิจ", "ข่าวน้ำท่วม ตุลาคม"]
    november = found(search(client, "น้ำท่วม", date_from="2026-11-03"), soup)
    assert november == ["น้ำท่วมสด พฤศจิกายน"]
    assert found(search(client, "น้ำท่วม", section="world", date_to="2026-11-04"), soup) == [
        "ข่าวน้ำท่วม ตุลาคม"
    ]


def test_the_query_count_stays_flat_with_live_blogs_among_the_results(
    client, make_blog, make_article
):
    make_article(title="ข่าวพายุ 1")
    make_blog(title="พายุสด 1")
    for n in range(5):
        make_article(title=f"ข่าวหมอก {n}")
        make_blog(title=f"หมอกสด {n}")
    assert queries_of_search(client, "พายุ") == queries_of_search(client, "หมอก")


def test_suggestions_offer_live_blogs_too(client, make_blog, make_article):
    make_blog(title="เกาะติดแผ่นดินไหวเชียงราย")
    make_article(title="แผ่นดินไหวที่เมียนมา")
    response = client.get("/th/search/suggest/", {"q": "แผ่นดิน"})
    titles = {s["title"] for s in json.loads(response.content)["suggestions"]}
    assert titles == {"เกาะติดแผ่นดินไหวเชียงราย", "แผ่นดินไหวที่เมียนมา"}
