"""
The readers' JavaScript in a real browser (Debian's Chromium through
Playwright): the cached article page pulls in its comments from the uncached
endpoint, and sends one view-count beacon.

Skipped when Chromium is not installed at /usr/bin/chromium; run alone with
`pytest -m browser`.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from analytics.models import ArticleViewCount
from comments.models import Comment
from tests.readers import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"

# Headless Chromium says "HeadlessChrome", which the view counter rightly takes for a bot.
READER_BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36"
)


@pytest.fixture
def tab(open_page):
    return open_page(user_agent=READER_BROWSER)


def test_article_loads_its_comments_and_counts_one_view(
    live_server, tab, make_live_article, reader
):
    article = make_live_article("ข่าวทดสอบความเห็น", "comments-in-browser")
    Comment.objects.create(
        article=article, author=reader, body="<b>ตัวหนา?</b>", status=Comment.Status.APPROVED
    )

    with tab.expect_request(lambda request: "/analytics/views/" in request.url) as beacon:
        tab.goto(f"{live_server.url}{article.url}")
    assert beacon.value.method == "POST"

    comments = tab.locator("#comments .comment-thread")
    comments.wait_for()
    assert comments.locator(".comments__login").is_visible()
    assert comments.locator(".comment__body").inner_text() == "<b>ตัวหนา?</b>"
    assert comments.locator(".comment__body b").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=ARTIFACTS / "readers-article-with-comments.png", full_page=True)

    tab.wait_for_load_state("networkidle")
    call_command("flush_view_counts", verbosity=0)
    assert ArticleViewCount.objects.get(article=article).views == 1


def test_posting_from_the_article_comes_back_to_it(live_server, tab, make_live_article, reader):
    article = make_live_article("ข่าวให้แสดงความเห็น", "post-in-browser")

    tab.goto(f"{live_server.url}{article.url}")
    tab.locator(".comments__login a").first.click()
    tab.fill("#id_username", reader.email)
    tab.fill("#id_password", PASSWORD)
    tab.locator("form.reader-form button[type=submit]").click()
    tab.wait_for_url(f"**{article.url}#comments")

    tab.locator("#comment-form textarea").fill("ความเห็นจากเบราว์เซอร์")
    tab.locator("#comment-form button[type=submit]").click()
    tab.wait_for_url(f"**{article.url}#comment-*")
    mine = tab.locator(".comment--pending .comment__body")
    mine.wait_for()
    assert mine.inner_text() == "ความเห็นจากเบราว์เซอร์"
    mine.scroll_into_view_if_needed()
    tab.screenshot(path=ARTIFACTS / "readers-own-comment-awaiting-review.png")
