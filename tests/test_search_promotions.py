"""
Editors' side of search: promoted results come first, in the reader's
language, and searches are counted for Wagtail's search-terms report.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.search_helpers import at, found, search

pytestmark = pytest.mark.django_db

PROMOTIONS_TABLE = SearchPromotion._meta.db_table


def test_promoted_results_come_first_and_are_not_repeated(client, make_article, soup):
    promoted = make_article(title="คู่มือเลือกตั้ง", display_date=at(1))
    make_article(title="ข่าวเลือกตั้งวันนี้", display_date=at(2))
    query = Query.get("เลือกตั้ง")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/ect",
        external_link_text="กกต.",
        sort_order=1,
    )
    html = soup(search(client, "เลือกตั้ง"))
    promoted_titles = [a.text for a in html.select(".search-promotions a")]
    assert promoted_titles == ["คู่มือเลือกตั้ง", "กกต."]
    assert found(search(client, "เลือกตั้ง"), soup) == ["ข่าวเลือกตั้งวันนี้"]


def test_a_promoted_page_is_shown_in_the_readers_language(
    client, english_section, make_article, soup
):
    thai = make_article(title="คู่มือเลือกตั้ง")
    english = thai.copy_for_translation(english_section.locale)
    english.title = "Election guide"
    english.save_revision().publish()
    SearchPromotion.objects.create(query=Query.get("election"), page=thai, sort_order=0)
    html = soup(search(client, "election", lang="en"))
    assert [a.text for a in html.select(".search-promotions a")] == ["Election guide"]


def test_searches_are_counted_for_the_search_terms_report(client, make_article, admin_client):
    for n in range(12):
        make_article(title=f"ข่าวน้ำท่วม {n}")
    search(client, "น้ำท่วม")
    search(client, "  น้ำท่วม ")
    search(client, "น้ำท่วม", page="2")  # reading on is not a new search
    assert Query.get("น้ำท่วม").hits == 2
    report = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert report.status_code == 200
    assert "น้ำท่วม" in report.content.decode()


def test_editors_reach_promoted_results_in_the_admin(admin_client):
    assert admin_client.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    assert admin_client.get(reverse("wagtailsearchpromotions:add")).status_code == 200


def test_a_promotion_shows_on_the_next_search_and_goes_when_deleted(client, make_article, soup):
    """The promoted terms are kept between searches; saving or deleting a promotion renews them."""
    promoted = make_article(title="คู่มือเลือกตั้ง")
    make_article(title="ข่าวเลือกตั้งวันนี้")
    assert soup(search(client, "เลือกตั้ง")).select(".search-promotions a") == []
    promotion = SearchPromotion.objects.create(
        query=Query.get("เลือกตั้ง"), page=promoted, sort_order=0
    )
    html = soup(search(client, "เลือกตั้ง"))
    assert [a.text for a in html.select(".search-promotions a")] == ["คู่มือเลือกตั้ง"]
    promotion.delete()
    assert soup(search(client, "เลือกตั้ง")).select(".search-promotions a") == []


def test_a_term_nobody_promoted_asks_the_database_nothing_about_promotions(client, make_article):
    make_article(title="คู่มือเลือกตั้ง")
    SearchPromotion.objects.create(
        query=Query.get("น้ำท่วม"), external_link_url="https://example.org/", sort_order=0
    )
    search(client, "เลือกตั้ง")  # the promoted terms are read once
    with CaptureQueriesContext(connection) as captured:
        search(client, "เลือกตั้ง")
    assert not [q for q in captured if PROMOTIONS_TABLE in q["sql"]]
    with CaptureQueriesContext(connection) as captured:
        search(client, "น้ำท่วม")
    assert [q for q in captured if PROMOTIONS_TABLE in q["sql"]]
