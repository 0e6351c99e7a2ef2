"""
"Sync translated pages" with "Publish immediately" publishes only complete
translations (localization/translation_sync.py): an English story whose Thai
source got a new paragraph stays as readers know it, and the editor is told.

Translations are made live by wagtail-localize when the transaction commits,
so syncs run inside django_capture_on_commit_callbacks.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation

from news.models import ArticlePage
from newsroom.roles import EDITORS

pytestmark = pytest.mark.django_db

THAI = re.compile(r"[\u0E00-\u0E7F]")
FIRST_PARAGRAPH = "<p>น้ำท่วมเชียงใหม่</p>"
NEW_PARAGRAPH = "<p>ฝนตกหนักอีกครั้ง</p>"
ENGLISH = {
    "น้ำท่วมเชียงใหม่": "Chiang Mai floods",
    "ฝนตกหนักอีกครั้ง": "Heavy rain again",
    "ข่าวน้ำท่วม": "Flood news",
    "น้ำขึ้นสูง": "The water is rising",
}
HELD_BACK = (
    "1 translation was not published because it is incomplete. "
    "1 text is not translated into English yet. Its new texts wait in the "
    "translation editor: translate them, then publish there."
)


@pytest.fixture
def editor(home):
    user = get_user_model().objects.create_user("ananya", "ananya@example.com", "pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def thai_story(make_article, english_section):
    english_section.title = "World"  # the shared fixture copies the Thai title
    english_section.save_revision().publish()
    return make_article(
        title="ข่าวน้ำท่วม",
        standfirst="น้ำขึ้นสูง",
        body=[("paragraph", FIRST_PARAGRAPH)],
    )


def translate_what_is_new(translation):
    """The translator's work: an English text for every string that has none yet."""
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": ENGLISH[segment.string.data]},
        )


def sync(client, translation, **form):
    return client.post(f"/admin/localize/update/{translation.source.pk}/", form)


def english_story(thai_story, locale_en):
    return ArticlePage.objects.get(translation_key=thai_story.translation_key, locale=locale_en)


@pytest.fixture
def published_translation(editor, thai_story, locale_en, django_capture_on_commit_callbacks):
    """The English story, translated in full and live."""
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            f"/admin/localize/submit/page/{thai_story.pk}/", {"locales": [locale_en.pk]}
        )
        assert response.status_code == 302
        translation = Translation.objects.get(
            source__object_id=thai_story.translation_key, target_locale=locale_en
        )
        translate_what_is_new(translation)
        sync(editor, translation, publish_translations="on")
    assert english_story(thai_story, locale_en).live
    return translation


def add_thai_paragraph(thai_story):
    thai_story.body.append(("paragraph", NEW_PARAGRAPH))
    thai_story.save_revision().publish()


def story_text(client, soup, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return soup(response).select_one("article.article").get_text(" ", strip=True)


def warnings(response):
    return [m.message for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def test_an_incomplete_translation_is_synced_but_not_published(
    editor, client, soup, thai_story, locale_en, published_translation,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    add_thai_paragraph(thai_story)

    with django_capture_on_commit_callbacks(execute=True):
        response = sync(editor, published_translation, publish_translations="on")

    assert response.status_code == 302
    text = story_text(client, soup, english_story(thai_story, locale_en))
    assert "Chiang Mai floods" in text
    assert not THAI.search(text), text
    assert warnings(response) == [HELD_BACK]
    # The sync happened: the new paragraph waits in the translation editor.
    strings = published_translation.source.stringsegment_set.values_list("string__data", flat=True)
    assert "ฝนตกหนักอีกครั้ง" in set(strings)


def test_once_translated_in_full_the_next_sync_publishes(
    editor, client, soup, thai_story, locale_en, published_translation,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    add_thai_paragraph(thai_story)
    with django_capture_on_commit_callbacks(execute=True):
        held_back = sync(editor, published_translation, publish_translations="on")
    assert "ฝนตกหนักอีกครั้ง" not in story_text(client, soup, english_story(thai_story, locale_en))
    assert warnings(editor.get(held_back["Location"])) == [HELD_BACK]  # read, so shown once

    translate_what_is_new(published_translation)
    with django_capture_on_commit_callbacks(execute=True):
        response = sync(editor, published_translation, publish_translations="on")

    assert warnings(response) == []
    text = story_text(client, soup, english_story(thai_story, locale_en))
    assert "Heavy rain again" in text
    assert not THAI.search(text), text


def test_without_publish_immediately_nothing_goes_live(
    editor, thai_story, locale_en, published_translation, django_capture_on_commit_callbacks
):
    """Unchanged behaviour: a sync without the box ticked publishes nothing, even complete."""
    english_story(thai_story, locale_en).unpublish()

    with django_capture_on_commit_callbacks(execute=True):
        response = sync(editor, published_translation)

    assert response.status_code == 302
    assert warnings(response) == []
    assert not english_story(thai_story, locale_en).live


def test_the_sync_form_says_what_publish_immediately_does(editor, soup, published_translation):
    page = soup(editor.get(f"/admin/localize/update/{published_translation.source.pk}/"))
    checkbox = page.select_one("input[name=publish_translations]")
    help_text = checkbox.find_parent("div").find_next("p", class_="help").get_text(strip=True)
    assert help_text.startswith("Apply the updates and publish the translations that are complete.")
