"""
Shared by the comments test modules (test_comments_*.py): the posting rules
they start from, an article to comment on, a reader and their logged-in
client, and helpers for the comments endpoint.

The fixtures are registered for the whole suite by tests/conftest.py
(``pytest_plugins``); a module that wants the rules says so with
``pytest.mark.usefixtures("comment_rules")``.
"""

import pytest

from tests.readers import make_reader


@pytest.fixture
def comment_rules(settings):
    """Publish at once unless a test says otherwise; closing by age far away."""
    settings.COMMENTS_HELD_UNTIL_APPROVED = 0
    settings.COMMENTS_RATE_LIMIT = (5, 600)
    settings.COMMENTS_CLOSE_AFTER_DAYS = 30


@pytest.fixture
def article(make_article):
    return make_article(title="ข่าวน้ำท่วม", body=[("paragraph", "<p>เนื้อข่าว</p>")])


@pytest.fixture
def reader(db):
    return make_reader(name="สมชาย")


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


def thread_url(article, language="th"):
    return f"/{language}/comments/{article.pk}/"


def post_comment(client, article, body, **extra):
    return client.post(thread_url(article), {"body": body, **extra})
