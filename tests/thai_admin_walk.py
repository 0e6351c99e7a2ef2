"""
The Thai admin walk's tools (tests/test_thai_admin_browser.py and
tests/test_thai_admin_review_browser.py): what counts as English interface
text, a `Walk` that reads every screen it visits, Thai editors' browser tabs,
and Thai content for every screen. Registered by tests/conftest.py.
"""

import json
import re
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Locale, Workflow, WorkflowPage, WorkflowTask
from wagtail.users.models import UserProfile

from comments.models import Comment
from tests.readers import make_reader

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
# Rows Wagtail's own migrations make, in English, which an administrator renames
# like any data: the welcome page (seen in the site history) and the retired
# "Moderators approval" workflow and task. Only seen when no earlier
# transactional test has flushed them. (The newsroom's workflow and task are
# named in Thai: newsroom/roles.py.)
MIGRATION_DATA = ["Welcome to your new Wagtail site!", "Moderators approval"]
THAI = re.compile(r"[\u0E00-\u0E7F]")
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
    if (!text || !el || el.closest('script, style, noscript, template, textarea, iframe')) continue;
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


def english_in(texts, content=CONTENT):
    """The texts that still hold a Latin word outside content and the allow-list."""
    found = []
    for text in texts:
        rest = text
        for value in content:
            rest = rest.replace(value, " ")
        rest = NON_WORDS.sub(" ", rest)
        if any(word not in ALLOWED_LATIN for word in LATIN_WORD.findall(rest)):
            found.append(text)
    return found


class Walk:
    """Visits screens and keeps every English interface string it meets."""

    def __init__(self, tab, base_url, content=()):
        self.tab = tab
        self.base_url = base_url
        self.content = [*CONTENT, *content]
        self.english = {}

    def look(self, screen):
        self.tab.wait_for_load_state("networkidle")
        settle(self.tab)
        texts = self.tab.evaluate(COLLECT_VISIBLE_TEXT)
        # A blank or half-loaded screen would pass for an all-Thai one.
        assert any(THAI.search(text) for text in texts), f"{screen}: no Thai text at all"
        for text in english_in(texts, self.content):
            screens = self.english.setdefault(text, [])
            if screen not in screens:
                screens.append(screen)
        return texts

    def assert_all_thai(self):
        """Fails with each English string once, and the screens it was seen on:
        a menu item shows on every screen, and is one string to translate."""
        assert not self.english, json.dumps(self.english, ensure_ascii=False, indent=1)

    def visit(self, screen, path):
        response = self.tab.goto(f"{self.base_url}{path}")
        # A Thai error page would pass for a Thai screen.
        assert response.ok, f"{screen}: {path} answered {response.status}"
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


def _readers_comments(story):
    """A published comment and one held for review, by a Thai reader: the
    moderation screens then show their row actions, statuses and reasons."""
    reader = make_reader(name="สมชาย ใจเย็น")
    Comment.objects.create(
        article=story, author=reader, body="ราคานี้ชาวสวนได้จริงหรือ", status="approved"
    )
    return Comment.objects.create(
        article=story, author=reader, body="ดูเพิ่มที่เว็บของผม", held_because="new_reader,link"
    )


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
    story = make_live_article("ราคาทุเรียนส่งออกพุ่ง", "durian-prices")
    return {
        "story": story,
        "comment": _readers_comments(story),
        "draft": draft,
        "image": make_image(title="แม่น้ำเจ้าพระยายามเช้า"),
        "author": make_author(name="อนันยา สุขใจ", role="ผู้สื่อข่าวเศรษฐกิจ"),
        "section": live_section,
    }


def settle(tab, timeout_ms=30_000):
    """Wait until the tab's own requests (block previews the picker loads,
    thumbnails) have finished: the test database is SQLite, whose tables a
    writing request locks against the next one (a 503 from the live server)."""
    for _ in range(timeout_ms // 100):
        if not tab.in_flight:
            return
        tab.wait_for_timeout(100)


@contextmanager
def thai_admin_tab(browser, base_url, username, password):
    """A Thai browser profile logged into the admin through its login form."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="th-TH")
    # Generous: the test machine is shared and often loaded.
    context.set_default_timeout(30_000)
    context.set_default_navigation_timeout(60_000)
    tab = context.new_page()
    tab.in_flight = set()
    tab.on("request", lambda request: tab.in_flight.add(request))
    for done in ("requestfinished", "requestfailed"):
        tab.on(done, lambda request: tab.in_flight.discard(request))
    tab.goto(f"{base_url}/admin/login/")
    tab.locator("input[name=username]").fill(username)
    tab.locator("input[name=password]").fill(password)
    tab.locator("input[name=password]").press("Enter")
    tab.wait_for_url(f"{base_url}/admin/")
    yield tab
    # Nothing may reach the server once the test is over: the editor's beacon
    # on unload (Wagtail releasing the editing session) would race the flush.
    context.route("**/*", lambda route: route.abort())
    tab.goto("about:blank")
    context.close()


@pytest.fixture
def walk(browser, live_server, thai_editor):
    with thai_admin_tab(browser, live_server.url, thai_editor.username, "pw") as tab:
        yield Walk(tab, live_server.url, MIGRATION_DATA)


def footer_action(tab, selector):
    """Click an action of the editor's footer menu, opening the menu if needed."""
    action = tab.locator(f"footer {selector}").first
    if not action.is_visible():
        tab.locator("footer [data-w-dropdown-target=toggle]").last.click()
    action.click()
