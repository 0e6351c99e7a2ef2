"""
The production stack with the real Varnish (deploy/varnish/newsroom.vcl) on
loopback: purges on publish, unpublish and correction; cookies that must not
split the cache; private responses never stored; stale pages while the app is
stopped; purges refused from other addresses; and (PostgreSQL + Redis) two app
servers behind one Varnish. Each test starts its own varnishd on a spare port
with its own work directory, and stops it.

The app node of the single-node tests is a live-server thread of its own (a
test stops it), so the test's database (SQLite in memory too) is the one the
proxy reads; the page tree is the browser tests' (tests/browser_fixtures.py).
"""

import http.client
import re
import shutil
import time
import urllib.parse
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model

from live.banner import BreakingBanner
from news.tags import ArticleTag
from newsroom.models import ArticleCorrection
from tests.app_nodes import start_app_nodes
from tests.stack_helpers import Proxy, stack

if not (shutil.which("varnishd") or Path("/usr/sbin/varnishd").exists()):
    pytest.skip(
        "varnishd is not installed (apt-get install varnish varnish-modules); .ci/run installs it",
        allow_module_level=True,
    )

pytestmark = pytest.mark.django_db(transaction=True)
User = get_user_model()


@pytest.fixture
def story(make_live_article):
    return make_live_article("ฝนตกหนักกรุงเทพฯ", "rain")


def cached(proxy, path, **headers):
    """Fetch `path` twice; the second answer (a hit, if the proxy stored it)."""
    proxy.get(path, **headers)
    return proxy.get(path, **headers)


def test_a_publish_is_visible_through_the_proxy_within_a_second(node_and_proxy, story):
    _node, proxy = node_and_proxy
    assert cached(proxy, "/th/world/rain/")[1]["X-Cache"] == "HIT"
    assert cached(proxy, "/th/world/")[1]["X-Cache"] == "HIT"
    story.title = "ฝนตกหนักกรุงเทพฯ Sukhumvit"
    started = time.monotonic()
    story.save_revision().publish()
    status, _headers, body = proxy.get("/th/world/rain/")
    assert time.monotonic() - started < 1.0
    assert status == 200 and "Sukhumvit" in body
    assert "Sukhumvit" in proxy.get("/th/world/")[2]
    assert "Sukhumvit" in proxy.get("/th/")[2]


def test_an_unpublished_story_is_gone_at_once(node_and_proxy, story):
    _node, proxy = node_and_proxy
    assert cached(proxy, "/th/world/rain/")[0] == 200
    assert "ฝนตกหนัก" in cached(proxy, "/th/world/?page=1")[2]
    story.unpublish()
    assert proxy.get("/th/world/rain/")[0] == 404
    assert "ฝนตกหนัก" not in proxy.get("/th/world/?page=1")[2]


def test_a_correction_shows_at_once(node_and_proxy, story):
    _node, proxy = node_and_proxy
    cached(proxy, "/th/world/rain/")
    cached(proxy, "/th/corrections/")
    story.corrections = [ArticleCorrection(text="ปริมาณฝน 120 มม.", locale=story.locale)]
    story.save_revision().publish()
    assert "ปริมาณฝน 120 มม." in proxy.get("/th/world/rain/")[2]
    assert "ปริมาณฝน 120 มม." in proxy.get("/th/corrections/")[2]


def test_the_breaking_banner_comes_and_goes_through_the_proxy_within_a_second(
    node_and_proxy, story
):
    _node, proxy = node_and_proxy
    pages = ("/th/", "/th/world/", "/th/world/rain/")
    for path in pages:
        assert cached(proxy, path)[1]["X-Cache"] == "HIT"
    started = time.monotonic()
    banner = BreakingBanner.objects.create(text_th="ด่วน: น้ำท่วมสุขุมวิท", page=story)
    assert all("น้ำท่วมสุขุมวิท" in proxy.get(path)[2] for path in pages)
    assert time.monotonic() - started < 1.0
    started = time.monotonic()
    banner.is_active = False
    banner.save()
    assert not any("น้ำท่วมสุขุมวิท" in proxy.get(path)[2] for path in pages)
    assert time.monotonic() - started < 1.0


def test_renaming_an_author_or_a_tag_shows_at_once(node_and_proxy, make_live_article, make_author):
    _node, proxy = node_and_proxy
    author = make_author(name="สมชาย ใจดี", slug="somchai")
    make_live_article("ฝนตกหนักกรุงเทพฯ", "rain", authors=[author], tags=["น้ำท่วม"])
    old_tag, new_tag = (f"/th/tags/{quote(name)}/" for name in ("น้ำท่วม", "อุทกภัย"))
    for path in ("/th/world/rain/", "/th/authors/somchai/", old_tag):
        assert cached(proxy, path)[1]["X-Cache"] == "HIT"
    author.name, author.slug = "สมชาย ใจงาม", "somchai-j"
    author.save()
    assert "สมชาย ใจงาม" in proxy.get("/th/world/rain/")[2]
    assert proxy.get("/th/authors/somchai/")[0] == 404
    assert "สมชาย ใจงาม" in proxy.get("/th/authors/somchai-j/")[2]
    tag = ArticleTag.objects.get(name="น้ำท่วม")
    tag.name = "อุทกภัย"
    tag.save()
    assert "อุทกภัย" in proxy.get("/th/world/rain/")[2]
    assert proxy.get(old_tag)[0] == 404
    assert proxy.get(new_tag)[0] == 200
    tag.delete()
    assert "อุทกภัย" not in proxy.get("/th/world/rain/")[2]


@pytest.mark.parametrize(
    "cookie",
    [
        "nwd_consent=v1.analytics",
        "django_language=en",
        "_ga=GA1.1.123; _fbp=fb.1.456",
        "csrftoken=abc",
    ],
)
def test_cookies_that_do_not_change_the_page_neither_split_nor_bypass(
    node_and_proxy, story, cookie
):
    _node, proxy = node_and_proxy
    first_varnish_id = cached(proxy, "/th/world/rain/")[1]["X-Varnish"].split()[-1]
    status, headers, _body = proxy.get("/th/world/rain/", Cookie=cookie)
    assert status == 200 and headers["X-Cache"] == "HIT"
    # The same stored object: its id is the one the anonymous hit was served from.
    assert headers["X-Varnish"].split()[-1] == first_varnish_id


def test_tracking_parameters_and_forged_headers_neither_split_nor_bypass(node_and_proxy, story):
    _node, proxy = node_and_proxy
    for path, variant, headers in [
        ("/th/world/rain/", "/th/world/rain/?utm_source=line&utm_medium=social", {}),
        ("/th/world/rain/", "/th/world/rain/?fbclid=IwAR0x", {}),
        ("/th/world/?page=1", "/th/world/?gclid=x&page=1&utm_campaign=flood", {}),
        ("/th/world/rain/", "/th/world/rain/", {"X-Forwarded-Proto": "gopher"}),
    ]:
        stored = cached(proxy, path)[1]["X-Varnish"].split()[-1]
        status, answer, _body = proxy.get(variant, **headers)
        assert status == 200 and answer["X-Cache"] == "HIT", variant
        assert answer["X-Varnish"].split()[-1] == stored, variant


def test_a_session_cookie_goes_past_the_cache(node_and_proxy, story):
    _node, proxy = node_and_proxy
    cached(proxy, "/th/world/rain/")
    assert cached(proxy, "/th/world/rain/", Cookie="sessionid=abc")[1]["X-Cache"] == "MISS"


def test_private_responses_and_cookie_setting_responses_are_never_stored(
    node_and_proxy, story, monkeypatch
):
    _node, proxy = node_and_proxy
    monkeypatch.setattr("config.cache.is_same_for_every_reader", lambda request, response: False)
    status, headers, _body = cached(proxy, "/th/world/rain/")
    assert status == 200 and "private" in headers["Cache-Control"]
    assert headers["X-Cache"] == "MISS"

    original_serve = type(story).serve

    def serve_with_cookie(page, request, *args, **kwargs):
        response = original_serve(page, request, *args, **kwargs)
        response.set_cookie("tracker", "1")
        return response

    monkeypatch.setattr("config.cache.is_same_for_every_reader", lambda request, response: True)
    monkeypatch.setattr(type(story), "serve", serve_with_cookie)
    status, headers, _body = cached(proxy, "/th/world/rain/")
    assert "tracker=1" in headers.get("Set-Cookie", "") and headers["X-Cache"] == "MISS"


def test_stale_pages_are_served_while_the_app_is_stopped(node_and_proxy, story, settings):
    node, proxy = node_and_proxy
    settings.PUBLIC_CACHE_S_MAXAGE = 1
    cached(proxy, "/th/world/rain/")
    cached(proxy, "/th/")
    node.stop()
    time.sleep(2)  # both copies are now past their s-maxage
    for path in ("/th/world/rain/", "/th/"):
        status, headers, body = proxy.get(path)
        assert status == 200 and "ฝนตกหนัก" in body
        assert int(headers["Age"]) >= 1
    time.sleep(4)  # the probe has marked the app sick
    assert proxy.get("/th/world/rain/")[0] == 200
    assert proxy.get("/th/never-cached/")[0] == 503


def test_a_purge_from_another_address_is_refused(node_and_proxy, story):
    _node, proxy = node_and_proxy
    cached(proxy, "/th/world/rain/")
    status, _headers, _body = proxy.request(
        "PURGE", "/", {"Xkey-Purge": "/ /th/world/rain/"}, source="127.0.0.2"
    )
    assert status == 403
    assert proxy.get("/th/world/rain/")[1]["X-Cache"] == "HIT"
    assert proxy.request("PURGE", "/th/world/rain/")[0] == 200
    assert proxy.get("/th/world/rain/")[1]["X-Cache"] == "MISS"


@pytest.fixture
def two_nodes_and_proxy(tmp_path, live_home):
    """
    Two gunicorn app servers on the test's PostgreSQL and Redis, one Varnish in
    front; each node purges it itself (FRONTEND_CACHE_PURGE_URLS), as in production.
    """
    proxy_port = stack.free_port()
    nodes, addresses = start_app_nodes(FRONTEND_CACHE_PURGE_URLS=f"http://127.0.0.1:{proxy_port}")
    proxy = Proxy(addresses, tmp_path, port=proxy_port)
    yield addresses, proxy
    stack.stop(proxy.process, *nodes)


class Editor:
    """A superuser signed in to one node's admin over HTTP, publishing as an editor does."""

    def __init__(self, address, username, password):
        self.address, self.cookies = address, {}
        assert self.submit("/admin/login/", username=username, password=password)[0] == 302
        assert "sessionid" in self.cookies

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection(*self.address.split(":"), timeout=10)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            for header in response.headers.get_all("Set-Cookie") or ():
                name, value = header.split(";", 1)[0].split("=", 1)
                self.cookies[name] = value
            return response.status, response.read().decode()
        finally:
            connection.close()

    def submit(self, path, **fields):
        """
        GET the form at `path` for its CSRF token, then POST `fields` to it:
        the answer's status and the time the POST was sent.
        """
        _status, form = self.request("GET", path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields})
        sent = time.monotonic()
        return self.request("POST", path, body)[0], sent

    def publish(self, page):
        """The admin's bulk "Publish" of the page's latest revision (a redirect when done)."""
        return self.submit(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}")


def fetch(address, path):
    connection = http.client.HTTPConnection(*address.split(":"), timeout=10)
    connection.request("GET", path, headers={"Host": "localhost"})
    return connection.getresponse().read().decode()


def test_two_nodes_behind_one_proxy_show_a_publish_at_once(two_nodes_and_proxy, story):
    (node_a, node_b), proxy = two_nodes_and_proxy
    User.objects.create_superuser("editor", "editor@example.com", "pass")
    editors = Editor(node_a, "editor", "pass"), Editor(node_b, "editor", "pass")
    for _ in range(4):  # both nodes have served and cached the navigation
        proxy.request("PURGE", "/")
        assert "ฝนตกหนัก" in proxy.get("/th/world/rain/")[2]
    story.title = "ฝนตกหนักกรุงเทพฯ Sukhumvit"
    story.save_revision()  # a draft: nothing is purged yet
    assert "Sukhumvit" not in proxy.get("/th/world/rain/")[2]
    status, sent = editors[0].publish(story)  # through node A
    assert status == 302
    assert "Sukhumvit" in proxy.get("/th/world/rain/")[2]
    visible_after = time.monotonic() - sent
    print(f"publish through node A to visible through the proxy: {visible_after * 1000:.0f} ms")
    assert visible_after < 1.0
    assert "Sukhumvit" in proxy.get("/th/world/")[2]
    section = story.get_parent().specific
    section.title = "ต่างประเทศ"
    section.save_revision()
    assert editors[1].publish(section)[0] == 302  # through node B
    for address in (node_a, node_b):  # straight to each node: neither keeps the old menu
        assert ">ต่างประเทศ</a>" in fetch(address, "/th/world/rain/")
    for _ in range(4):
        assert ">ต่างประเทศ</a>" in proxy.get("/th/world/rain/")[2]
