"""
The search results page: section and date filters, sorting, ten results a
page, help when nothing is found, odd queries answered rather than crashed,
bad parameters a 400 that says what is wrong, not indexed by robots, and a
query count that does not grow with the results.
"""

import pytest

from tests.search_helpers import (
    RATE_SENTENCE,
    at,
    error_text,
    found,
    queries_of_search,
    search,
)

pytestmark = pytest.mark.django_db


# Filters, sorting, pagination


@pytest.fixture
def rice_stories(make_article, make_section):
    """Three stories about rice (ข้าว) in two sections and three months."""
    business = make_section(title="ธุรกิจ", slug="business")
    return {
        "world-sep": make_article(title="ข้าวโลก กันยายน", display_date=at(10, 9)),
        "world-nov": make_article(
            title="ข้าวหอมมะลิราคาขึ้น",
            display_date=at(20, 11),
            body=[("paragraph", "<p>ข้าวหอมมะลิ ข้าวเหนียว ข้าวโพด</p>")],
        ),
        "business-oct": make_article(
            title="ส่งออกข้าว ตุลาคม", display_date=at(15, 10), parent=business
        ),
    }


def test_the_section_filter_keeps_that_sections_stories(client, rice_stories, soup):
    assert found(search(client, "ข้าว", section="business"), soup) == ["ส่งออกข้าว ตุลาคม"]


def test_the_date_range_is_inclusive_in_bangkok_days(client, rice_stories, soup):
    response = search(client, "ข้าว", date_from="2026-10-01", date_to="2026-10-15")
    assert found(response, soup) == ["ส่งออกข้าว ตุลาคม"]
    assert found(search(client, "ข้าว", date_from="2026-11-01"), soup) == ["ข้าวหอมมะลิราคาขึ้น"]


def test_sorting_by_newest_or_by_relevance(client, rice_stories, soup):
    newest = found(search(client, "ข้าว", sort="newest"), soup)
    assert newest == ["ข้าวหอมมะลิราคาขึ้น", "ส่งออกข้าว ตุลาคม", "ข้าวโลก กันยายน"]
    best = found(search(client, "ข้าวหอมมะลิ", sort="relevance"), soup)
    assert best == ["ข้าวหอมมะลิราคาขึ้น"]


def test_the_filters_keep_their_values_in_the_form(client, rice_stories, soup):
    html = soup(search(client, "ข้าว", section="business", date_from="2026-10-01", sort="newest"))
    assert html.select_one("#id_q")["value"] == "ข้าว"
    assert html.select_one("#id_section option[selected]")["value"] == "business"
    assert html.select_one("#id_date_from")["value"] == "2026-10-01"
    assert html.select_one("#id_sort option[selected]")["value"] == "newest"


def test_results_are_paginated_ten_at_a_time(client, make_article, soup):
    for n in range(12):
        make_article(title=f"ข่าวน้ำท่วม {n}", display_date=at(1 + n))
    first = search(client, "น้ำท่วม", sort="newest")
    second = search(client, "น้ำท่วม", sort="newest", page="2")
    assert len(found(first, soup)) == 10
    assert found(second, soup) == ["ข่าวน้ำท่วม 1", "ข่าวน้ำท่วม 0"]
    assert "12" in soup(first).select_one(".search-summary").text
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert "page=2" in next_link and "sort=newest" in next_link


@pytest.mark.parametrize("page", ["3", "0", "-1", "abc", "1.5", "99999999999999999999", "1e3"])
def test_a_bad_page_number_is_a_400_that_says_so(client, make_article, soup, page):
    for n in range(12):
        make_article(title=f"ข่าวน้ำท่วม {n}")
    response = search(client, "น้ำท่วม", page=page)
    assert response.status_code == 400
    assert error_text(response, soup)


def test_no_results_helps_the_reader(client, english_section, make_article, soup):
    make_article(title="ข่าวเศรษฐกิจ")
    html = soup(search(client, "ช้างเผือก", section="world"))
    help_box = html.select_one(".search-no-results")
    assert "ช้างเผือก" in help_box.text
    links = [a["href"] for a in help_box.select("a")]
    assert (
        "?q=%E0%B8%8A%E0%B9%89%E0%B8%B2%E0%B8%87%E0%B9%80%E0%B8%9C%E0%B8%B7%E0%B8%AD%E0%B8%81"
        in links
    )
    assert any(link.startswith("/en/search/?q=") for link in links)


# Bad input


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "ดอกเบี้ย AND OR NOT NEAR(",
        "*",
        "ดอกเบี้ย:*",
        "\\",
        "%",
        "😀",
        "😀ดอกเบี้ย👍🏽",
        "ข่าวGDPไทย economy",
        "\u200bดอกเบี้ย\u200b",
        "x" * 200,
    ],
)
def test_odd_queries_are_answered_not_crashed(client, make_article, soup, query):
    make_article(title="ข่าวเศรษฐกิจ", body=[("paragraph", f"<p>{RATE_SENTENCE}</p>")])
    response = search(client, query)
    assert response.status_code == 200
    assert soup(response).select_one("main h1") is not None


def test_html_in_a_query_is_shown_as_text(client, make_article, soup):
    response = search(client, "<script>alert(1)</script>")
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content
    assert soup(response).select_one("#id_q")["value"] == "<script>alert(1)</script>"


def test_emoji_only_asks_for_a_word(client, make_article, soup):
    html = soup(search(client, "😀🙏"))
    assert html.select_one(".search-message").text.strip()
    assert not html.select(".search-results")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "x" * 5000}, "q"),
        ({"q": "ข่าว\x00"}, "q"),
        ({"q": "ข่าว", "section": "no-such-section"}, "section"),
        ({"q": "ข่าว", "date_from": "2026-13-45"}, "date_from"),
        ({"q": "ข่าว", "date_to": "9999-12-31"}, "date_to"),
        ({"q": "ข่าว", "date_from": "2026-11-02", "date_to": "2026-11-01"}, "date_to"),
        ({"q": "ข่าว", "sort": "bogus"}, "sort"),
    ],
)
def test_bad_parameters_are_a_400_with_the_message_on_the_search_page(
    client, section, soup, params, field
):
    response = client.get("/th/search/", params)
    assert response.status_code == 400
    html = soup(response)
    assert html.select_one("form.search-form") is not None
    assert error_text(response, soup)
    assert "Cache-Control" in response and "public" not in response["Cache-Control"]


# The page itself


def test_the_search_page_is_not_indexed_and_the_header_box_points_to_it(client, section, soup):
    html = soup(search(client, "ข่าว"))
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"
    assert html.select_one("form.masthead__search")["action"] == "/th/search/"


def test_a_results_page_costs_the_same_queries_for_two_or_ten_results(
    client, make_article, make_author
):
    for n in range(2):
        make_article(title=f"ข่าวพายุ {n}", authors=[make_author()])
    for n in range(10):
        make_article(title=f"ข่าวหมอก {n}", authors=[make_author()])
    assert queries_of_search(client, "พายุ") == queries_of_search(client, "หมอก")


def test_a_result_under_an_unpublished_section_keeps_its_label_but_the_filter_offers_live_ones(
    client, section, make_article, soup
):
    """The sections are read once for both: the label as listings show it, the filter live only."""
    make_article(title="ข่าวข้าวโลก")
    section.unpublish()
    html = soup(search(client, "ข้าว"))
    assert [p.text for p in html.select(".search-result .teaser__section")] == [section.title]
    assert section.slug not in [o["value"] for o in html.select("#id_section option")]
    assert search(client, "ข้าว", section=section.slug).status_code == 400
