"""
A Thai headline typed into the admin's add form, in a real browser (Debian's
Chromium through Playwright).

Only typing shows what the browser sends: Wagtail's slug field fills itself
from the title on each key, and for a Thai headline it used to send ``-418``
(the address ``/th/technology/-418/``). Here the editor logs in, types a Thai
headline, fills the standfirst and a body paragraph through the StreamField
UI and saves a draft: the slug field stays empty while typing, and the saved
story has its stable, readable address. An add form left open saves nothing.
A screenshot of the form lands in test-artifacts/ (Thai glyphs, not boxes).

Run alone with `pytest -m browser tests/test_slug_browser.py`.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from home.models import HomePage
from news.models import ArticlePage, SectionPage
from tests.admin_helpers import admin_tab

# live_server answers from another thread, so the data must be committed.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
HEADLINE = "ราคาทองคำพุ่ง 418 บาท นักลงทุนแห่ซื้อ"
PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - a throwaway test account
EDIT_URL = re.compile(r"/admin/pages/(\d+)/edit/")


@pytest.fixture
def section(live_server):
    """A Thai home page, its technology section, and an editor whose admin speaks Thai."""
    for cache in caches.all(initialized_only=True):
        cache.clear()
    thai, _ = Locale.objects.get_or_create(language_code="th")
    # A transactional test empties the tables after itself, Wagtail's root page included.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=thai)
    )
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home", locale=thai))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    editor = get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": "th"})
    return home.add_child(instance=SectionPage(title="เทคโนโลยี", slug="technology"))


@pytest.fixture
def editor(browser, live_server, section):
    """A browser tab logged into the admin through its login form."""
    context, tab = admin_tab(browser, live_server, "editor", PASSWORD)
    yield tab
    context.close()


def open_add_form(tab, live_server, section):
    tab.goto(f"{live_server.url}/admin/pages/add/news/articlepage/{section.pk}/")
    tab.locator("#id_title").wait_for()


def add_paragraph(tab, text):
    """Insert a paragraph block through the StreamField UI and type into its editor."""
    with translation.override("th"):
        label = str(ArticlePage.body.field.stream_block.child_blocks["paragraph"].label)
    tab.locator("[data-contentpath=body] button[title]").first.click()
    tab.locator(".w-combobox__option", has_text=label).click()
    paragraph = tab.locator("[data-contentpath=body] [contenteditable=true]").first
    paragraph.click()
    paragraph.press_sequentially(text, delay=10)


def test_a_typed_thai_headline_saves_with_a_stable_readable_address(editor, live_server, section):
    open_add_form(editor, live_server, section)
    editor.locator("#id_title").press_sequentially(HEADLINE, delay=15)
    editor.locator("#id_standfirst").click()  # leaving the title syncs the slug once more
    # Wagtail's own sync made "-418" of it; the slug rule leaves the field empty.
    assert editor.locator("#id_slug").input_value() == ""

    editor.locator("#id_standfirst").press_sequentially("ทองคำแท่งขายออกบาทละ 41,800 บาท")
    add_paragraph(editor, "สมาคมค้าทองคำประกาศราคาเมื่อเช้านี้")
    ARTIFACTS.mkdir(exist_ok=True)
    editor.locator("#id_title").scroll_into_view_if_needed()
    editor.screenshot(path=ARTIFACTS / "admin-add-thai-story.png")
    editor.locator("#page-edit-form .action-save").first.click()
    editor.wait_for_url(EDIT_URL)

    story = ArticlePage.objects.get(pk=EDIT_URL.search(editor.url).group(1))
    assert story.title == HEADLINE
    assert story.slug == f"story-{story.translation_key.hex[:8]}"
    assert story.get_url() == f"/th/technology/{story.slug}/"
    assert editor.locator("#id_slug").input_value() == story.slug


def test_an_abandoned_add_form_leaves_no_draft(editor, live_server, section):
    posts = []
    editor.on(
        "request", lambda request: posts.append(request.url) if request.method == "POST" else None
    )
    open_add_form(editor, live_server, section)
    form_controllers = editor.locator("#page-edit-form").get_attribute("data-controller")
    editor.locator("#id_title").press_sequentially("ข่าวที่ยังเขียนไม่เสร็จ 2569", delay=15)
    editor.locator("#id_standfirst").press_sequentially("ยังไม่")
    # Autosave fires WAGTAIL_AUTOSAVE_INTERVAL (500 ms) after a change; wait well past it.
    editor.wait_for_timeout(3_000)

    assert posts == []
    assert not ArticlePage.objects.exists()
    assert "w-autosave" not in form_controllers.split()
