"""
The site's identity (Settings → Site identity, home/site_settings.py): the
publication's name in the masthead, footer, <title>, OpenGraph, JSON-LD,
feeds and the Google News sitemap; the publisher logo, social accounts,
default share image and contact address; read at most once per request, and
from the cache after the first.
"""

import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.site_settings import CACHE_KEY, SiteIdentity
from syndication.metadata import PUBLISHER_LOGO
from tests.readers import make_reader
from tests.seo_helpers import json_ld, meta

pytestmark = pytest.mark.django_db

NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture
def site(home):
    return Site.objects.get(root_page=home)


@pytest.fixture
def identity(site):
    identity = SiteIdentity.for_site(site)
    identity.name_th = "ข่าวเช้ารายวัน"
    identity.name_en = "Morning Daily"
    identity.save()
    return identity


@pytest.fixture
def story(make_article):
    return make_article(title="น้ำท่วมตลาดน้ำ")


def names_on(page):
    """Where a reader, a crawler and a feed reader see the name on one page."""
    return {
        "masthead": page.select_one(".masthead__brand").get_text(strip=True),
        "footer": page.select_one(".site-footer__name").get_text(strip=True),
        "title": page.title.string.rsplit(" | ", 1)[1],
        "og:site_name": meta(page, "og:site_name"),
        # "<name> (RSS feed)"
        "feed link": page.find("link", type="application/rss+xml")["title"].rsplit(" (", 1)[0],
    }


def test_every_place_shows_the_name_from_the_setting(client, soup, identity, story):
    page = soup(client.get(story.url))
    assert set(names_on(page).values()) == {"ข่าวเช้ารายวัน"}
    assert json_ld(page)["publisher"]["name"] == "ข่าวเช้ารายวัน"
    assert "© " in page.select_one(".site-footer__copyright").get_text()
    assert "ข่าวเช้ารายวัน" in page.select_one(".site-footer__copyright").get_text()

    feed = feedparser.parse(client.get("/th/feeds/rss/").content)
    assert feed.feed.title == "ข่าวเช้ารายวัน"
    assert "ข่าวเช้ารายวัน" in feed.feed.description
    sitemap = ET.fromstring(client.get("/news-sitemap.xml").content)  # noqa: S314 - our own output
    assert [n.text for n in sitemap.iter(f"{NEWS}name")] == ["ข่าวเช้ารายวัน"]


def test_english_pages_use_the_english_name_or_else_the_thai_one(
    client, soup, identity, english_section
):
    assert set(names_on(soup(client.get(english_section.url))).values()) == {"Morning Daily"}
    assert feedparser.parse(client.get("/en/feeds/rss/").content).feed.title == "Morning Daily"

    identity.name_en = ""
    identity.save()
    assert set(names_on(soup(client.get(english_section.url))).values()) == {"ข่าวเช้ารายวัน"}


def test_saving_the_setting_in_the_admin_changes_the_cached_pages_name(
    admin_client, client, soup, site, story
):
    assert names_on(soup(client.get(story.url)))["masthead"] == "News World Daily"
    url = f"/admin/settings/home/siteidentity/{site.pk}/"
    assert admin_client.get(url).status_code == 200

    response = admin_client.post(url, {"name_th": "ข่าวค่ำ", "x_handle": "@evening_news"})

    assert response.status_code == 302
    page = soup(client.get(story.url))
    assert set(names_on(page).values()) == {"ข่าวค่ำ"}
    assert meta(page, "twitter:site") == "@evening_news"
    assert SiteIdentity.for_site(site).x_handle == "evening_news"


def test_a_bad_x_handle_or_address_is_a_form_error(admin_client, soup, site):
    url = f"/admin/settings/home/siteidentity/{site.pk}/"
    data = {"name_th": "ข่าวค่ำ", "x_handle": "no spaces allowed", "contact_email": "not-an-address"}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    errors = soup(response).select(".error-message")
    assert len(errors) >= 2
    assert SiteIdentity.for_site(site).name_th == "News World Daily"


def test_the_identity_is_read_once_per_request_then_from_the_cache(
    client, site, story, django_assert_num_queries
):
    client.get(story.url)  # warms renditions, navigation and the identity
    with CaptureQueriesContext(connection) as warm:
        assert client.get(story.url).status_code == 200
    assert not [q for q in warm.captured_queries if "home_siteidentity" in q["sql"]]

    cache.delete(CACHE_KEY.format(site_id=site.pk))
    # Masthead, footer, <title>, OpenGraph, JSON-LD and feed links share one read.
    with django_assert_num_queries(len(warm) + 1):
        assert client.get(story.url).status_code == 200


def test_publisher_logo_social_accounts_and_contact(client, soup, identity, story, make_image):
    identity.publisher_logo = make_image(title="Logo", size=(1200, 300))
    identity.x_handle = "morningdaily"
    identity.facebook_url = "https://www.facebook.com/morningdaily"
    identity.contact_email = "newsroom@example.com"
    identity.save()

    page = soup(client.get(story.url))

    publisher = json_ld(page)["publisher"]
    assert ".max-600x60." in publisher["logo"]["url"]
    assert (publisher["logo"]["width"], publisher["logo"]["height"]) == (240, 60)
    assert publisher["sameAs"] == [
        "https://www.facebook.com/morningdaily",
        "https://x.com/morningdaily",
    ]
    assert meta(page, "twitter:site") == "@morningdaily"
    assert meta(page, "article:publisher") == "https://www.facebook.com/morningdaily"
    contact = page.select_one(".site-footer__contact a")
    assert contact["href"] == "mailto:newsroom@example.com"


def test_a_deleted_logo_falls_back_to_the_designs_logo(client, soup, identity, story, make_image):
    identity.publisher_logo = make_image(title="Logo", size=(600, 60))
    identity.save()
    client.get(story.url)  # the identity, with its logo, is now cached

    identity.publisher_logo.delete()

    response = client.get(story.url)
    assert response.status_code == 200
    logo = json_ld(soup(response))["publisher"]["logo"]
    assert logo["url"].endswith(f"/static/{PUBLISHER_LOGO}")


def test_pages_without_a_picture_share_the_default_image(client, soup, identity, section, image):
    image.description = "หน้าแรกของข่าวเช้ารายวัน"
    image.save()
    identity.default_share_image = image
    identity.save()

    page = soup(client.get(section.url))

    assert "fill-1200x630" in meta(page, "og:image")
    assert meta(page, "og:image:alt") == "หน้าแรกของข่าวเช้ารายวัน"
    assert meta(page, "twitter:card") == "summary_large_image"


def test_password_reset_email_names_the_site(client, identity):
    make_reader(email="dao@example.com")
    client.post("/th/accounts/password/reset/", {"email": "dao@example.com"})
    [message] = mail.outbox
    assert "ข่าวเช้ารายวัน" in message.subject
    assert "ข่าวเช้ารายวัน" in message.body


def test_the_error_page_names_the_site_without_the_database(settings, django_assert_num_queries):
    settings.WAGTAIL_SITE_NAME = "Evening Daily"
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert "<title>Evening Daily</title>" in html
