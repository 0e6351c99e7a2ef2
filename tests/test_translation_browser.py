"""
A translator in wagtail-localize's editor (its React UI, in Debian's Chromium
through Playwright) types the English strings of a Thai story one by one and
presses "Publish in English" with one left: the editor refuses and says how
many remain, and nothing goes live. With the last one typed, publishing works
and the English story shows no Thai.

Run alone with `pytest -m browser tests/test_translation_browser.py`.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from home.models import HomePage
from news.models import ArticlePage, SectionPage
from tests.admin_helpers import admin_tab

# live_server answers from another thread, so the data must be committed.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - a throwaway test account
THAI = re.compile(r"[\u0E00-\u0E7F]")
ENGLISH = {
    "ชาวสวนทุเรียนรับมือภัยแล้ง": "Durian growers prepare for drought",
    "น้ำในอ่างเก็บน้ำเหลือน้อย": "The reservoirs are running low",
    "ต้องรดน้ำทุกเช้า": "We water every morning",
    "สมศรี ใจงาม": "Somsri Jai-ngam",
    "ชาวสวนทุเรียน": "Durian grower",
}
LEFT_FOR_LAST = "ชาวสวนทุเรียน"


@pytest.fixture
def story(live_server):
    """A published Thai story under a section that both languages have."""
    for cache in caches.all(initialized_only=True):
        cache.clear()
    thai, _ = Locale.objects.get_or_create(language_code="th")
    english, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=thai)
    )
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home", locale=thai))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    section = home.add_child(instance=SectionPage(title="ธุรกิจ", slug="business"))
    for page, title in ((home, "Home"), (section, "Business")):
        translated = page.copy_for_translation(english)
        translated.title = title
        translated.save_revision().publish()
    article = section.add_child(
        instance=ArticlePage(
            title="ชาวสวนทุเรียนรับมือภัยแล้ง",
            standfirst="น้ำในอ่างเก็บน้ำเหลือน้อย",
            body=[
                (
                    "pull_quote",
                    {"quote": "ต้องรดน้ำทุกเช้า", "speaker": "สมศรี ใจงาม", "role": LEFT_FOR_LAST},
                )
            ],
        )
    )
    article.save_revision().publish()
    return article


@pytest.fixture
def translator(browser, live_server, story):
    """A tab logged into the admin (in English) by an editor who may translate."""
    editor = get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": "en"})
    context, tab = admin_tab(browser, live_server, "editor", PASSWORD, viewport_height=1000)
    yield tab
    context.close()


def open_translation_editor(tab, live_server, story):
    """Submit the story for translation into English, which opens the translation editor."""
    tab.goto(f"{live_server.url}/admin/localize/submit/page/{story.pk}/")
    tab.get_by_label("English").check()
    tab.locator("input[type=submit][value=Submit]").click()
    tab.get_by_role("button", name="Translate").first.wait_for()


def type_translation(tab, source_text):
    """Click Translate on the segment showing `source_text`, type its English and press Enter."""
    segment = tab.locator("li", has=tab.get_by_text(source_text, exact=True)).last
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").press_sequentially(ENGLISH[source_text], delay=5)
    segment.locator("textarea").press("Enter")
    segment.get_by_role("button", name="Edit").wait_for()


def publish(tab):
    tab.get_by_role("button", name="Publish in English").click()
    tab.wait_for_load_state("networkidle")


def test_a_translator_cannot_publish_until_every_string_is_translated(
    translator, live_server, story
):
    open_translation_editor(translator, live_server, story)
    for source_text in ENGLISH:
        if source_text != LEFT_FOR_LAST:
            type_translation(translator, source_text)

    publish(translator)

    refusal = translator.get_by_text("Not published: 1 text is not translated into English")
    refusal.wait_for()
    english = ArticlePage.objects.get(
        translation_key=story.translation_key, locale__language_code="en"
    )
    assert not english.live

    type_translation(translator, LEFT_FOR_LAST)
    publish(translator)

    translator.get_by_text("Published").first.wait_for()
    english.refresh_from_db()
    assert english.live
    translator.goto(f"{live_server.url}{english.url}")
    article = translator.locator("article.article")
    assert article.locator("h1").inner_text() == "Durian growers prepare for drought"
    assert not THAI.search(article.inner_text()), article.inner_text()
