"""
Translations go live only when complete, through wagtail-localize's own
admin flow: submit a Thai story for translation, translate its strings through
the editor's API, press publish (the editor's POST). Also: language-neutral
fields (the slug) are no segments, tags are the page language's own, and an
overridden embed address must be an address.
"""

import re

import pytest
from django.contrib.messages import get_messages
from django.test import TestCase
from django.test.client import encode_multipart
from wagtail.users.models import UserProfile
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from news.models import ArticlePage
from news.tags import ArticleTag

THAI = re.compile(r"[\u0E00-\u0E7F]")
BOUNDARY = "translation-test-boundary"
EMBED_URL = "https://www.youtube.com/watch?v=thai-clip"

ENGLISH = {
    "ตลาดน้ำดำเนินสะดวกคึกคัก": "Damnoen Saduak floating market is busy",
    "นักท่องเที่ยวกลับมาแล้ว": "The tourists are back",
    "ขายดีทุกวัน": "Sales are good every day",
    "สมใจ แม่ค้า": "Somjai, a vendor",
    "แม่ค้าผลไม้": "Fruit seller",
    "คลิปจากตลาด": "A clip from the market",
}


@pytest.fixture
def admin_speaks_english(admin_user):
    UserProfile.objects.update_or_create(user=admin_user, defaults={"preferred_language": "en"})


@pytest.fixture
def thai_story(make_article, english_section):
    english_section.title = "World"  # the shared fixture copies the Thai title
    english_section.save_revision().publish()
    article = make_article(
        title="ตลาดน้ำดำเนินสะดวกคึกคัก",
        slug="story-1a2b3c4d",
        standfirst="นักท่องเที่ยวกลับมาแล้ว",
        body=[
            ("pull_quote", {"quote": "ขายดีทุกวัน", "speaker": "สมใจ แม่ค้า", "role": "แม่ค้าผลไม้"}),
            ("embed", {"url": EMBED_URL, "caption": "คลิปจากตลาด"}),
        ],
    )
    article.tags.add("ตลาดน้ำ", "ท่องเที่ยว")
    article.save_revision().publish()
    return article


def submit(admin_client, page, locale):
    """Submit for translation, committing as the admin does (where a copy used to go live)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(
            f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]}
        )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def put(admin_client, url, value):
    body = encode_multipart(BOUNDARY, {"value": value})
    return admin_client.put(url, body, content_type=f"multipart/form-data; boundary={BOUNDARY}")


def translate(admin_client, translation, keep_thai=()):
    """Type an English translation of every string but those in `keep_thai`, as the editor does."""
    for segment in translation.source.stringsegment_set.select_related("string"):
        if segment.string.data in keep_thai:
            continue
        url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
        assert put(admin_client, url, ENGLISH[segment.string.data]).status_code in (200, 201)


def publish(admin_client, page):
    return admin_client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})


def english_page(thai_story, locale_en):
    return ArticlePage.objects.get(translation_key=thai_story.translation_key, locale=locale_en)


def error_messages(response):
    return [m.message for m in get_messages(response.wsgi_request) if m.level_tag == "error"]


@pytest.mark.usefixtures("admin_speaks_english")
def test_publishing_with_untranslated_strings_is_refused_with_the_count(
    admin_client, thai_story, locale_en, django_capture_on_commit_callbacks
):
    translation = submit(admin_client, thai_story, locale_en)
    translate(admin_client, translation, keep_thai={"ขายดีทุกวัน", "สมใจ แม่ค้า"})

    with django_capture_on_commit_callbacks(execute=True):
        response = publish(admin_client, english_page(thai_story, locale_en))

    assert response.status_code == 302
    assert error_messages(response) == [
        "Not published: 2 texts are not translated into English yet. "
        "Complete the translation, then publish again."
    ]
    english = english_page(thai_story, locale_en)
    assert not english.live and english.live_revision is None


@pytest.mark.usefixtures("admin_speaks_english")
def test_a_complete_translation_goes_live_without_thai_in_the_story(
    admin_client, client, soup, thai_story, locale_en, django_capture_on_commit_callbacks
):
    translation = submit(admin_client, thai_story, locale_en)
    translate(admin_client, translation)

    with django_capture_on_commit_callbacks(execute=True):
        response = publish(admin_client, english_page(thai_story, locale_en))

    assert error_messages(response) == []
    english = english_page(thai_story, locale_en)
    assert english.live
    article = soup(client.get(english.url)).select_one("article.article")
    assert article.h1.get_text(strip=True) == "Damnoen Saduak floating market is busy"
    assert not THAI.search(article.get_text()), article.get_text()


def test_language_neutral_fields_are_not_segments(
    admin_client, thai_story, make_section, locale_en
):
    for page in (thai_story, make_section(title="ธุรกิจ", slug="business")):
        source = submit(admin_client, page, locale_en).source
        string_paths = set(source.stringsegment_set.values_list("context__path", flat=True))
        overridable = set(source.overridablesegment_set.values_list("context__path", flat=True))
        assert "title" in string_paths
        assert not {"slug", "display_date", "tags"} & (string_paths | overridable)


def test_a_translation_keeps_the_source_slug(
    admin_client, thai_story, locale_en, django_capture_on_commit_callbacks
):
    translation = submit(admin_client, thai_story, locale_en)
    translate(admin_client, translation)
    with django_capture_on_commit_callbacks(execute=True):
        publish(admin_client, english_page(thai_story, locale_en))
    assert english_page(thai_story, locale_en).url == "/en/world/story-1a2b3c4d/"


def test_an_english_page_shows_the_english_names_of_its_tags(
    admin_client, client, soup, thai_story, locale_en, django_capture_on_commit_callbacks
):
    floating_market = ArticleTag.objects.get(name="ตลาดน้ำ").copy_for_translation(locale_en)
    floating_market.name = "Floating markets"
    floating_market.save()
    # Submitted for translation but not translated yet: a copy with the Thai name.
    ArticleTag.objects.get(name="ท่องเที่ยว").copy_for_translation(locale_en).save()
    translation = submit(admin_client, thai_story, locale_en)
    translate(admin_client, translation)
    with django_capture_on_commit_callbacks(execute=True):
        publish(admin_client, english_page(thai_story, locale_en))

    english = english_page(thai_story, locale_en)
    chips = soup(client.get(english.url)).select("a[rel=tag]")
    # ท่องเที่ยว has no English name yet: it is left off, not shown in Thai.
    assert [chip.get_text() for chip in chips] == ["Floating markets"]
    assert client.get(chips[0]["href"]).status_code == 200
    assert chips[0]["href"] == "/en/tags/Floating%20markets/"
    assert [tag.name for tag in thai_story.tags.all()] == ["ตลาดน้ำ", "ท่องเที่ยว"]


def test_the_same_tag_name_can_be_used_in_both_languages(make_article, english_section):
    thai = make_article(title="ข่าวเอไอ")
    english = make_article(title="AI news", parent=english_section)
    thai.tags.add("AI")
    english.tags.add("AI")
    assert ArticleTag.objects.filter(name="AI").count() == 2
    assert english.tags.get().locale_id == english.locale_id


def embed_url_segment(translation):
    return OverridableSegment.objects.get(source=translation.source, context__path__endswith=".url")


@pytest.mark.usefixtures("admin_speaks_english")
def test_an_embed_url_override_must_be_a_url(
    admin_client, thai_story, locale_en, django_capture_on_commit_callbacks
):
    translation = submit(admin_client, thai_story, locale_en)
    translate(admin_client, translation)
    url = (
        f"/admin/localize/translate/{translation.pk}/overrides/"
        f"{embed_url_segment(translation).pk}/edit/"
    )

    refused = put(admin_client, url, "see the Thai clip")

    assert refused.json()["error"] == (
        "“see the Thai clip” is not a web address. Enter a full address starting with "
        "https://, or revert to the original."
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = publish(admin_client, english_page(thai_story, locale_en))
    assert error_messages(response) == [
        "Not published: 1 value has an error. Complete the translation, then publish again."
    ]

    accepted = put(admin_client, url, "https://www.youtube.com/watch?v=english-clip")

    assert accepted.json()["error"] is None
    assert not SegmentOverride.objects.get(locale=locale_en).has_error
    with django_capture_on_commit_callbacks(execute=True):
        publish(admin_client, english_page(thai_story, locale_en))
    english = english_page(thai_story, locale_en)
    assert english.live
    embed = next(block for block in english.body if block.block_type == "embed")
    assert embed.value["url"] == "https://www.youtube.com/watch?v=english-clip"
