"""
A public request's Site and home page come from the cache
(home/site_root_cache.py, home/cached_routing.py), and every change to a
site, a locale or a home page shows at once: host names and ports, the
default site, the English translation of the Thai home, drafts, aliases,
view restrictions, a degraded cache and several app nodes.
"""

import http.client

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage
from home.site_root_cache import forget_site_structure
from tests.app_nodes import stack, start_app_nodes

pytestmark = pytest.mark.django_db

# What Wagtail looks up before routing: the Site, the Locale, the home's
# translation and its specific row.
LOOKUPS = ('FROM "wagtailcore_site"', 'FROM "wagtailcore_locale"', '"home_homepage"')


def lookups(client, url, **extra):
    """The routing look-ups of a GET of `url` (after a warm-up), and the response."""
    client.get(url, **extra)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    found = [q["sql"] for q in captured if any(table in q["sql"] for table in LOOKUPS)]
    return found, response


def served(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response.context["page"]


@pytest.fixture
def english_home(english_section, locale_en, home):
    return home.get_translation(locale_en)


def test_warm_pages_look_up_no_site_locale_or_home(client, home, section, make_article):
    article = make_article()
    for url in ("/th/", section.url, article.url):
        found, response = lookups(client, url)
        assert response.status_code == 200
        assert found == [], (url, found)


def test_the_english_home_is_served_without_looking_it_up(client, english_home):
    found, response = lookups(client, "/en/")
    assert found == []
    assert response.context["page"].pk == english_home.pk
    found, response = lookups(client, "/en/world/")
    assert found == []
    assert response.context["page"].locale.language_code == "en"


def test_a_head_request_is_served_from_the_cache(client, home):
    client.head("/th/")
    with CaptureQueriesContext(connection) as captured:
        assert client.head("/th/").status_code == 200
    assert not any('FROM "wagtailcore_site"' in q["sql"] for q in captured)


@pytest.fixture
def other_homes(home, settings):
    """Two more sites: 127.0.0.1 and localhost:8080, each with its own home."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "unknown.example"]
    root = Page.get_first_root_node()
    homes = {}
    for slug, hostname, port in (("other", "127.0.0.1", 80), ("port", "localhost", 8080)):
        homes[slug] = root.add_child(
            instance=HomePage(title=f"Home {slug}", slug=slug, locale=home.locale)
        )
        Site.objects.create(hostname=hostname, port=port, root_page=homes[slug])
    return homes


def test_each_host_name_and_port_has_its_own_home(client, home, other_homes):
    for _ in range(2):  # cold, then from the cache
        assert served(client, "/th/", HTTP_HOST="localhost").pk == home.pk
        assert served(client, "/th/", HTTP_HOST="127.0.0.1").pk == other_homes["other"].pk
        port = served(client, "/th/", HTTP_HOST="localhost:8080", SERVER_PORT="8080")
        assert port.pk == other_homes["port"].pk
        # No site of its own: the default site's.
        assert served(client, "/th/", HTTP_HOST="unknown.example").pk == home.pk


def test_a_site_change_shows_at_once(client, home, other_homes):
    assert served(client, "/th/", HTTP_HOST="127.0.0.1").pk == other_homes["other"].pk
    Site.objects.filter(hostname="127.0.0.1").get().delete()
    assert served(client, "/th/", HTTP_HOST="127.0.0.1").pk == home.pk  # the default
    site = Site.objects.get(hostname="localhost", port=80)
    site.root_page = other_homes["other"]
    site.save()
    assert served(client, "/th/", HTTP_HOST="127.0.0.1").pk == other_homes["other"].pk


def test_no_site_at_all_is_a_404(client, home):
    assert client.get("/th/").status_code == 200
    Site.objects.all().delete()
    assert client.get("/th/").status_code == 404


def test_the_english_home_follows_its_publishing(client, home, section, locale_en):
    assert served(client, "/en/").pk == home.pk  # no translation: the Thai home
    english = home.copy_for_translation(locale_en)
    assert served(client, "/en/").pk == home.pk  # a draft translation is not served
    english.save_revision().publish()
    assert served(client, "/en/").pk == english.pk
    english.refresh_from_db()  # live now
    english.unpublish()
    assert served(client, "/en/").pk == home.pk


def test_a_new_title_of_the_home_shows_at_once(client, home):
    assert served(client, "/th/").title == "หน้าแรก"
    home.title = "หน้าหลัก"
    home.save_revision().publish()
    assert served(client, "/th/").title == "หน้าหลัก"


def test_an_unpublished_home_is_a_404_at_once(client, home, section, make_article):
    article = make_article()
    assert client.get("/th/").status_code == 200
    assert client.get(article.url).status_code == 200
    home.unpublish()
    assert client.get("/th/").status_code == 404
    home.save_revision().publish()
    assert client.get("/th/").status_code == 200


def test_an_alias_of_the_home_follows_the_home(client, home, other_homes):
    root = Page.get_first_root_node()
    alias = home.create_alias(parent=root, update_slug="alias")
    site = Site.objects.get(hostname="127.0.0.1")
    site.root_page = alias
    site.save()
    assert served(client, "/th/", HTTP_HOST="127.0.0.1").pk == alias.pk
    home.title = "หน้าหลัก"
    home.save_revision().publish()  # updates the alias
    assert served(client, "/th/", HTTP_HOST="127.0.0.1").title == "หน้าหลัก"


def test_a_restriction_added_or_removed_after_caching_applies_at_once(
    client, home, section, make_article
):
    article = make_article()
    for url in ("/th/", section.url, article.url):
        assert client.get(url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=home, restriction_type=PageViewRestriction.LOGIN
    )
    for url in ("/th/", section.url, article.url):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/_util/login/" in response["Location"]
    restriction.delete()
    for url in ("/th/", section.url, article.url):
        assert client.get(url).status_code == 200, url


def test_a_degraded_cache_is_bypassed(client, home, monkeypatch):
    """While Redis is down another node's change would not be seen: Wagtail looks up."""
    assert lookups(client, "/th/")[0] == []
    monkeypatch.setattr(type(caches["default"]), "degraded", True, raising=False)
    found, response = lookups(client, "/th/")
    assert response.status_code == 200
    assert any('FROM "wagtailcore_site"' in sql for sql in found)


def test_rows_read_before_a_commit_are_not_kept(client, home, django_capture_on_commit_callbacks):
    """A reader between the change and its commit caches old rows: forgotten again at commit."""
    with django_capture_on_commit_callbacks() as callbacks:
        forget_site_structure()
    assert lookups(client, "/th/")[0] == []  # read (and cached) "before the commit"
    for callback in callbacks:
        callback()
    with CaptureQueriesContext(connection) as captured:
        client.get("/th/")
    assert any('FROM "wagtailcore_site"' in q["sql"] for q in captured)


def test_other_views_are_handed_the_cached_site(client, home):
    found, response = lookups(client, "/th/search/?q=x")
    assert response.status_code == 200
    assert not any('FROM "wagtailcore_site"' in sql for sql in found)


@pytest.fixture
def two_nodes():
    """Two gunicorn app servers on the test's PostgreSQL and Redis."""
    nodes, addresses = start_app_nodes()
    yield addresses
    stack.stop(*nodes)


def status_of(address, path):
    connection_ = http.client.HTTPConnection(*address.split(":"), timeout=10)
    try:
        connection_.request("GET", path, headers={"Host": "localhost"})
        return connection_.getresponse().status
    finally:
        connection_.close()


@pytest.mark.django_db(transaction=True)
def test_a_change_through_one_process_shows_on_every_node(two_nodes, committed_home):
    home = committed_home
    for address in two_nodes:
        assert [status_of(address, "/th/") for _ in range(2)] == [200, 200]
    home.unpublish()  # in this process, as through any node's admin
    assert [status_of(address, "/th/") for address in two_nodes] == [404, 404]
    home.save_revision().publish()
    assert [status_of(address, "/th/") for address in two_nodes] == [200, 200]
