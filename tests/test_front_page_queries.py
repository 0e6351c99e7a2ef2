"""
The front page costs the same number of queries however many sections it
shows a block for (the demo has six, a paper may have a dozen), and each
block still holds its own section's newest stories, articles and live blogs
alike (news/stories.py).
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from home.models import ARTICLES_PER_SECTION_BLOCK
from news.render_cache import new_generation

pytestmark = pytest.mark.django_db

# After a warm-up render, with the stories' HTML out of date (another
# story published); the same with 2 sections or 8. The site and the
# language's home come from home/site_root_cache.py, with whether a view
# restriction covers it; what is left: 1 for every story shown, 1 for their
# pictures, 1 for the breaking-news banner. The English front page below
# shows stories without pictures: no query for them.
FRONT_PAGE_QUERIES = {"th": 3, "en": 2}
# Then, for the next reader: the stories' HTML is kept (home/front_page.py).
FRONT_PAGE_KEPT_QUERIES = 1

# Two more than a block shows: with two sections, still more than the lead and latest news.
STORIES_PER_SECTION = ARTICLES_PER_SECTION_BLOCK + 2


@pytest.fixture
def images(make_image):
    return [make_image(title=f"Picture {i}") for i in range(3)]


@pytest.fixture
def make_sections(make_section, make_article, make_blog, images):
    """
    `count` menu sections, each with more stories than its block shows, and
    an older live blog: a second story type in the query, not in the blocks.
    """

    def make(count):
        sections = [make_section(title=f"Section {n}", slug=f"s{n}") for n in range(count)]
        for n, section in enumerate(sections):
            for i in range(STORIES_PER_SECTION):
                make_article(
                    title=f"S{n} story {i}", parent=section, hero_image=images[i % len(images)]
                )
            make_blog(parent=section, coverage_start=timezone.now() - timedelta(days=30))
        return sections

    return make


def section_blocks_shown(html_soup):
    return {
        block.select_one("h2").get_text(strip=True): [
            a.get_text() for a in block.select(".teaser__headline a")
        ]
        for block in html_soup.select("section.section-block")
    }


def render_counted(client, url, django_assert_num_queries):
    assert client.get(url).status_code == 200  # warm renditions and caches
    new_generation()
    # Within one minute: the kept stories' HTML is the minute's (home/front_page.py).
    with freeze_time(timezone.now()):
        with django_assert_num_queries(FRONT_PAGE_QUERIES[url.strip("/").split("/")[0]]):
            response = client.get(url)
        assert response.status_code == 200
        with django_assert_num_queries(FRONT_PAGE_KEPT_QUERIES):
            kept = client.get(url)
    assert kept.content == response.content
    return response


@pytest.mark.parametrize("section_count", [2, 8])
def test_front_page_queries_do_not_grow_with_sections(
    client, soup, home, make_sections, make_section, make_article, django_assert_num_queries,
    section_count,
):  # fmt: skip
    # Older than the lead and latest news, so no teaser needs the off-menu section.
    hidden = make_section(title="Hidden", slug="hidden", show_in_menus=False)
    make_article(title="Hidden story", parent=hidden)
    make_sections(section_count)

    response = render_counted(client, "/th/", django_assert_num_queries)

    newest_first = [f"story {i}" for i in reversed(range(STORIES_PER_SECTION))]
    newest_first = newest_first[:ARTICLES_PER_SECTION_BLOCK]
    assert section_blocks_shown(soup(response)) == {
        f"Section {n}": [f"S{n} {story}" for story in newest_first] for n in range(section_count)
    }


def test_a_translated_front_page_shows_its_own_sections_and_lead(
    client, soup, home, section, english_section, make_article, django_assert_num_queries
):
    thai_lead = make_article(title="เรื่องเด่น")
    english_lead = thai_lead.copy_for_translation(english_section.locale)
    english_lead.title = "Top story"
    english_lead.save_revision().publish()
    make_article(title="Newer English story", parent=english_section)
    english_home = home.get_translation(english_section.locale)
    english_home.lead_story = thai_lead  # as a translated home starts out
    english_home.save_revision().publish()

    response = render_counted(client, "/en/", django_assert_num_queries)

    page = soup(response)
    assert page.select_one(".front__lead .teaser__headline").get_text(strip=True) == "Top story"
    assert section_blocks_shown(page) == {
        english_section.title: ["Newer English story", "Top story"]
    }
