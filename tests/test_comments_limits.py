"""
The rules of posting a comment: a new reader's first comments, links and
watched words wait for review; the rate limit and duplicates are refused
with a message; closed articles and suspended readers cannot comment.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from comments.models import Comment, WatchedWord
from comments.moderation import contains_link, watched_words_in
from tests.comments_helpers import post_comment, thread_url
from tests.readers import make_reader

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("comment_rules")]


# Holding for review


def test_a_readers_first_comments_wait_then_are_published_at_once(
    reader_client, reader, article, settings
):
    settings.COMMENTS_HELD_UNTIL_APPROVED = 2
    for text in ("หนึ่ง", "สอง"):
        post_comment(reader_client, article, text)
    assert set(Comment.objects.values_list("status", flat=True)) == {Comment.Status.PENDING}

    Comment.objects.update(status=Comment.Status.APPROVED)
    post_comment(reader_client, article, "สาม")
    assert Comment.objects.get(body="สาม").status == Comment.Status.APPROVED


@pytest.mark.parametrize(
    "text",
    ["ดูได้ที่ https://spam.example", "ไปที่ www.spam.example", "สั่งซื้อที่ cheap-pills.com เลย"],
)
def test_comments_with_links_wait_for_review(reader_client, article, text):
    post_comment(reader_client, article, text)
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert "link" in comment.held_because


def test_a_watched_thai_word_inside_unspaced_thai_holds_the_comment(reader_client, article):
    WatchedWord.objects.create(word="ควาย")
    post_comment(reader_client, article, "นักการเมืองคนนี้โง่เหมือนควายจริงๆ")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.held_because == "watched_word"


def test_watched_words_match_through_spacing_tricks_but_latin_only_as_whole_words():
    assert watched_words_in("ไอ้ค ว า ย", ["ควาย"]) == ["ควาย"]
    assert watched_words_in("ไอ้ค\u200bวา.ย", ["ควาย"]) == ["ควาย"]
    assert watched_words_in("ข่าวการเมือง", ["ควาย"]) == []
    assert watched_words_in("What an IDIOT!", ["idiot"]) == ["idiot"]
    assert watched_words_in("idiotic", ["idiot"]) == []
    assert watched_words_in("a first-class seat", ["ass"]) == []


def test_link_detection_ignores_numbers_and_thai_abbreviations():
    assert not contains_link("ราคา 3.5 ล้านบาท เมื่อ 1 ม.ค. นายก ฯ กล่าว")
    assert not contains_link("e.g. this, i.e. that")
    assert contains_link("EXAMPLE.CO.TH")
    assert contains_link("ｗｗｗ．spam．com")  # full-width letters fold to ASCII
    assert contains_link("http://x")


# Rate limit and duplicates


def test_rate_limit_refuses_the_comment_past_the_limit(reader_client, article, soup, settings):
    settings.COMMENTS_RATE_LIMIT = (3, 600)
    for n in range(3):
        assert post_comment(reader_client, article, f"ความเห็นที่ {n}").status_code == 302
    response = post_comment(reader_client, article, "ความเห็นที่สี่")

    assert response.status_code == 400
    assert soup(response).select_one(".form-field__error")
    assert Comment.objects.count() == 3


def test_the_rate_limit_window_moves_on(reader_client, reader, article, settings):
    settings.COMMENTS_RATE_LIMIT = (1, 600)
    post_comment(reader_client, article, "เก่า")
    Comment.objects.update(created_at=timezone.now() - timedelta(minutes=11))
    assert post_comment(reader_client, article, "ใหม่").status_code == 302


def test_the_same_comment_twice_is_stored_once(reader_client, article, soup):
    assert post_comment(reader_client, article, "เห็นด้วย  ครับ").status_code == 302
    response = post_comment(reader_client, article, "เห็นด้วย ครับ\n")

    assert response.status_code == 400
    assert soup(response).select_one(".form-field__error")
    assert Comment.objects.count() == 1


# Closing and suspension


def test_editors_close_comments_on_an_article(reader_client, make_article, soup):
    closed = make_article(comments_open=False)
    page = soup(reader_client.get(thread_url(closed)))
    assert page.select_one(".comments__notice")
    assert not page.select("form.comment-form")
    assert post_comment(reader_client, closed, "ยังพูดได้ไหม").status_code == 400
    assert not Comment.objects.exists()


def test_comments_close_on_their_own_after_n_days(reader_client, make_article, settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 7
    old = make_article(display_date=timezone.now() - timedelta(days=8))
    fresh = make_article(display_date=timezone.now() - timedelta(days=6))
    assert post_comment(reader_client, old, "ช้าไป").status_code == 400
    assert post_comment(reader_client, fresh, "ทันเวลา").status_code == 302


def test_a_suspended_reader_cannot_comment(client, article, soup):
    suspended = make_reader(suspended=True)
    client.force_login(suspended)
    page = soup(client.get(thread_url(article)))
    assert page.select_one(".comments__notice")
    assert not page.select("form.comment-form")
    assert post_comment(client, article, "ขอพูดหน่อย").status_code == 400
    assert not Comment.objects.exists()
