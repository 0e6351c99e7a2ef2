"""
Text hygiene for names and comments (issue 14, item 9): NFKC with Thai kept
as typed, bidi controls and zero-width characters removed, empty after
cleaning refused, display names unique whatever the case, and staff shown by
their public name, never their login name.
"""

import pytest
from django.contrib.auth import get_user_model

from accounts.models import ReaderProfile, display_name_for
from comments.models import Comment
from localization.text_hygiene import clean_name, clean_text
from tests.comments_helpers import post_comment
from tests.readers import PASSWORD

User = get_user_model()

THAI_NAMES = ["น้ำฝน ใจดี", "ผู้ใหญ่บ้าน", "สมศักดิ์ ก้าวหน้า", "เจ้าชายน้อย", "ฤๅษี", "ไข่มุก"]


@pytest.mark.parametrize("name", THAI_NAMES)
def test_thai_survives_as_typed(name):
    assert clean_name(name) == name
    assert clean_text(f"{name}\nบรรทัดที่สอง") == f"{name}\nบรรทัดที่สอง"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("\u202eevil", "evil"),  # right-to-left override
        ("ma\u200bnee", "manee"),  # zero-width space
        ("\u2066ดาว\u2069", "ดาว"),  # bidi isolates
        ("\ufeffนก\u00ad", "นก"),  # BOM, soft hyphen
        ("ｍａｎｅｅ", "manee"),  # full-width forms
        ("a\u200db", "ab"),  # a joiner between letters
        ("\u3164\u3164", ""),  # Hangul fillers draw nothing
        ("สม  \t ชาย", "สม ชาย"),
    ],
)
def test_names_lose_invisible_characters_and_compatibility_forms(typed, kept):
    assert clean_name(typed) == kept


def test_emoji_sequences_keep_their_joiners():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_text(f"ครอบครัว {family}") == f"ครอบครัว {family}"


# --- Forms -------------------------------------------------------------------------------


def sign_up(client, name, email="new@example.com"):
    data = {"display_name": name, "email": email, "password1": PASSWORD, "password2": PASSWORD}
    return client.post("/th/accounts/sign-up/", data)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["\u202e\u202e", "\u200b\u200b\u200b", "\u200b ก\u200b"])
def test_a_name_that_is_empty_or_too_short_after_cleaning_is_refused(client, home, name):
    assert sign_up(client, name).status_code == 400
    assert not User.objects.exists()


@pytest.mark.django_db
def test_a_name_is_stored_cleaned(client, home):
    assert sign_up(client, "\u202eมา\u200bนี").status_code == 302
    assert ReaderProfile.objects.get().display_name == "มานี"


@pytest.mark.django_db
@pytest.mark.parametrize("copy", ["Manee", "MANEE", "ｍａｎｅｅ", "ma\u200bnee", " manee "])
def test_a_display_name_copying_another_readers_is_refused(client, home, reader, copy):
    reader.reader_profile.display_name = "manee"
    reader.reader_profile.save()
    response = sign_up(client, copy)
    assert response.status_code == 400
    assert b"Another reader" in response.content or "ผู้อ่าน".encode() in response.content
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_a_reader_may_keep_their_own_name_in_another_case(reader_client, reader):
    response = reader_client.post("/th/accounts/", {"display_name": "สมชาย"})
    assert response.status_code == 302
    other = User.objects.create_user(username="x@example.com", password=PASSWORD)
    ReaderProfile.objects.create(user=other, display_name="Somchai")
    assert reader_client.post("/th/accounts/", {"display_name": "SOMCHAI"}).status_code == 400


@pytest.mark.django_db
@pytest.mark.usefixtures("comment_rules")
@pytest.mark.parametrize("body", ["\u200b\u200b\u200b", "\u202e\u2066\u2069", "\ufeff \u200d"])
def test_a_comment_of_invisible_characters_is_refused(reader_client, article, body):
    response = post_comment(reader_client, article, body)
    assert response.status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("comment_rules")
def test_a_comment_is_stored_cleaned_with_its_thai_intact(reader_client, article):
    post_comment(reader_client, article, "น้ำ\u200bท่วม\u202e หนักมาก")
    assert Comment.objects.get().body == "น้ำท่วม หนักมาก"


@pytest.mark.django_db
@pytest.mark.usefixtures("comment_rules")
def test_staff_comment_under_their_public_name_not_their_login(client, article):
    editor = User.objects.create_user(username="editor-login", password=PASSWORD, is_staff=True)
    assert display_name_for(editor) != "editor-login"
    client.force_login(editor)
    post_comment(client, article, "ขอบคุณที่ติดตามข่าว")
    shown = client.get(f"/th/comments/{article.pk}/").content.decode()
    assert "editor-login" not in shown


@pytest.mark.django_db
def test_staff_with_a_full_name_are_shown_by_it():
    editor = User.objects.create_user(
        username="wipa", first_name="วิภา", last_name="ศรีสุข", is_staff=True
    )
    assert display_name_for(editor) == "วิภา ศรีสุข"
