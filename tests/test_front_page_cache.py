"""
The front page's stories are kept as HTML (home/front_page.py) and every
change a reader should see shows on the next request: a story published or
unpublished, a live blog published, the editors' lead story, a section
retitled; and "5 minutes ago" moves on with the clock.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

pytestmark = pytest.mark.django_db


def headlines(client, soup):
    page = soup(client.get("/th/"))
    return [a.get_text() for a in page.select(".front .teaser__headline a")]


def test_a_story_published_or_unpublished_shows_at_once(client, soup, make_article):
    older = make_article(title="ข่าวเก่า")
    assert "ข่าวเก่า" in headlines(client, soup)
    newer = make_article(title="ข่าวด่วนล่าสุด")
    assert headlines(client, soup)[0] == "ข่าวด่วนล่าสุด"
    newer.unpublish()
    assert "ข่าวด่วนล่าสุด" not in headlines(client, soup)
    assert headlines(client, soup)[0] == older.title


def test_a_live_blog_published_shows_at_once(client, soup, make_article, make_blog):
    make_article(title="ข่าวเช้า")
    assert headlines(client, soup) == ["ข่าวเช้า"] * 2  # the lead, then in its section
    make_blog(title="ถ่ายทอดสดการเลือกตั้ง", coverage_start=timezone.now())
    assert headlines(client, soup)[0] == "ถ่ายทอดสดการเลือกตั้ง"


def test_the_editors_lead_story_shows_at_once(client, soup, home, make_article):
    chosen = make_article(title="เรื่องที่บรรณาธิการเลือก")
    make_article(title="เรื่องใหม่กว่า")
    assert headlines(client, soup)[0] == "เรื่องใหม่กว่า"
    home.lead_story = chosen
    home.save_revision().publish()
    assert headlines(client, soup)[0] == "เรื่องที่บรรณาธิการเลือก"


def test_a_retitled_section_shows_at_once(client, soup, section, make_article):
    make_article(title="ข่าวต่างประเทศ")
    page = soup(client.get("/th/"))
    assert page.select_one(".section-block h2").get_text(strip=True) == section.title
    section.title = "รอบโลก"
    section.save_revision().publish()
    page = soup(client.get("/th/"))
    assert page.select_one(".section-block h2").get_text(strip=True) == "รอบโลก"


def test_fresh_times_move_on_with_the_clock(client, soup, make_article):
    now = timezone.now()
    with freeze_time(now - timedelta(minutes=5)):
        make_article(title="ข่าวห้านาที")
    with freeze_time(now):
        first = soup(client.get("/th/")).select_one(".teaser__date").get_text()
    with freeze_time(now + timedelta(minutes=10)):
        later = soup(client.get("/th/")).select_one(".teaser__date").get_text()
    assert "5" in first
    assert "15" in later
