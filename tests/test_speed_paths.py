"""
The home page finds a public page by its url_path in two queries
(home/routing.py) and Wagtail's checks all still hold: view restrictions on
the page, on an ancestor or on the page an alias copies; drafts and
unpublished pages are 404s; redirects from old addresses still answer;
previews and the home's own archive routes are untouched.
"""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from home.route_cache import forget_routes

pytestmark = pytest.mark.django_db


def restrict(page, restriction_type, **fields):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **fields
    )


def test_an_article_under_a_login_restricted_section_asks_anonymous_readers_to_log_in(
    client, admin_client, section, make_article
):
    article = make_article(title="Members only")
    restrict(section, PageViewRestriction.LOGIN)

    response = client.get(article.url)

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert admin_client.get(article.url).status_code == 200


@pytest.mark.parametrize("restricted", ["section", "blog"])
def test_a_live_blog_keeps_the_restrictions_on_it_and_above_it(
    client, admin_client, section, blog, restricted
):
    """Routing tells the blog what it found (news/page_access.py), as for an article."""
    assert client.get(blog.url).status_code == 200
    restrict({"section": section, "blog": blog}[restricted], PageViewRestriction.LOGIN)

    response = client.get(blog.url)

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert admin_client.get(blog.url).status_code == 200


def test_a_password_restricted_article_shows_the_password_form(client, make_article):
    article = make_article(title="Embargoed")
    restrict(article, PageViewRestriction.PASSWORD, password="s3cret")

    response = client.get(article.url)

    assert response.status_code == 200
    assert b"Embargoed" not in response.content
    assert b'name="password"' in response.content


def test_a_group_restriction_on_the_home_covers_every_article(client, home, make_article):
    article = make_article()
    restriction = restrict(home, PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Subscribers"))

    assert client.get(article.url).status_code == 302


def test_an_alias_keeps_the_restriction_of_the_page_it_copies(client, make_section, make_article):
    article = make_article(title="Original")
    restrict(article, PageViewRestriction.LOGIN)
    alias = article.create_alias(parent=make_section(title="Other", slug="other"))

    response = client.get(alias.url)

    assert response.status_code == 302


def test_drafts_and_unpublished_articles_are_not_served(client, make_article):
    draft = make_article(title="Draft", publish=False)
    withdrawn = make_article(title="Withdrawn")
    withdrawn.unpublish()

    assert client.get(draft.url or f"/th/world/{draft.slug}/").status_code == 404
    assert client.get(f"/th/world/{withdrawn.slug}/").status_code == 404
    assert client.get("/th/world/no-such-story/").status_code == 404
    assert client.get("/th/world/no/such/depth/").status_code == 404


def test_an_old_address_still_redirects_to_the_article(client, make_article):
    article = make_article(title="Renamed")
    Redirect.objects.create(old_path="/th/world/old-name", redirect_page=article)

    response = client.get("/th/world/old-name/")

    assert response.status_code in (301, 302)
    assert response["Location"].endswith(article.url)


def test_an_article_is_routed_without_walking_the_tree(client, make_article):
    article = make_article(title="Routed")
    client.get(article.url)  # warm the site and navigation caches
    forget_routes()  # the page tree changed since: the address is found afresh

    def routing_queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(article.url).status_code == 200
        queries = [q["sql"] for q in captured.captured_queries]
        assert [sql for sql in queries if '"wagtailcore_page"."slug" =' in sql] == []
        restrictions = 'SELECT "wagtailcore_pageviewrestriction"'
        assert [sql for sql in queries if sql.startswith(restrictions)] == []
        return [sql for sql in queries if '"wagtailcore_page"."url_path" IN' in sql]

    assert len(routing_queries()) == 1
    assert routing_queries() == []  # then remembered (home/route_cache.py)


def test_a_live_article_whose_section_is_unpublished_is_served_as_wagtail_does(
    client, section, make_article
):
    article = make_article(title="Still live")
    section.unpublish()

    assert client.get(article.url or f"/th/world/{article.slug}/").status_code == 200


def test_the_section_of_a_routed_article_is_shown_with_its_link(client, soup, make_article):
    article = make_article(title="With section")

    page = soup(client.get(article.url))

    link = page.select_one(".article__section a")
    assert link.get_text() == "โลก"
    assert link["href"] == "/th/world/"
