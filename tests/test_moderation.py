"""
Moderation in the Wagtail admin: the queue of waiting and reported comments,
filters, bulk publish / reject / delete, suspending a reader, watched words,
and a Moderators group that can do all of it without any page permission.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import nested_form_data

from comments.models import Comment, CommentReport, WatchedWord
from tests.readers import make_moderator, make_reader

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/comments/comment/"


@pytest.fixture
def article(make_article):
    return make_article(title="ข่าวการเมือง")


@pytest.fixture
def comments(article, make_article):
    """One comment in each state, plus a published one with an open report."""
    reader, reporter = make_reader(name="ผู้เขียน"), make_reader(name="ผู้แจ้ง")
    other_article = make_article(title="ข่าวกีฬา")

    def make(body, status, on=article):
        return Comment.objects.create(article=on, author=reader, body=body, status=status)

    made = {
        "pending": make("รอตรวจ", Comment.Status.PENDING),
        "approved": make("เผยแพร่แล้ว", Comment.Status.APPROVED),
        "reported": make("ถูกแจ้ง", Comment.Status.APPROVED),
        "rejected": make("ถูกปฏิเสธ", Comment.Status.REJECTED),
        "elsewhere": make("รอตรวจข่าวกีฬา", Comment.Status.PENDING, on=other_article),
    }
    CommentReport.objects.create(comment=made["reported"], reporter=reporter, reason="abuse")
    return made


@pytest.fixture
def moderator_client(client):
    client.force_login(make_moderator())
    return client


def listed_ids(soup, response):
    assert response.status_code == 200
    rows = soup(response).select("input[data-bulk-action-checkbox]")
    return {int(row["data-object-id"]) for row in rows}


def ids(*comments):
    return {comment.pk for comment in comments}


# The Moderators group


def test_moderators_group_holds_comment_permissions_and_no_page_permission():
    group = Group.objects.get(name="Moderators")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {
        "access_admin",
        "view_comment",
        "change_comment",
        "delete_comment",
        "view_watchedword",
        "add_watchedword",
        "change_watchedword",
        "delete_watchedword",
        "view_readerprofile",
        "change_readerprofile",
    }
    assert not GroupPagePermission.objects.filter(group=group).exists()


def test_a_moderator_cannot_edit_pages(moderator_client, article):
    response = moderator_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code in (302, 403)
    assert moderator_client.get("/admin/").status_code == 200


def test_the_moderation_menu_opens_on_the_queue(moderator_client, soup):
    html = moderator_client.get("/admin/").content.decode()
    assert f"{LISTING}?status=review" in html


# The queue and its filters


def test_queue_holds_waiting_and_reported_comments(moderator_client, comments, soup):
    shown = listed_ids(soup, moderator_client.get(LISTING, {"status": "review"}))
    assert shown == ids(comments["pending"], comments["reported"], comments["elsewhere"])


def test_filters_by_status_and_article(moderator_client, comments, article, soup):
    assert listed_ids(soup, moderator_client.get(LISTING, {"status": "reported"})) == ids(
        comments["reported"]
    )
    assert listed_ids(soup, moderator_client.get(LISTING, {"status": "rejected"})) == ids(
        comments["rejected"]
    )
    in_article = moderator_client.get(LISTING, {"status": "review", "article": article.pk})
    assert listed_ids(soup, in_article) == ids(comments["pending"], comments["reported"])
    assert len(listed_ids(soup, moderator_client.get(LISTING))) == 5


def test_bad_filter_values_do_not_break_the_listing(moderator_client, comments, soup):
    response = moderator_client.get(LISTING, {"status": "nonsense", "article": "abc"})
    assert response.status_code == 200


# Bulk actions


def bulk_url(action, *comments):
    query = "&".join(f"id={comment.pk}" for comment in comments)
    return f"/admin/bulk/comments/comment/{action}/?{query}&next={LISTING}"


def test_bulk_publish(moderator_client, comments):
    chosen = (comments["pending"], comments["reported"])
    assert moderator_client.get(bulk_url("approve", *chosen)).status_code == 200
    response = moderator_client.post(bulk_url("approve", *chosen))

    assert response.status_code == 302
    for comment in chosen:
        comment.refresh_from_db()
        assert comment.status == Comment.Status.APPROVED
        assert comment.moderated_by is not None and comment.moderated_at is not None
    assert not CommentReport.objects.filter(resolved=False).exists(), "reports are dealt with"
    assert not Comment.objects.needing_review().exclude(pk=comments["elsewhere"].pk).exists()


def test_bulk_reject_hides_the_comments_from_readers(moderator_client, comments, client):
    moderator_client.post(bulk_url("reject", comments["pending"], comments["reported"]))
    statuses = Comment.objects.filter(pk__in=ids(comments["pending"], comments["reported"]))
    assert set(statuses.values_list("status", flat=True)) == {Comment.Status.REJECTED}

    client.logout()
    page = client.get(f"/th/comments/{comments['reported'].article_id}/").content.decode()
    assert "ถูกแจ้ง" not in page
    assert "เผยแพร่แล้ว" in page


def test_bulk_delete(moderator_client, comments):
    response = moderator_client.post(bulk_url("delete", comments["rejected"], comments["pending"]))
    assert response.status_code == 302
    assert not Comment.objects.filter(pk__in=ids(comments["rejected"], comments["pending"]))


def test_readers_cannot_use_the_bulk_actions(client, comments):
    client.force_login(make_reader())
    response = client.post(bulk_url("approve", comments["pending"]))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    comments["pending"].refresh_from_db()
    assert comments["pending"].status == Comment.Status.PENDING


def test_editing_the_status_records_the_moderation(moderator_client, comments):
    comment = comments["reported"]
    url = f"{LISTING}edit/{comment.pk}/"
    assert moderator_client.get(url).status_code == 200
    response = moderator_client.post(url, nested_form_data({"status": "rejected"}))

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED
    assert comment.body == "ถูกแจ้ง", "moderators do not rewrite readers' words"
    assert comment.moderated_by is not None
    assert not comment.reports.filter(resolved=False).exists()


def test_nobody_adds_comments_in_the_admin(admin_client, soup):
    response = admin_client.get(f"{LISTING}add/")
    assert response.status_code in (302, 403)
    assert not soup(admin_client.get(LISTING)).select(f'a[href="{LISTING}add/"]')


# Readers and watched words


def test_a_moderator_suspends_a_reader(moderator_client, article, client):
    reader = make_reader(name="ตัวป่วน")
    url = f"/admin/snippets/accounts/readerprofile/edit/{reader.reader_profile.pk}/"
    response = moderator_client.post(
        url,
        nested_form_data(
            {"display_name": "ตัวป่วน", "suspended": "on", "suspension_reason": "ด่าทอซ้ำๆ"}
        ),
    )
    assert response.status_code == 302
    reader.reader_profile.refresh_from_db()
    assert reader.reader_profile.suspended
    assert reader.reader_profile.suspended_at is not None

    client.force_login(reader)
    response = client.post(f"/th/comments/{article.pk}/", {"body": "ขอพูดอีกครั้ง"})
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_readers_listing_filters_suspended_readers(moderator_client, soup):
    make_reader(name="ปกติ")
    suspended = make_reader(name="ถูกระงับ", suspended=True)
    response = moderator_client.get(
        "/admin/snippets/accounts/readerprofile/", {"suspended": "true"}
    )
    assert response.status_code == 200
    assert listed_ids(soup, response) == {suspended.reader_profile.pk}


def test_a_moderator_adds_a_watched_word(moderator_client):
    response = moderator_client.post(
        "/admin/snippets/comments/watchedword/add/", nested_form_data({"word": " ควาย "})
    )
    assert response.status_code == 302
    assert WatchedWord.objects.get().word == "ควาย"
