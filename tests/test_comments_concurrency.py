"""
Fifty readers' comments posted at once (each twice, as a double click)
against a real server: each is stored exactly once and the rate limit holds.
Runs on PostgreSQL; SQLite takes one writer at a time.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from comments.models import Comment
from tests.comments_helpers import thread_url
from tests.readers import PASSWORD, make_reader

# live_server answers from another thread, so the data must be committed.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("comment_rules")]


def test_fifty_comments_posted_at_once_are_each_stored_exactly_once(
    live_server, make_live_article, settings
):
    """
    Ten readers post five comments each, every one sent twice at the same
    moment (a double click): 100 requests from 10 threads. Each comment
    must be stored exactly once, and the rate limit (5) must hold.
    """
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite takes one writer at a time: concurrent posts would test its lock "
            "timeouts, not our row locks and unique constraint (runs on PostgreSQL)"
        )
    settings.COMMENTS_RATE_LIMIT = (5, 600)
    article = make_live_article("ข่าวที่คนแห่มาแสดงความเห็น", "crowded")
    sessions = [logged_in_session(live_server.url, make_reader(), article) for _ in range(10)]
    posts = [
        (session, token, f"ความเห็นที่ {n} ของผู้อ่าน {i}")
        for i, (session, token) in enumerate(sessions)
        for n in range(5)
    ]
    start = threading.Barrier(10)
    url = f"{live_server.url}{thread_url(article)}"

    def send(job):
        session, token, body = job
        return session.post(
            url, data={"body": body, "csrfmiddlewaretoken": token}, allow_redirects=False
        ).status_code

    def worker(jobs):
        start.wait()
        return [send(job) for job in jobs]

    twice = [job for job in posts for _copy in (1, 2)]
    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(worker, [twice[i::10] for i in range(10)]))
    statuses = [status for batch in results for status in batch]

    stored = list(Comment.objects.values_list("body", flat=True))
    assert sorted(stored) == sorted(body for _s, _t, body in posts)
    assert statuses.count(302) == 50
    assert statuses.count(400) == 50, "each second copy is refused as a duplicate"


def logged_in_session(base_url, reader, article):
    """A `requests` session logged in as `reader`, and its CSRF token from the comments page."""
    import requests
    from bs4 import BeautifulSoup

    session = requests.Session()
    login_url = f"{base_url}/th/accounts/login/"
    session.get(login_url)
    session.post(
        login_url,
        data={
            "username": reader.email,
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": login_url},
    )
    page = session.get(f"{base_url}{thread_url(article)}")
    token = BeautifulSoup(page.text, "html.parser").select_one(
        "form#comment-form input[name=csrfmiddlewaretoken]"
    )["value"]
    return session, token
