"""
Syndication: RSS and Atom feeds per language and per section, found from every
page's <head>; sitemap.xml with translations as alternates; the Google News
sitemap of the last two days.
"""

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Locale

from news.models import ArticlePage
from newsroom.models import ArticleCorrection
from syndication.sitemaps import NewsSitemap

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def parse_xml(response):
    return ET.fromstring(response.content)  # noqa: S314 - our own output, not untrusted input


def parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert "public" in response["Cache-Control"]
    assert not response.cookies
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.fixture
def english(home, section):
    """The English home page and World section, translations of the Thai ones."""
    locale = Locale.objects.create(language_code="en")
    for page in (home, section):
        page.copy_for_translation(locale).save_revision().publish()
    return section.get_translation(locale)


def dated(make_article, hours_ago, **fields):
    return make_article(display_date=timezone.now() - timedelta(hours=hours_ago), **fields)


# Feeds


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_language_feed_lists_live_articles_newest_first_in_its_language(
    client, make_article, make_section, english, kind
):
    business = make_section(title="ธุรกิจ", slug="business")
    older = dated(make_article, 5, title="ข่าวเก่ากว่า")
    newer = dated(make_article, 1, title="ข่าวใหม่กว่า", parent=business)
    make_article(title="ฉบับร่าง", publish=False)
    make_article(title="English only", parent=english)

    feed = parse_feed(client, f"/th/feeds/{kind}/")

    assert feed.feed.language == "th"
    assert feed.feed.title == "News World Daily"
    assert [entry.title for entry in feed.entries] == [newer.title, older.title]
    assert feed.entries[0].link == f"http://testserver{newer.url}"
    english_feed = parse_feed(client, f"/en/feeds/{kind}/")
    assert english_feed.feed.language == "en"
    assert [entry.title for entry in english_feed.entries] == ["English only"]


def test_a_section_feed_holds_only_that_sections_articles(client, make_article, make_section):
    business = make_section(title="ธุรกิจ", slug="business")
    make_article(title="ข่าวโลก")
    make_article(title="ข่าวธุรกิจ", parent=business)

    for kind in ("rss", "atom"):
        feed = parse_feed(client, f"/th/feeds/business/{kind}/")
        assert feed.feed.title == "News World Daily: ธุรกิจ"
        assert [entry.title for entry in feed.entries] == ["ข่าวธุรกิจ"]
    assert client.get("/th/feeds/no-such-section/rss/").status_code == 404


def test_feed_items_carry_authors_tags_dates_and_corrections(client, make_article, make_author):
    article = make_article(title="สะพานใหม่", authors=[make_author(name="Ananya Sukjai")])
    article.tags.add("คมนาคม")
    corrected_at = timezone.now().replace(microsecond=0) + timedelta(minutes=5)
    article.corrections.add(ArticleCorrection(text="ความยาวที่ถูกต้องคือ 12 กิโลเมตร", date=corrected_at))
    article.save_revision().publish()

    [rss_item] = parse_feed(client, "/th/feeds/rss/").entries
    assert rss_item.author == "Ananya Sukjai"
    assert [tag.term for tag in rss_item.tags] == ["คมนาคม"]
    assert article.standfirst in rss_item.summary
    assert "ความยาวที่ถูกต้องคือ 12 กิโลเมตร" in rss_item.summary

    [atom_entry] = parse_feed(client, "/th/feeds/atom/").entries
    assert "ความยาวที่ถูกต้องคือ 12 กิโลเมตร" in atom_entry.summary
    updated = datetime(*atom_entry.updated_parsed[:6], tzinfo=UTC)
    assert updated == corrected_at


def test_feed_queries_do_not_grow_with_items(client, make_article, make_author, image):
    authors = [make_author(name=f"Reporter {i}") for i in range(3)]

    def queries():
        client.get("/th/feeds/rss/")  # warm the navigation cache
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/th/feeds/rss/").status_code == 200
        return len(captured)

    def add_article(number):
        article = make_article(authors=authors[: number % 3 + 1], hero_image=image)
        article.tags.add(f"tag {number}")
        article.corrections.add(ArticleCorrection(text="แก้ไข"))
        article.save_revision().publish()

    add_article(0)
    few = queries()
    for number in range(1, 9):
        add_article(number)
    many = queries()
    print(f"\nfeed queries: 1 item = {few}, 9 items = {many}")
    assert few == many


def test_every_page_names_its_feeds_in_the_head(client, soup, section, make_article):
    article = make_article()

    def feeds(url):
        page = soup(client.get(url))
        return {
            (link["type"], link["href"]) for link in page.select('head link[rel="alternate"][type]')
        }

    language = {
        ("application/rss+xml", "/th/feeds/rss/"),
        ("application/atom+xml", "/th/feeds/atom/"),
    }
    world = {
        ("application/rss+xml", "/th/feeds/world/rss/"),
        ("application/atom+xml", "/th/feeds/world/atom/"),
    }
    assert feeds("/th/") == language
    assert feeds(section.url) == language | world
    assert feeds(article.url) == language | world
    assert feeds("/th/corrections/") == language
    for _kind, url in language | world:
        assert client.get(url).status_code == 200


# Sitemaps


def test_the_sitemap_lists_live_pages_with_their_translations(
    client, home, section, english, make_article
):
    thai = make_article(title="ข่าวสองภาษา")
    thai.copy_for_translation(english.locale).save_revision().publish()
    thai_only = make_article(title="ข่าวภาษาไทย")
    draft = make_article(title="ร่าง", publish=False)

    index = parse_xml(client.get("/sitemap.xml"))
    [location] = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert location == "http://testserver/sitemap-pages.xml"

    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    urls = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in parse_xml(response).iter(f"{SITEMAP}url")
    }
    base = "http://testserver"
    english_url = base + thai.get_translation(english.locale).url
    assert urls[base + thai.url] == {
        "th": base + thai.url,
        "en": english_url,
        "x-default": base + thai.url,
    }
    assert urls[english_url]["th"] == base + thai.url
    assert urls[base + thai_only.url] == {}
    assert {base + "/th/", base + "/en/", base + "/th/world/", base + "/en/world/"} <= set(urls)
    assert base + draft.url not in urls


def test_the_news_sitemap_holds_the_articles_of_the_last_two_days(client, make_article):
    fresh = dated(make_article, 2, title="ข่าวสด & ร้อน")
    edge = dated(make_article, 47, title="ข่าวเมื่อวานซืน")
    dated(make_article, 49, title="ข่าวเก่าเกินสองวัน")
    dated(make_article, -3, title="ข่าวที่ตั้งวันที่ล่วงหน้า")

    response = client.get("/news-sitemap.xml")
    assert response.status_code == 200
    root = parse_xml(response)
    entries = [
        {
            "loc": url.find(f"{SITEMAP}loc").text,
            "name": url.find(f"{NEWS}news/{NEWS}publication/{NEWS}name").text,
            "language": url.find(f"{NEWS}news/{NEWS}publication/{NEWS}language").text,
            "date": url.find(f"{NEWS}news/{NEWS}publication_date").text,
            "title": url.find(f"{NEWS}news/{NEWS}title").text,
        }
        for url in root.iter(f"{SITEMAP}url")
    ]
    assert [e["title"] for e in entries] == [fresh.title, edge.title]
    assert entries[0] == {
        "loc": f"http://testserver{fresh.url}",
        "name": "News World Daily",
        "language": "th",
        "date": timezone.localtime(fresh.display_date).isoformat(),
        "title": "ข่าวสด & ร้อน",
    }

    # Two hours on, the 47-hour-old story has left the window.
    with freeze_time(timezone.now() + timedelta(hours=2)):
        later = parse_xml(client.get("/news-sitemap.xml"))
    assert [t.text for t in later.iter(f"{NEWS}title")] == [fresh.title]


def test_the_news_sitemap_stops_at_its_limit(client, make_article, monkeypatch):
    monkeypatch.setattr(NewsSitemap, "limit", 3)
    for hours in range(5):
        dated(make_article, hours + 1, title=f"ข่าว {hours}")
    root = parse_xml(client.get("/news-sitemap.xml"))
    assert [t.text for t in root.iter(f"{NEWS}title")] == ["ข่าว 0", "ข่าว 1", "ข่าว 2"]
    assert client.get("/news-sitemap.xml?p=2").status_code == 404
    assert ArticlePage.objects.count() == 5
