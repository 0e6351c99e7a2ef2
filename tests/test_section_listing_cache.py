"""
A section's page of teasers is kept (news/listings.py) and every change a
reader should see shows on the next request; bad page numbers still answer
400 and 404, and any other query string is served afresh.
"""

import pytest
from wagtail.images import get_image_model

from news.models import SECTION_PAGE_SIZE

pytestmark = pytest.mark.django_db


def headlines(client, soup, url):
    page = soup(client.get(url))
    return [a.get_text() for a in page.select(".teaser__headline a")]


def test_a_story_published_or_unpublished_shows_at_once(client, soup, section, make_article):
    make_article(title="ข่าวแรก")
    assert headlines(client, soup, section.url) == ["ข่าวแรก"]
    newer = make_article(title="ข่าวใหม่")
    assert headlines(client, soup, section.url) == ["ข่าวใหม่", "ข่าวแรก"]
    newer.unpublish()
    assert headlines(client, soup, section.url) == ["ข่าวแรก"]


def test_the_teasers_html_is_kept_with_them(client, section, make_article):
    def renders_teasers():
        response = client.get(section.url)
        return "news/includes/teasers.html" in [t.name for t in response.templates]

    make_article(title="ข่าวแรก")
    assert renders_teasers()
    assert not renders_teasers()
    make_article(title="ข่าวใหม่")  # a new generation: rendered afresh
    assert renders_teasers()
    assert client.get(section.url, {"page": "1"}).status_code == 200
    assert not renders_teasers()


def test_each_page_is_its_own_and_bad_numbers_are_refused(client, soup, section, make_article):
    for n in range(SECTION_PAGE_SIZE + 1):
        make_article(title=f"ข่าวที่ {n}")
    first, second = (headlines(client, soup, f"{section.url}?page={n}") for n in (1, 2))
    assert len(first) == SECTION_PAGE_SIZE
    assert second == ["ข่าวที่ 0"]
    assert headlines(client, soup, section.url) == first
    assert client.get(f"{section.url}?page=3").status_code == 404
    assert client.get(f"{section.url}?page=x").status_code == 400
    assert client.get(f"{section.url}?page=3").status_code == 404  # not kept as a page


def test_a_story_published_moves_the_pages_on(client, soup, section, make_article):
    for n in range(SECTION_PAGE_SIZE):
        make_article(title=f"ข่าวที่ {n}")
    assert client.get(f"{section.url}?page=2").status_code == 404
    make_article(title="ข่าวล่าสุด")
    assert headlines(client, soup, f"{section.url}?page=2") == ["ข่าวที่ 0"]


def test_a_kept_listing_holds_its_pictures_renditions(
    client, soup, section, make_article, make_image, monkeypatch
):
    """Made when the listing is built: a kept copy without them made them on every read."""
    make_article(title="ข่าวมีภาพ", hero_image=make_image(title="ภาพใหม่"))
    first = soup(client.get(section.url)).select_one(".teaser__image")["src"]
    image_model = get_image_model()
    created = []

    def create_renditions(image, *filters):
        created.extend(filters)
        return {}

    monkeypatch.setattr(image_model, "create_renditions", create_renditions)
    kept = soup(client.get(section.url)).select_one(".teaser__image")["src"]
    assert kept == first
    assert created == []
