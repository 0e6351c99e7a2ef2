"""
Reader accounts: sign up, log in (rate-limited), log out, password reset by
e-mail, and the PDPA rights to download one's data and delete the account.
Readers never reach the Wagtail admin.
"""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail

from accounts.models import ReaderProfile
from comments.models import Comment, CommentReport
from tests.readers import PASSWORD, assert_never_cached, make_reader

pytestmark = pytest.mark.django_db
User = get_user_model()


def sign_up_data(**overrides):
    return {
        "display_name": "มานี",
        "email": "Manee@Example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **overrides,
    }


def reader_form(soup, response):
    return soup(response).select_one("form.reader-form")


# Sign up


def test_sign_up_creates_a_reader_who_activates_by_the_mailed_link(client, home):
    response = client.post("/th/accounts/sign-up/", sign_up_data(next="/th/#comments"))

    assert response.status_code == 302
    assert response["Location"] == "/th/accounts/sign-up/sent/"
    user = User.objects.get()
    assert (user.username, user.email) == ("manee@example.com", "manee@example.com")
    assert not user.is_staff and not user.user_permissions.exists()
    assert user.reader_profile.display_name == "มานี"
    link = re.search(r"https?://\S+(/th/accounts/activate/\S+/)", mail.outbox[0].body).group(1)
    assert client.post(link).status_code == 302
    assert client.get("/th/accounts/").status_code == 200


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"]
)
def test_sign_up_ignores_a_next_that_leaves_the_site(client, next_url):
    response = client.post("/th/accounts/sign-up/", sign_up_data(next=next_url))
    assert response["Location"] == "/th/accounts/sign-up/sent/"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"password2": "something-else-entirely"}, "password2"),
        ({"password1": "12345678", "password2": "12345678"}, "password1"),
        ({"display_name": "ก"}, "display_name"),
        ({"display_name": "ชื่อ\x00ผู้ใช้"}, "display_name"),
        ({"display_name": "ร้านค้า www.spam.example"}, "display_name"),
        ({"display_name": "ก" * 5000}, "display_name"),
        ({"email": ""}, "email"),
    ],
)
def test_bad_sign_up_input_is_a_form_error(client, soup, overrides, field):
    response = client.post("/th/accounts/sign-up/", sign_up_data(**overrides))

    assert response.status_code == 400
    assert reader_form(soup, response).select_one(f"#id_{field}_error, .form-field__error")
    assert not User.objects.exists()


def test_an_address_signs_up_once_whatever_its_case(client, soup):
    make_reader(email="manee@example.com")
    response = client.post(
        "/th/accounts/sign-up/", sign_up_data(email="MANEE@example.com", display_name="มานะ")
    )
    assert response["Location"] == "/th/accounts/sign-up/sent/"  # says nothing of the account
    assert User.objects.count() == 1


def test_account_pages_are_never_cached_and_follow_the_language(client, soup):
    response = client.get("/en/accounts/sign-up/")
    assert_never_cached(response)
    assert soup(response).html["lang"] == "en"
    assert soup(client.get("/th/accounts/login/")).html["lang"] == "th"


# Log in and out


def test_login_with_the_email_address_in_any_case(client):
    make_reader(email="dao@example.com")
    response = client.post(
        "/th/accounts/login/",
        {"username": " DAO@Example.com ", "password": PASSWORD, "next": "/th/world/x/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/th/world/x/"


def test_login_ignores_an_off_site_next(client):
    make_reader(email="dao@example.com")
    response = client.post(
        "/th/accounts/login/?next=https://evil.example/",
        {"username": "dao@example.com", "password": PASSWORD},
    )
    assert response["Location"] == "/th/accounts/"


def test_wrong_password_is_a_form_error(client, soup):
    make_reader(email="dao@example.com")
    response = client.post(
        "/th/accounts/login/", {"username": "dao@example.com", "password": "wrong"}
    )
    assert response.status_code == 400
    assert soup(response).select_one(".form-errors")


def test_login_attempts_are_rate_limited_per_address_and_account(client, settings, soup):
    make_reader(email="dao@example.com")
    other = make_reader(email="other@example.com")
    wrong = {"username": "dao@example.com", "password": "wrong-guess"}
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        # Changing the case of the address does not buy more attempts.
        spelling = {"username": "DAO@Example.COM"} if attempt % 2 else {}
        assert client.post("/th/accounts/login/", {**wrong, **spelling}).status_code == 400

    locked = client.post("/th/accounts/login/", wrong)
    assert locked.status_code == 429
    assert soup(locked).select_one("a[href='/th/accounts/password/reset/']")

    # Even the right password is refused during the cool-off...
    right = {"username": "dao@example.com", "password": PASSWORD}
    assert client.post("/th/accounts/login/", right).status_code == 429
    # ...but another reader behind the same address is not locked out.
    ok = client.post("/th/accounts/login/", {"username": other.email, "password": PASSWORD})
    assert ok.status_code == 302


def test_login_page_has_no_captcha_puzzle(client, soup):
    form = reader_form(soup, client.get("/th/accounts/login/"))
    names = {field["name"] for field in form.select("input")}
    assert names == {"csrfmiddlewaretoken", "username", "password", "next"}


def test_logout_is_a_post(client):
    client.force_login(make_reader())
    assert client.get("/th/accounts/logout/").status_code == 405
    response = client.post("/th/accounts/logout/")
    assert response["Location"] == "/th/"
    assert client.get("/th/accounts/").status_code == 302


def test_readers_never_reach_the_wagtail_admin(client):
    client.force_login(make_reader())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/pages/").status_code == 302


# Password reset and change


def test_password_reset_by_email_in_the_readers_language(client, soup):
    make_reader(email="dao@example.com")
    response = client.post("/en/accounts/password/reset/", {"email": "DAO@example.com"})
    assert response["Location"] == "/en/accounts/password/reset/sent/"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["dao@example.com"]
    base = re.escape(settings.PUBLIC_BASE_URL)  # the configured address, not the Host header
    link = re.search(rf"{base}(/en/accounts/password/reset/\S+/)", message.body).group(1)

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    set_password_url = form_page.redirect_chain[-1][0]
    new_password = "another-long-passphrase"
    response = client.post(
        set_password_url, {"new_password1": new_password, "new_password2": new_password}
    )
    assert response["Location"] == "/en/accounts/password/reset/done/"
    assert client.login(username="dao@example.com", password=new_password)


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client):
    response = client.post("/th/accounts/password/reset/", {"email": "nobody@example.com"})
    assert response["Location"] == "/th/accounts/password/reset/sent/"
    assert mail.outbox == []


def test_password_change(client):
    reader = make_reader()
    client.force_login(reader)
    new_password = "yet-another-passphrase"
    response = client.post(
        "/th/accounts/password/",
        {"old_password": PASSWORD, "new_password1": new_password, "new_password2": new_password},
    )
    assert response["Location"] == "/th/accounts/"
    reader.refresh_from_db()
    assert reader.check_password(new_password)


def test_display_name_can_be_changed(client, soup):
    reader = make_reader()
    client.force_login(reader)
    assert client.post("/th/accounts/", {"display_name": "ชื่อใหม่"}).status_code == 302
    assert ReaderProfile.objects.get(user=reader).display_name == "ชื่อใหม่"
    assert client.post("/th/accounts/", {"display_name": ""}).status_code == 400


# Data rights (PDPA)


@pytest.fixture
def discussion(make_article):
    """A reader with a comment others replied to, a lone comment, a reply and a report."""
    article = make_article(title="ข่าวเศรษฐกิจ")
    reader = make_reader(email="dao@example.com", name="ดาว")
    other = make_reader(name="เพื่อนบ้าน")
    approved = Comment.Status.APPROVED
    replied_to = Comment.objects.create(
        article=article, author=reader, body="ความเห็นที่มีคนตอบ", status=approved
    )
    others_reply = Comment.objects.create(
        article=article, author=other, parent=replied_to, body="ผมเห็นต่าง", status=approved
    )
    lone = Comment.objects.create(article=article, author=reader, body="ความเห็นเดี่ยว")
    own_reply = Comment.objects.create(
        article=article,
        author=reader,
        parent=Comment.objects.create(article=article, author=other, body="อีกกระทู้"),
        body="ตอบเพื่อน",
    )
    report = CommentReport.objects.create(comment=others_reply, reporter=reader, reason="spam")
    return {
        "article": article,
        "reader": reader,
        "replied_to": replied_to,
        "others_reply": others_reply,
        "lone": lone,
        "own_reply": own_reply,
        "report": report,
    }


def test_a_reader_downloads_their_data_as_json(client, discussion):
    client.force_login(discussion["reader"])
    response = client.get("/th/accounts/data/")

    assert response.status_code == 200
    assert_never_cached(response)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="news-world-daily-')
    data = json.loads(response.content)
    assert data["account"]["email"] == "dao@example.com"
    assert data["account"]["display_name"] == "ดาว"
    texts = {comment["text"] for comment in data["comments"]}
    assert texts == {"ความเห็นที่มีคนตอบ", "ความเห็นเดี่ยว", "ตอบเพื่อน"}
    assert "ผมเห็นต่าง" not in texts, "other readers' words are not theirs to export"
    assert data["comment_reports"] == [
        {
            "comment_id": discussion["others_reply"].pk,
            "reason": "spam",
            "reported_at": discussion["report"].created_at.isoformat(),
        }
    ]
    assert "password" not in response.content.decode()


def test_data_download_needs_a_login(client):
    response = client.get("/th/accounts/data/")
    assert response.status_code == 302
    assert response["Location"].startswith("/th/accounts/login/")


def test_deleting_an_account_needs_the_password(client, discussion):
    client.force_login(discussion["reader"])
    response = client.post("/th/accounts/delete/", {"password": "wrong", "confirm": "on"})
    assert response.status_code == 400
    assert User.objects.filter(pk=discussion["reader"].pk).exists()
    response = client.post("/th/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 400, "the confirmation box must be ticked"


def test_deleting_an_account_removes_the_reader_and_their_words(client, discussion):
    reader = discussion["reader"]
    client.force_login(reader)
    response = client.post("/th/accounts/delete/", {"password": PASSWORD, "confirm": "on"})

    assert response["Location"] == "/th/accounts/deleted/"
    assert not User.objects.filter(pk=reader.pk).exists()
    assert not ReaderProfile.objects.filter(user_id=reader.pk).exists()
    assert not CommentReport.objects.exists()
    # The comment others answered stays as an empty placeholder; the rest are gone.
    placeholder = Comment.objects.get(pk=discussion["replied_to"].pk)
    assert (placeholder.author, placeholder.body, placeholder.status) == (
        None,
        "",
        Comment.Status.REMOVED,
    )
    assert Comment.objects.filter(pk=discussion["others_reply"].pk).exists()
    assert not Comment.objects.filter(pk__in=[discussion["lone"].pk, discussion["own_reply"].pk])
    assert not Comment.objects.filter(body__contains="ความเห็นเดี่ยว").exists()
    # Logged out, and the thread reads on.
    assert client.get("/th/accounts/").status_code == 302
    page = client.get(f"/th/comments/{discussion['article'].pk}/").content.decode()
    assert "ผมเห็นต่าง" in page
    assert "ความเห็นที่มีคนตอบ" not in page


def test_staff_accounts_are_not_deleted_from_the_reader_pages(client, admin_user):
    client.force_login(admin_user)
    response = client.post("/th/accounts/delete/", {"password": "password", "confirm": "on"})
    assert response["Location"] == "/th/accounts/"
    assert User.objects.filter(pk=admin_user.pk).exists()
