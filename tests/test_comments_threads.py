"""
Comment threads: replies go one level deep, readers report others' comments
once, and the comments page's queries do not grow with its comments.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments.models import Comment, CommentReport
from tests.comments_helpers import post_comment, thread_url
from tests.readers import make_reader

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("comment_rules")]


# Replies


def test_replies_go_one_level_deep(reader_client, article, make_article, soup):
    post_comment(reader_client, article, "เริ่มกระทู้")
    top = Comment.objects.get()
    assert post_comment(reader_client, article, "ตอบกลับ", parent=top.pk).status_code == 302
    reply = Comment.objects.get(body="ตอบกลับ")
    assert reply.parent == top

    # Not under a reply, and not under another article's comment.
    assert post_comment(reader_client, article, "ตอบซ้อน", parent=reply.pk).status_code == 400
    other = make_article()
    assert post_comment(reader_client, other, "ผิดที่", parent=top.pk).status_code == 400

    page = soup(reader_client.get(thread_url(article)))
    nested = page.select_one(f"#comment-{top.pk}").find_parent("li")
    assert nested.select_one(f".comment-list--replies #comment-{reply.pk}")


# Reports


def test_a_reader_reports_a_comment_once(client, article, reader, soup):
    comment = Comment.objects.create(
        article=article, author=reader, body="ข้อความ", status=Comment.Status.APPROVED
    )
    other = make_reader()
    client.force_login(other)
    report_url = f"/th/comments/report/{comment.pk}/"
    assert soup(client.get(thread_url(article))).select_one(f'a[href="{report_url}"]')

    assert client.get(report_url).status_code == 200
    assert client.post(report_url, {"reason": "nonsense"}).status_code == 400
    response = client.post(report_url, {"reason": "abuse"})
    assert response.status_code == 302
    assert client.post(report_url, {"reason": "spam"}).status_code == 302

    report = CommentReport.objects.get()
    assert (report.reporter, report.reason, report.resolved) == (other, "abuse", False)
    assert list(Comment.objects.needing_review()) == [comment]


def test_readers_cannot_report_their_own_comment(reader_client, reader, article):
    comment = Comment.objects.create(
        article=article, author=reader, body="ของฉันเอง", status=Comment.Status.APPROVED
    )
    reader_client.post(f"/th/comments/report/{comment.pk}/", {"reason": "spam"})
    assert not CommentReport.objects.exists()


def test_reporting_needs_a_login(client, article, reader):
    comment = Comment.objects.create(
        article=article, author=reader, body="ข้อความ", status=Comment.Status.APPROVED
    )
    response = client.post(f"/th/comments/report/{comment.pk}/", {"reason": "spam"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


# Query budget


def test_comments_page_queries_do_not_grow_with_comments(reader_client, article):
    def queries_with(count):
        authors = [make_reader() for _ in range(3)]
        for n in range(count):
            top = Comment.objects.create(
                article=article,
                author=authors[n % 3],
                body=f"ความเห็น {count}-{n}",
                status=Comment.Status.APPROVED,
            )
            Comment.objects.create(
                article=article,
                author=authors[(n + 1) % 3],
                parent=top,
                body=f"คำตอบ {count}-{n}",
                status=Comment.Status.APPROVED,
            )
        reader_client.get(thread_url(article))  # warm Wagtail's site and chrome caches
        with CaptureQueriesContext(connection) as captured:
            assert reader_client.get(thread_url(article)).status_code == 200
        return len(captured)

    few = queries_with(2)
    many = queries_with(18)
    print(f"comments page queries: 2 threads = {few}, 20 threads = {many}")
    assert few == many
