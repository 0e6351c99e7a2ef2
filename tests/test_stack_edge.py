"""
The nginx edge of deploy/nginx/ (production's TLS server, on loopback without
TLS) in front of the real Varnish and an app node: the live blogs' updates
endpoint, which every open live page polls, is kept at the edge until the end
of the second and no longer, so a posted update, purged from Varnish, reaches
a polling reader within a second; an editor's session goes past it; every
other page goes to Varnish as before, over the edge's pool of connections.
"""

import json
import shutil
import time
from pathlib import Path

import pytest
from django.utils import timezone

from live.updates import LiveUpdate, UpdateState, to_cursor
from live.views import OVERLAP

TOOLS = ("varnishd", "nginx")
if not all(shutil.which(tool) or Path("/usr/sbin", tool).exists() for tool in TOOLS):
    pytest.skip(
        "the edge needs nginx and varnishd (apt-get install nginx-light varnish "
        "varnish-modules); .ci/run installs them",
        allow_module_level=True,
    )

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def blog(make_blog, live_section):
    blog = make_blog(parent=live_section)
    post(blog, "ระดับน้ำทรงตัว")
    return blog


def post(blog, text):
    return LiveUpdate.objects.create(
        blog=blog,
        state=UpdateState.PUBLISHED,
        posted_at=timezone.now(),
        body=[("paragraph", f"<p>{text}</p>")],
    )


def poll_path(blog):
    """A reader's poll that has seen every update so far: the endpoint sends none."""
    latest = blog.updates.latest("changed_at").changed_at
    return f"/th/live/{blog.pk}/updates/?since={to_cursor(latest + OVERLAP)}"


def early_in_a_second():
    """Sleep, if need be, to the start of the next second: what follows is within one."""
    if time.time() % 1 > 0.5:
        time.sleep(1 - time.time() % 1)


def test_the_edge_keeps_the_updates_endpoint_until_the_end_of_the_second(node_proxy_and_edge, blog):
    _node, proxy, edge = node_proxy_and_edge
    path = poll_path(blog)
    status, headers, _body = proxy.get(path)
    assert status == 200
    assert abs(int(headers["X-Accel-Expires"].lstrip("@")) - time.time()) < 2
    early_in_a_second()
    first = edge.get(path)[1]
    assert "X-Accel-Expires" not in first  # nginx keeps it to itself
    assert edge.get(path)[1]["X-Varnish"] == first["X-Varnish"]  # the edge's copy
    time.sleep(1.1)
    assert edge.get(path)[1]["X-Varnish"] != first["X-Varnish"]  # asked Varnish again


def test_a_posted_update_reaches_a_reader_polling_through_the_edge_within_a_second(
    node_proxy_and_edge, blog
):
    _node, _proxy, edge = node_proxy_and_edge
    path = poll_path(blog)
    for _ in range(3):
        assert json.loads(edge.get(path)[2])["updates"] == []
    posted = time.monotonic()
    update = post(blog, "น้ำล้นตลิ่งที่บางไทร")
    # The answer that first shows it is the one checked: for the moment the
    # edge takes to store a refreshed copy, another worker may still hand
    # out the one it replaces (`proxy_cache_use_stale updating`), which a
    # reader's page, asking from its cursor, would not even notice.
    while not (shown := json.loads(edge.get(path)[2])["updates"]):
        assert time.monotonic() - posted < 3, "still the old answer after 3 s"
        time.sleep(0.02)
    visible_after = time.monotonic() - posted
    assert [update_shown["id"] for update_shown in shown] == [update.pk]
    print(f"posted to visible through the edge: {visible_after * 1000:.0f} ms")
    assert visible_after < 1.5  # at most the rest of a second, and the purge


def test_an_editors_session_and_other_pages_go_past_the_edges_copy(
    node_proxy_and_edge, blog, make_live_article
):
    _node, _proxy, edge = node_proxy_and_edge
    make_live_article("ฝนตกหนักกรุงเทพฯ", "rain")
    for path, headers in (
        (poll_path(blog), {"Cookie": "sessionid=an-editor"}),
        ("/th/world/rain/", {}),
    ):
        early_in_a_second()
        answers = [edge.get(path, **headers) for _ in range(3)]
        assert all(status == 200 for status, _headers, _body in answers)
        assert len({headers["X-Varnish"] for _status, headers, _body in answers}) == 3


def test_gzip_and_plain_readers_each_get_their_own_copy(node_proxy_and_edge, blog):
    _node, _proxy, edge = node_proxy_and_edge
    path = poll_path(blog)
    early_in_a_second()
    gzip = edge.request("GET", path, {"Accept-Encoding": "gzip, deflate, br"}, decode=False)
    plain = edge.get(path)
    assert gzip[1].get("Content-Encoding") == "gzip"
    assert gzip[2].startswith(b"\x1f\x8b")
    assert "Content-Encoding" not in plain[1]
    assert json.loads(plain[2])["updates"] == []
