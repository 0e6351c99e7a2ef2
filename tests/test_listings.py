"""Section listings, their pagination, and the front page."""

import datetime
import random
import re

import pytest
from django.utils import timezone, translation

from news.models import SECTION_PAGE_SIZE, ArticlePage

pytestmark = pytest.mark.django_db

BASE_DATE = datetime.datetime(2025, 3, 1, 9, 0, tzinfo=datetime.UTC)


def days_ago(n):
    return BASE_DATE - datetime.timedelta(days=n)


def translated(message, lang="th"):
    """`message` as the site shows it in `lang`, whether or not it is translated yet."""
    with translation.override(lang):
        return translation.gettext(message)


def teaser_links(container):
    return [a["href"] for a in container.select(".teaser__headline a")]


@pytest.fixture
def dated_articles(make_article, section):
    """14 live articles in `section`, created in shuffled order; index 0 is the newest."""
    ages = list(range(14))
    random.Random(7).shuffle(ages)
    by_age = {age: make_article(title=f"Story {age}", display_date=days_ago(age)) for age in ages}
    return [by_age[age] for age in range(14)]


def test_section_lists_live_articles_newest_first_twelve_a_page(
    client, section, make_section, make_article, dated_articles, soup
):
    make_article(title="Draft story", publish=False, display_date=days_ago(-1))
    other = make_section(title="ธุรกิจ", slug="business")
    make_article(title="Elsewhere", parent=other, display_date=days_ago(-2))

    response = client.get(section.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".listing__header h1").get_text() == "โลก"
    assert page.select_one(".listing__intro").get_text() == "ข่าวจากทั่วโลก"
    assert teaser_links(page.select_one("ol.teaser-list")) == [
        a.url for a in dated_articles[:SECTION_PAGE_SIZE]
    ]
    assert SECTION_PAGE_SIZE == 12
    text = page.get_text()
    assert "Draft story" not in text
    assert "Elsewhere" not in page.select_one("main").get_text()
    pagination = page.select_one("nav.pagination")
    assert re.findall(r"\d+", pagination.select_one(".pagination__current").get_text()) == [
        "1",
        "2",
    ]
    assert pagination.select_one("a[rel=prev]") is None
    assert pagination.select_one("a[rel=next]")["href"] == "?page=2"

    response = client.get(section.url, {"page": "2"})
    assert response.status_code == 200
    page = soup(response)
    assert teaser_links(page.select_one("ol.teaser-list")) == [a.url for a in dated_articles[12:]]
    pagination = page.select_one("nav.pagination")
    assert pagination.select_one("a[rel=next]") is None
    assert pagination.select_one("a[rel=prev]")["href"] == "?page=1"


def test_pagination_links_keep_other_query_parameters(client, section, dated_articles, soup):
    response = client.get(section.url, {"page": "2", "utm_source": "line"})
    prev = soup(response).select_one("nav.pagination a[rel=prev]")["href"]
    assert prev in ("?page=1&utm_source=line", "?utm_source=line&page=1")


def test_section_teaser_shows_headline_standfirst_date_and_picture(
    client, section, make_article, image, soup
):
    article = make_article(
        title="หัวข่าว",
        slug="headline",
        standfirst="สรุปข่าว",
        hero_image=image,
        display_date=days_ago(0),
    )
    page = soup(client.get(section.url))
    teaser = page.select_one("ol.teaser-list article.teaser")
    assert teaser.select_one(".teaser__headline a").get_text() == "หัวข่าว"
    assert teaser.select_one(".teaser__headline a")["href"] == article.url == "/th/world/headline/"
    assert teaser.select_one(".teaser__standfirst").get_text() == "สรุปข่าว"
    assert teaser.select_one("time")["datetime"] == "2025-03-01T16:00:00+07:00"
    assert teaser.select_one("img.teaser__image")["alt"] == ""
    # One section page, no pagination needed.
    assert page.select_one("nav.pagination") is None


def test_empty_section_says_so(client, section, soup):
    response = client.get(section.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("ol.teaser-list") is None
    assert page.select_one("nav.pagination") is None


@pytest.mark.parametrize("bad", ["abc", "0", "-1", "１", "2.5", "", " 1"])
def test_malformed_page_number_is_a_bad_request(client, section, make_article, bad, soup):
    make_article()
    response = client.get(section.url, {"page": bad})
    assert response.status_code == 400
    page = soup(response)
    # The site's own 400 page, with its chrome, not a bare error or a 500.
    assert page.select_one(".error-page h1").get_text() == translated("Bad request")
    message = translated("The page number must be a whole number of 1 or more.")
    assert message in page.select_one(".error-page").get_text()
    assert page.select_one("header.masthead") is not None
    assert page.select_one("nav.section-nav a")["href"] == section.url


def test_page_number_past_the_end_is_not_found(client, section, make_article, soup):
    make_article()
    assert client.get(section.url, {"page": "1"}).status_code == 200
    for past in ("2", "99999"):
        response = client.get(section.url, {"page": past})
        assert response.status_code == 404
        heading = soup(response).select_one(".error-page h1").get_text()
        assert heading == translated("Page not found")


# The front page


@pytest.fixture
def front(section, make_section, make_article):
    world = section
    business = make_section(title="ธุรกิจ", slug="business")
    hidden = make_section(title="ภายใน", slug="internal", show_in_menus=False)
    empty = make_section(title="กีฬา", slug="sport")
    stories = {
        "world-new": make_article(title="World new", parent=world, display_date=days_ago(1)),
        "business-newest": make_article(
            title="Business newest", parent=business, display_date=days_ago(0)
        ),
        "world-old": make_article(title="World old", parent=world, display_date=days_ago(5)),
        "business-old": make_article(
            title="Business old", parent=business, display_date=days_ago(3)
        ),
        "hidden": make_article(
            title="Hidden section story", parent=hidden, display_date=days_ago(4)
        ),
        "draft": make_article(
            title="Draft story", parent=world, publish=False, display_date=days_ago(-1)
        ),
    }
    return {"world": world, "business": business, "hidden": hidden, "empty": empty, **stories}


def lead_link(page):
    return page.select_one(".front__lead .teaser__headline a")["href"]


def test_home_lead_falls_back_to_the_newest_article(client, front, soup):
    page = soup(client.get("/th/"))
    assert lead_link(page) == front["business-newest"].url
    lead = page.select_one(".front__lead article.teaser--lead")
    assert lead.select_one(".teaser__section").get_text() == "ธุรกิจ"


def test_home_shows_the_editors_lead_story(client, home, front, soup):
    home.lead_story = front["world-old"]
    home.save_revision().publish()

    page = soup(client.get("/th/"))
    assert lead_link(page) == front["world-old"].url
    # The lead is not repeated in the latest news.
    latest = teaser_links(page.select_one(".front__latest"))
    assert front["world-old"].url not in latest
    assert latest == [
        front[key].url for key in ("business-newest", "world-new", "business-old", "hidden")
    ]


def test_home_lead_falls_back_when_the_chosen_story_is_unpublished(client, home, front, soup):
    home.lead_story = front["world-old"]
    home.save_revision().publish()
    ArticlePage.objects.get(pk=front["world-old"].pk).unpublish()

    response = client.get("/th/")
    assert response.status_code == 200
    assert lead_link(soup(response)) == front["business-newest"].url


def test_home_latest_news_and_section_blocks(client, front, soup):
    page = soup(client.get("/th/"))
    latest = page.select_one(".front__latest")
    assert teaser_links(latest) == [
        front[key].url for key in ("world-new", "business-old", "hidden", "world-old")
    ]
    assert [s.get_text() for s in latest.select(".teaser__section")] == [
        "โลก",
        "ธุรกิจ",
        "ภายใน",
        "โลก",
    ]
    assert "Draft story" not in page.get_text()

    blocks = page.select("section.section-block")
    # One block per section in the menu that has stories, in menu order.
    assert [b.select_one("h2.block-title a").get_text() for b in blocks] == ["โลก", "ธุรกิจ"]
    assert [b.select_one("h2.block-title a")["href"] for b in blocks] == [
        front["world"].url,
        front["business"].url,
    ]
    assert teaser_links(blocks[0]) == [front["world-new"].url, front["world-old"].url]
    assert teaser_links(blocks[1]) == [front["business-newest"].url, front["business-old"].url]


def test_home_with_no_articles(client, home, soup):
    response = client.get("/th/")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".front__lead") is None
    assert page.select(".front__latest .teaser") == []


# The display date


def test_display_date_defaults_to_first_publication(make_article):
    before = timezone.now()
    article = make_article()
    assert article.first_published_at >= before
    assert article.display_date == article.first_published_at

    # Publishing again later does not move the story up the listings.
    first = article.display_date
    article.standfirst = "Corrected standfirst."
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.display_date == first
    assert article.last_published_at > first


def test_unpublished_draft_has_no_display_date(make_article):
    draft = make_article(publish=False)
    assert draft.first_published_at is None
    assert draft.display_date is None
    draft.save_revision().publish()
    draft.refresh_from_db()
    assert draft.display_date == draft.first_published_at is not None


def test_editor_set_display_date_is_kept(make_article):
    article = make_article(display_date=days_ago(30))
    assert article.display_date == days_ago(30)
    assert article.first_published_at > days_ago(30)
