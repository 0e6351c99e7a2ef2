"""
The newsroom's day in a real browser (Debian's Chromium through Playwright),
typed key by key with the admin's and the readers' JavaScript running.

A reporter (Reporters group, Thai admin) writes a Thai story with every body
block, picks a related story by a Thai word from the middle of its headline,
uploads an image into the root collection and submits it for review; an
editor (Editors group) approves and publishes it, and it is live at
/th/world/story-<key>/; a second story with the same headline in the same
section saves; the editor translates the first into English in
wagtail-localize's editor and publishes it. A reader signs up with a mistake,
reads the error in Thai, fixes it, activates the account from the mail, logs
in from the masthead, comments, and a moderator (Moderators group) publishes
the comment from the admin's queue: it shows on the story. The second test is
the same reader's path in English, on an English translation.

Each step leaves test-artifacts/newsroom-day/<nn>-<step>.png (a failing one
<nn>-<step>-failed.png); .ci/run keeps the folder when the suite fails.

Run alone with `pytest -m browser tests/test_newsroom_day_browser.py`.
"""

import re

import pytest
from wagtail.images import get_image_model
from wagtail.models import Locale

from comments.models import Comment
from news.models import ArticlePage
from tests import newsroom_day_steps as steps

# live_server answers from another thread, so the data must be committed.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

THAI = re.compile(r"[\u0E00-\u0E7F]")
READER_PASSWORD = "a-long-reader-passphrase"  # noqa: S105 - a throwaway test account
RELATED = {"headline": "ราคาทุเรียนส่งออกพุ่ง", "word": "ทุเรียน"}
STORY = {
    "headline": "ชาวนาภาคกลางเร่งเก็บเกี่ยวก่อนน้ำหลาก",
    "standfirst": "กรมชลประทานเตือนน้ำเหนือไหลบ่าภายในสัปดาห์หน้า",
    "paragraph": "ชาวนาในอยุธยาเกี่ยวข้าวทั้งคืนเพื่อหนีน้ำ",
    "heading": "สิ่งที่จะเกิดขึ้นต่อไป",
    "alt_text": "รถเกี่ยวข้าวกลางทุ่งนาสีทอง",
    "quote": "เราต้องเกี่ยวให้เสร็จก่อนวันศุกร์",
    "speaker": "สมศักดิ์ ทองดี",
    "embed_url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    "fact_title": "ตัวเลขสำคัญ",
    "fact": "นาข้าว 1.2 ล้านไร่เสี่ยงน้ำท่วม",
}
ENGLISH = {
    STORY["headline"]: "Central farmers rush the harvest before the floods",
    STORY["standfirst"]: "The irrigation department warns of run-off within a week",
    STORY["paragraph"]: "Farmers in Ayutthaya harvest through the night to beat the water",
    STORY["heading"]: "What happens next",
    STORY["alt_text"]: "A combine harvester in a golden rice field",
    STORY["quote"]: "We must finish before Friday",
    STORY["speaker"]: "Somsak Thongdee",
    STORY["fact_title"]: "Key figures",
    STORY["fact"]: "1.2 million rai of rice at risk of flooding",
}


@pytest.fixture
def newsroom(live_server):
    """The groups and staff, then the Thai and English trees and two stories to relate to."""
    steps.restore_roles()  # before the home pages, which are opened to the groups as made
    return {"people": steps.staff()}


@pytest.fixture
def site(newsroom, live_section, make_live_article):
    english = Locale.objects.get_or_create(language_code="en")[0]
    for page, title in ((live_section.get_parent(), "Home"), (live_section, "World")):
        translated = page.specific.copy_for_translation(english)
        translated.title = title
        translated.save_revision().publish()
    related = make_live_article(RELATED["headline"], "durian-exports")
    make_live_article("ตลาดไทสร้างห้องเย็นแห่งใหม่", "cold-storage")
    return {**newsroom, "section": live_section, "related": related}


@pytest.fixture
def open_day(browser, live_server):
    days = []

    def opener(first):
        days.append(steps.Day(browser, live_server.url, first))
        return days[-1]

    yield opener
    for day in days:
        day.close()


def readers_day(day, story, language, mistake, moderator):
    """
    Sign up with `mistake` (field values that fail, and the error they must
    show in `language`), fix it, activate, log in from the masthead, comment;
    the moderator publishes the comment and a fresh visitor sees it.
    """
    email = f"manee-{language}@example.com"
    name = {"th": "มานี มีนา", "en": "Manee Meena"}[language]
    reader = day.reader_tab()
    with day.step(reader, f"{language}-reader-signs-up-with-a-mistake"):
        steps.open_sign_up_from_masthead(reader, day, story.url, language)
        steps.fill_sign_up(reader, **{"name": name, "email": email, **mistake["fields"]})
        error = steps.in_language(language, mistake["error"]) % mistake.get("params", {})
        reader.locator(".reader-form").get_by_text(error).wait_for()
    with day.step(reader, f"{language}-reader-fixes-it"):
        steps.fill_sign_up(reader, name, email, READER_PASSWORD, READER_PASSWORD)
        reader.wait_for_url(re.compile(rf"/{language}/accounts/sign-up/sent/"))
        steps.activate_from_mail(day, email)
    with day.step(reader, f"{language}-reader-logs-in-from-the-masthead"):
        steps.log_in_from_masthead(reader, day, story.url, email, READER_PASSWORD, language)
    text = {"th": "ขอให้ชาวนาเก็บเกี่ยวทันนะครับ", "en": "Good luck to the farmers."}[language]
    with day.step(reader, f"{language}-reader-comments"):
        steps.comment(reader, text)
    posted = Comment.objects.get(article=story, author__email=email)
    assert posted.status == Comment.Status.PENDING, "a reader's first comment waits"

    admin = day.admin_tab(moderator)
    with day.step(admin, f"{language}-moderator-publishes-the-comment"):
        steps.publish_comment(admin, day, posted.pk)
        steps.wait_until(lambda: Comment.objects.get(pk=posted.pk).status == "approved", admin)
    visitor = day.reader_tab()
    with day.step(visitor, f"{language}-the-comment-shows-on-the-story"):
        day.goto(visitor, story.url)
        shown = visitor.locator("#comments .comment__body")
        shown.wait_for()
        assert shown.inner_text() == text
        assert visitor.locator("#comments .comment__author").inner_text() == name


def assert_every_block_shows(tab, story, related):
    article = tab.locator("article.article")
    assert article.locator("h1").inner_text() == STORY["headline"]
    assert article.get_by_text(STORY["paragraph"]).count() == 1
    assert article.locator("h2", has_text=STORY["heading"]).count() == 1
    assert article.locator(f"img[alt='{STORY['alt_text']}']").count() == 1
    assert article.locator(".pull-quote blockquote").inner_text() == STORY["quote"]
    assert article.locator(f"a[href='{related.url}']", has_text=RELATED["headline"]).count()
    # No embed provider answers offline: the block falls back to a link to the media.
    assert article.locator(f".embed__fallback a[href='{STORY['embed_url']}']").count() == 1
    assert article.locator(".fact-box li").inner_text() == STORY["fact"]


def test_the_thai_newsroom_day(site, open_day, tmp_path):
    day, people, section = open_day(first=1), site["people"], site["section"]
    reporter = day.admin_tab(people["reporter"])
    with day.step(reporter, "reporter-writes-every-block"):
        steps.start_story(reporter, day, section, STORY["headline"], STORY["standfirst"])
        picture = steps.picture_file(tmp_path)
        steps.write_every_block(reporter, STORY, picture, RELATED)
    with day.step(reporter, "reporter-submits-for-review"):
        steps.footer_action(reporter, "button[name=action-submit]")
        found = ArticlePage.objects.filter(title=STORY["headline"])
        steps.wait_until(found.exists, reporter)
    story = found.get()
    assert not story.live and story.workflow_in_progress
    assert get_image_model().objects.get().collection.is_root()

    editor = day.admin_tab(people["editor"])
    with day.step(editor, "editor-approves-and-publishes"):
        steps.approve_and_publish(editor, day, story)
    story.refresh_from_db()
    assert re.fullmatch(r"/th/world/story-[0-9a-f]{8}/", story.url), story.url
    visitor = day.reader_tab()
    with day.step(visitor, "story-is-live-with-every-block"):
        day.goto(visitor, story.url)
        assert_every_block_shows(visitor, story, site["related"])

    with day.step(reporter, "second-story-with-the-same-headline-saves"):
        steps.start_story(reporter, day, section, STORY["headline"], "เกษตรกรอีกกลุ่มรอน้ำลด")
        steps.write_paragraph(reporter, "อีกเรื่องหนึ่งที่พาดหัวเหมือนกัน")
        steps.footer_action(reporter, "button.action-save")
        second = ArticlePage.objects.get(pk=steps.saved_story_id(reporter))
    assert second.title == story.title and second.get_parent().pk == section.pk
    assert re.fullmatch(r"story-[0-9a-f]{8}", second.slug) and second.slug != story.slug

    with day.step(editor, "editor-translates-into-english"):
        steps.translate_into_english(editor, day, story, ENGLISH)
    with day.step(editor, "editor-publishes-the-english-story"):
        english = steps.publish_translation(editor, story)
    assert english.url == f"/en/world/{story.slug}/"
    with day.step(visitor, "english-story-is-live"):
        day.goto(visitor, english.url)
        article = visitor.locator("article.article")
        assert article.locator("h1").inner_text() == ENGLISH[STORY["headline"]]
        assert not THAI.search(article.inner_text()), article.inner_text()

    mismatch = {"password": READER_PASSWORD, "again": READER_PASSWORD + "!"}
    mistake = {"fields": mismatch, "error": "The two passwords are not the same."}
    readers_day(day, story, "th", mistake, people["moderator"])


def test_the_english_readers_day(site, open_day, make_live_article):
    day = open_day(first=51)
    story = make_live_article(STORY["headline"], "harvest", standfirst=STORY["standfirst"])
    english = story.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = ENGLISH[STORY["headline"]]
    english.standfirst = ENGLISH[STORY["standfirst"]]
    english.save_revision().publish()
    english = ArticlePage.objects.get(pk=english.pk)

    too_short = {"name": "M", "password": READER_PASSWORD, "again": READER_PASSWORD}
    error = "A display name needs at least %(limit_value)d characters."
    mistake = {"fields": too_short, "error": error, "params": {"limit_value": 2}}
    readers_day(day, english, "en", mistake, site["people"]["moderator"])
