"""
What search engines and social networks read: description and canonical URL,
OpenGraph and Twitter card tags, an article's NewsArticle JSON-LD, robots.txt.
"""

import re
from datetime import timedelta

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.models import Locale

from newsroom.models import ArticleCorrection
from syndication.metadata import PUBLISHER_LOGO, PUBLISHER_LOGO_SIZE
from tests.seo_helpers import json_ld, meta

pytestmark = pytest.mark.django_db


@pytest.fixture
def big_image(make_image):
    """Large enough for every crop at full size."""
    return make_image(title="Flooded market", size=(2000, 1500))


@pytest.fixture
def story(make_article, big_image, make_author):
    authors = [make_author(name="Ananya Sukjai"), make_author(name="วรรณภา สุขเจริญ")]
    article = make_article(
        title="น้ำท่วมตลาดน้ำ",
        standfirst="พ่อค้าแม่ค้าย้ายแผงขึ้นที่สูง",
        hero_image=big_image,
        hero_alt_text="แผงผักริมคลองที่น้ำท่วมถึง",
        authors=authors,
    )
    article.tags.add("น้ำท่วม")
    article.save_revision().publish()
    return article


def test_an_article_has_opengraph_and_twitter_card_tags(client, soup, story):
    page = soup(client.get(story.url))
    url = f"http://testserver{story.url}"

    assert page.find("link", rel="canonical")["href"] == url
    assert meta(page, "og:url") == url
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:title") == "น้ำท่วมตลาดน้ำ"
    assert meta(page, "og:description") == "พ่อค้าแม่ค้าย้ายแผงขึ้นที่สูง"
    assert meta(page, "og:site_name") == "News World Daily"
    assert meta(page, "og:locale") == "th_TH"
    assert meta(page, "og:image").startswith("http://testserver/")
    assert "fill-1200x630" in meta(page, "og:image")
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("1200", "630")
    assert meta(page, "og:image:alt") == "แผงผักริมคลองที่น้ำท่วมถึง"
    assert meta(page, "twitter:card") == "summary_large_image"
    assert meta(page, "twitter:image") == meta(page, "og:image")
    assert meta(page, "article:published_time").endswith("+07:00")
    assert meta(page, "article:section") == "โลก"
    assert meta(page, "article:tag") == "น้ำท่วม"


def test_seo_title_and_description_fall_back_to_title_and_standfirst(client, soup, story):
    page = soup(client.get(story.url))
    assert meta(page, "description") == story.standfirst
    assert page.title.get_text().startswith("น้ำท่วมตลาดน้ำ |")

    story.seo_title = "น้ำท่วมตลาดน้ำดำเนินสะดวก"
    story.search_description = "สรุปสำหรับเครื่องมือค้นหา"
    story.save_revision().publish()
    page = soup(client.get(story.url))
    assert meta(page, "description") == "สรุปสำหรับเครื่องมือค้นหา"
    assert meta(page, "og:title") == "น้ำท่วมตลาดน้ำดำเนินสะดวก"
    assert page.title.get_text().startswith("น้ำท่วมตลาดน้ำดำเนินสะดวก |")


def test_sections_and_the_home_page_are_websites_with_a_canonical_url(client, soup, section):
    page = soup(client.get(section.url))
    assert meta(page, "og:type") == "website"
    assert meta(page, "description") == "ข่าวจากทั่วโลก"
    assert page.find("link", rel="canonical")["href"] == "http://testserver/th/world/"
    assert meta(page, "twitter:card") == "summary"
    assert page.select('script[type="application/ld+json"]') == []

    home = soup(client.get("/th/"))
    assert home.find("link", rel="canonical")["href"] == "http://testserver/th/"


def test_news_article_json_ld_carries_googles_fields_and_parses(client, soup, story):
    data = json_ld(soup(client.get(story.url)))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "น้ำท่วมตลาดน้ำ"
    assert data["mainEntityOfPage"]["@id"] == f"http://testserver{story.url}"
    assert data["inLanguage"] == "th"
    assert data["articleSection"] == "โลก"
    ratios = []
    for url in data["image"]:
        assert url.startswith("http://testserver/media/")
        width, height = map(int, re.search(r"fill-(\d+)x(\d+)", url).groups())
        ratios.append(round(width / height, 2))
    assert ratios == [round(16 / 9, 2), round(4 / 3, 2), 1.0]
    for key in ("datePublished", "dateModified"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00", data[key]), key
    assert [a["name"] for a in data["author"]] == ["Ananya Sukjai", "วรรณภา สุขเจริญ"]
    for author in data["author"]:
        assert author["@type"] == "Person"
        path = author["url"].removeprefix("http://testserver")
        assert client.get(path).status_code == 200
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["name"] == "News World Daily"
    assert publisher["logo"]["url"].endswith(f"/static/{PUBLISHER_LOGO}")
    with PillowImage.open(finders.find(PUBLISHER_LOGO)) as logo:
        assert logo.size == PUBLISHER_LOGO_SIZE


def test_date_modified_follows_the_newest_correction(client, soup, story):
    corrected_at = timezone.now().replace(microsecond=0) + timedelta(minutes=5)
    story.corrections.add(ArticleCorrection(text="แก้ชื่อตลาด", date=corrected_at))
    story.save_revision().publish()

    data = json_ld(soup(client.get(story.url)))
    assert data["dateModified"] == timezone.localtime(corrected_at).isoformat()
    assert data["datePublished"] < data["dateModified"]


def test_json_ld_cannot_close_its_script_element(client, soup, make_article):
    article = make_article(title="</script><script>alert(1)</script> & more")
    response = client.get(article.url)
    assert b"</script><script>alert(1)" not in response.content
    assert json_ld(soup(response))["headline"] == "</script><script>alert(1)</script> & more"


def test_translations_are_named_as_opengraph_alternate_locales(client, soup, home, story):
    english = Locale.objects.create(language_code="en")
    for page in (home, story.get_parent()):
        page.copy_for_translation(english).save_revision().publish()
    story.copy_for_translation(english).save_revision().publish()

    page = soup(client.get(story.url))
    alternates = page.find_all("meta", attrs={"property": "og:locale:alternate"})
    assert [tag["content"] for tag in alternates] == ["en_US"]
    en_page = soup(client.get(story.get_translation(english).url))
    assert meta(en_page, "og:locale") == "en_US"
    assert json_ld(en_page)["inLanguage"] == "en"


def test_robots_txt_names_the_sitemaps(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/news-sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "public" in response["Cache-Control"]
    assert not response.cookies
