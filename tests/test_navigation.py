"""The cached section navigation follows what editors publish, move and delete."""

import pickle
from unittest import mock

from django.core.cache import cache
from wagtail.models import Site

from home.navigation import NAVIGATION_SCHEMA, NAVIGATION_TTL, navigation_for
from news.models import SectionPage


def nav_titles(client, soup, url="/th/"):
    return [a.text for a in soup(client.get(url)).select(".section-nav a")]


def test_a_newly_published_section_appears_at_once(client, home, section, soup):
    assert nav_titles(client, soup) == ["โลก"]

    sport = home.add_child(
        instance=SectionPage(title="กีฬา", slug="sport", show_in_menus=True, live=False)
    )
    assert nav_titles(client, soup) == ["โลก"], "a draft section is not in the menu"
    sport.save_revision().publish()

    assert nav_titles(client, soup) == ["โลก", "กีฬา"]


def test_renamed_unpublished_and_deleted_sections_leave_the_menu(client, home, section, soup):
    other = home.add_child(instance=SectionPage(title="กีฬา", slug="sport", show_in_menus=True))
    assert nav_titles(client, soup) == ["โลก", "กีฬา"]

    section.title = "ต่างประเทศ"
    section.save_revision().publish()
    assert nav_titles(client, soup) == ["ต่างประเทศ", "กีฬา"]

    other.unpublish()
    assert nav_titles(client, soup) == ["ต่างประเทศ"]

    SectionPage.objects.get(pk=section.pk).delete()
    assert nav_titles(client, soup) == []


def test_the_cached_navigation_holds_plain_values_that_expire(client, home, section):
    """
    With Redis the entry outlives a deploy: pickled pages would come back with
    the previous release's fields and code, so only plain values are kept,
    under a key that names their shape, and not for ever.
    """
    site = Site.objects.get(is_default_site=True)
    with mock.patch("home.navigation.cache", wraps=cache) as navigation_cache:
        assert client.get("/th/").status_code == 200

    (key, navigation), options = navigation_cache.set.call_args
    assert f"v{NAVIGATION_SCHEMA}" in key
    assert options["timeout"] == NAVIGATION_TTL
    assert navigation == navigation_for(site)
    pickled = pickle.dumps(navigation)
    assert b"django.db" not in pickled and b"wagtail" not in pickled
    home_link, sections = navigation["th"]
    assert (home_link.url, home_link.title) == ("/th/", home.title)
    assert [(s.pk, s.url, s.title) for s in sections] == [(section.pk, "/th/world/", "โลก")]
