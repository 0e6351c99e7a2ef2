"""
Posting comments under articles: the cached article stays the same for
everyone, the uncached comments endpoint shows the log-in prompt or the
form, the log-in round trip comes back to the comments, comments are shown
as plain text, and bad input is a 4xx with a message, never a 500. Fixtures
and helpers: tests/comments_helpers.py.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils.translation import gettext, override

from comments.models import Comment
from tests.comments_helpers import post_comment, thread_url
from tests.readers import PASSWORD, assert_never_cached, make_reader

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("comment_rules")]


XSS_PAYLOADS = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    "</textarea><iframe src=//evil.example></iframe>",
]


# The article page stays cacheable


def test_article_html_is_the_same_for_every_reader_and_holds_no_csrf_token(client, article, reader):
    anonymous = client.get(article.url)
    client.force_login(reader)
    logged_in = client.get(article.url)

    assert anonymous.status_code == logged_in.status_code == 200
    assert anonymous.content == logged_in.content
    assert b"csrfmiddlewaretoken" not in anonymous.content
    assert not anonymous.cookies


def test_article_links_to_its_comments_endpoint(client, article, soup):
    section = soup(client.get(article.url)).select_one("#comments")
    assert section["data-comments-src"] == f"{thread_url(article)}?partial=1"
    assert section.select_one(f'a[href="{thread_url(article)}"]'), "works without JavaScript"


# The comments endpoint


def test_anonymous_reader_gets_the_log_in_prompt_leading_back_to_the_article(client, article, soup):
    response = client.get(thread_url(article))

    assert response.status_code == 200
    assert_never_cached(response)
    assert not response.cookies, "no CSRF cookie for a reader who cannot post"
    page = soup(response)
    with override("th"):
        assert gettext("Log in to comment") in page.select_one(".comments__login").get_text()
    login = page.select_one(".comments__login a[href^='/th/accounts/login/']")
    next_url = parse_qs(urlsplit(login["href"]).query)["next"][0]
    assert next_url == f"{article.url}#comments"
    assert not page.select("form.comment-form")


def test_english_comments_page_reads_in_english(client, article, soup):
    page = soup(client.get(thread_url(article, "en")))
    assert page.html["lang"] == "en"
    assert "Log in to comment" in page.select_one(".comments__login").get_text()


def test_partial_comments_are_a_fragment_for_the_article_page(reader_client, article):
    response = reader_client.get(thread_url(article) + "?partial=1")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert_never_cached(response)


def test_log_in_to_comment_round_trip(client, article, soup, settings):
    settings.COMMENTS_HELD_UNTIL_APPROVED = 1
    reader = make_reader(email="nok@example.com", name="นก")

    # 1. The prompt's link leads to the login page, carrying the article as `next`.
    prompt = soup(client.get(thread_url(article))).select_one(".comments__login a")
    login_page = client.get(prompt["href"])
    assert login_page.status_code == 200
    next_url = soup(login_page).select_one("form.reader-form input[name=next]")["value"]

    # 2. Logging in returns to the article, at its comments.
    response = client.post(
        prompt["href"], {"username": "NOK@example.com", "password": PASSWORD, "next": next_url}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}#comments"

    # 3. The comments now hold the form; posting stores the comment.
    form = soup(client.get(thread_url(article))).select_one("form#comment-form")
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    response = post_comment(client, article, "ความเห็นแรกของฉัน")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{thread_url(article)}#comment-{comment.pk}"
    assert comment.author == reader
    assert comment.status == Comment.Status.PENDING
    assert comment.held_because == "new_reader"

    # 4. Its author sees it marked as waiting; nobody else sees it yet.
    mine = soup(client.get(thread_url(article))).select_one(f"#comment-{comment.pk}")
    assert "comment--pending" in mine["class"]
    assert mine.select_one(".comment__badge")
    client.logout()
    assert not soup(client.get(thread_url(article))).select(f"#comment-{comment.pk}")

    # 5. Once a moderator publishes it, every reader sees it.
    comment.moderate(Comment.Status.APPROVED, moderator=None)
    shown = soup(client.get(thread_url(article))).select_one(f"#comment-{comment.pk}")
    assert "ความเห็นแรกของฉัน" in shown.get_text()


def test_posting_from_the_article_returns_to_the_article(reader_client, article):
    response = post_comment(reader_client, article, "กลับไปที่ข่าว", return_to="article")
    comment = Comment.objects.get()
    assert response["Location"] == f"{article.url}#comment-{comment.pk}"


def test_anonymous_post_is_sent_to_log_in_and_stores_nothing(client, article):
    response = post_comment(client, article, "ไม่ได้เข้าสู่ระบบ")
    assert response.status_code == 302
    assert response["Location"].startswith("/th/accounts/login/?next=")
    assert not Comment.objects.exists()


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_html_in_comments_is_shown_as_text(reader_client, article, soup, payload):
    post_comment(reader_client, article, payload)
    response = reader_client.get(thread_url(article))
    body = soup(response).select_one(".comment__body")

    assert body.get_text() == payload
    assert not body.find(["script", "img", "svg", "a", "iframe", "textarea"])


def test_web_addresses_in_comments_are_not_links(reader_client, article, soup):
    post_comment(reader_client, article, "อ่านต่อที่ https://example.com/story")
    body = soup(reader_client.get(thread_url(article))).select_one(".comment__body")
    assert "https://example.com/story" in body.get_text()
    assert not body.find("a")


def test_line_breaks_are_kept_and_blank_runs_squeezed(reader_client, article):
    post_comment(reader_client, article, "บรรทัดแรก\r\n\r\n\r\n\r\nบรรทัดสอง  ")
    assert Comment.objects.get().body == "บรรทัดแรก\n\nบรรทัดสอง"


# Bad input is a 4xx with a message, never a 500


@pytest.mark.parametrize(
    "data",
    [
        {"body": ""},
        {"body": "   \n  "},
        {"body": "ก" * 2001},
        {"body": "nul\x00byte"},
        {"body": "ตอบ", "parent": "abc"},
        {"body": "ตอบ", "parent": "-1"},
        {"body": "ตอบ", "parent": "99999999999999999999"},
    ],
)
def test_bad_comment_input_is_a_form_error(reader_client, article, soup, data):
    response = reader_client.post(thread_url(article), data)
    assert response.status_code == 400
    assert soup(response).select(".form-field__error")
    assert not Comment.objects.exists()


def test_an_oversized_post_is_a_bad_request(reader_client, article):
    response = post_comment(reader_client, article, "ก" * 3_000_000)
    assert response.status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.parametrize("query", ["?page=abc", "?page=0"])
def test_bad_comment_page_number_is_a_bad_request(client, article, query):
    assert client.get(thread_url(article) + query).status_code == 400


def test_comments_of_unknown_or_unpublished_articles_are_not_found(client, make_article):
    draft = make_article(publish=False)
    assert client.get("/th/comments/999999/").status_code == 404
    assert client.get(f"/th/comments/{'9' * 30}/").status_code == 404
    assert client.get(f"/th/comments/report/{'9' * 30}/").status_code in (302, 404)
    assert client.get(thread_url(draft)).status_code == 404
