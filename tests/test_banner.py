"""
The site-wide breaking banner (live/banner.py): editors set and clear it, it
shows in the reader's language with a link to the right version of its page,
it ends by its clock, and every change reaches readers through a purge.
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from frontcache.keys import SITE_KEY
from live.banner import BreakingBanner, current_banner_values
from live.purging import purge_ended_banners

pytestmark = pytest.mark.django_db


def banner_on(client, soup, url):
    return soup(client.get(url)).select_one(".breaking-banner")


@pytest.fixture
def banner(blog):
    return BreakingBanner.objects.create(
        text_th="สด: น้ำท่วมเจ้าพระยา", text_en="Live: Chao Phraya floods", page=blog
    )


def test_no_banner_no_markup(client, soup, home, blog):
    assert banner_on(client, soup, home.url) is None


def test_the_banner_shows_on_every_page_and_links_to_its_story(client, soup, banner, blog, home):
    for url in (home.url, blog.url):
        shown = banner_on(client, soup, url)
        assert "สด: น้ำท่วมเจ้าพระยา" in shown.text
        assert shown.select_one("a")["href"] == blog.url
        assert not shown.has_attr("data-ends-at")


def test_english_pages_get_the_english_text_and_translation(
    client, soup, banner, blog, english_section
):
    english = blog.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    shown = banner_on(client, soup, "/en/")
    assert "Live: Chao Phraya floods" in shown.text
    assert shown.select_one("a")["href"] == english.url


def test_without_english_text_english_pages_show_none(client, soup, banner, english_section):
    banner.text_en = ""
    banner.save()
    assert banner_on(client, soup, "/en/") is None
    assert banner_on(client, soup, "/th/") is not None


def test_clearing_the_banner_takes_it_off_at_once(client, soup, banner, home):
    assert banner_on(client, soup, home.url) is not None
    banner.is_active = False
    banner.save()
    assert banner_on(client, soup, home.url) is None


def test_the_banner_ends_by_its_clock_without_a_save(client, soup, banner, home, monkeypatch):
    banner.ends_at = timezone.now() + timedelta(minutes=5)
    banner.save()
    assert banner_on(client, soup, home.url).has_attr("data-ends-at")
    later = timezone.now() + timedelta(minutes=6)
    monkeypatch.setattr("live.banner.timezone.now", lambda: later)
    assert banner_on(client, soup, home.url) is None


def test_reading_the_banner_costs_no_query_once_warm(banner, django_assert_num_queries):
    current_banner_values()
    with django_assert_num_queries(0):
        assert current_banner_values()["text"]["th"] == banner.text_th


def test_a_banner_on_an_unpublished_page_is_not_shown(client, soup, banner, blog, home):
    blog.unpublish()
    banner.save()  # as the editor who notices would
    assert banner_on(client, soup, home.url) is None


def test_setting_and_clearing_purge_every_page(
    blog, live_purges, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        banner = BreakingBanner.objects.create(text_th="ด่วน", page=blog)
    assert SITE_KEY in live_purges
    live_purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        banner.delete()
    assert SITE_KEY in live_purges


def test_an_ended_banner_is_purged_by_the_minute_command(
    banner, live_purges, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_ended_banner")  # the first run: nothing has ended
    assert live_purges == set()
    banner.ends_at = timezone.now() + timedelta(seconds=30)
    BreakingBanner.objects.filter(pk=banner.pk).update(ends_at=banner.ends_at)
    with django_capture_on_commit_callbacks(execute=True):
        assert purge_ended_banners(now=banner.ends_at + timedelta(seconds=1)) == 1
    assert SITE_KEY in live_purges
    assert purge_ended_banners(now=banner.ends_at + timedelta(minutes=2)) == 0


def test_editors_set_the_banner_as_a_snippet(admin_client, blog):
    response = admin_client.get("/admin/snippets/live/breakingbanner/add/")
    assert response.status_code == 200
    assert "text_en" in response.content.decode()
