"""
Where an address leads is remembered (home/route_cache.py), and every change
to the page tree that could change it shows on the next request: a page
moved, renamed, deleted, unpublished or created; a section retitled; a view
restriction added. Drafts and a story's republishing keep what is remembered.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

URL_PATH_QUERY = '"wagtailcore_page"."url_path" IN'


def status(client, url):
    return client.get(url).status_code


def looked_up(client, url):
    """Whether serving `url` asked the database where it leads."""
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return any(URL_PATH_QUERY in query["sql"] for query in captured.captured_queries)


@pytest.fixture
def article(make_article):
    return make_article(title="Remembered")


def test_an_address_is_looked_up_once(client, article):
    assert looked_up(client, article.url)
    assert not looked_up(client, article.url)


def test_drafts_and_republishing_keep_it(client, article):
    client.get(article.url)
    article.title = "Draft headline"
    article.save_revision()  # as autosave does
    assert not looked_up(client, article.url)
    article.save_revision().publish()
    assert not looked_up(client, article.url)
    assert "Draft headline" in client.get(article.url).content.decode()


def test_a_new_slug_moves_the_story_at_once(client, django_capture_on_commit_callbacks, article):
    old_url = article.url
    assert status(client, old_url) == 200
    article.slug = "renamed"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert status(client, old_url) != 200
    assert status(client, "/th/world/renamed/") == 200


def test_a_moved_story_answers_at_its_new_address(client, make_section, article):
    old_url = article.url
    assert status(client, old_url) == 200
    business = make_section(title="ธุรกิจ", slug="business")
    business.save_revision().publish()
    article.move(business, pos="last-child")
    new_url = f"/th/business/{article.slug}/"
    moved = client.get(old_url)
    assert moved.status_code == 301  # Wagtail's redirect from the old address
    assert moved["Location"].endswith(new_url)
    assert status(client, new_url) == 200


def test_a_deleted_or_unpublished_story_is_gone_at_once(client, make_article, article):
    other = make_article(title="Unpublished next")
    for url in (article.url, other.url):
        assert status(client, url) == 200
    article.delete()
    other.unpublish()
    assert status(client, article.url) == 404
    assert status(client, other.url) == 404


def test_a_page_created_where_nothing_was_is_found_at_once(client, make_article):
    assert status(client, "/th/world/brand-new/") == 404
    make_article(title="Brand new", slug="brand-new")
    assert status(client, "/th/world/brand-new/") == 200


def test_a_retitled_section_shows_on_its_stories(client, soup, section, article):
    client.get(article.url)
    section.title = "ข่าวรอบโลก"
    section.save_revision().publish()
    page = soup(client.get(article.url))
    assert "ข่าวรอบโลก" in page.select_one(".article__section").get_text()


def test_a_restriction_on_the_section_applies_at_once(client, section, article):
    assert status(client, article.url) == 200
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
