"""
The steps of tests/test_newsroom_day_browser.py: the newsroom's staff and
page tree, a screenshot per step, and what each person does in the browser.

The admin is driven with its own JavaScript (block picker, choosers, the
footer's action menu, wagtail-localize's React editor), the public pages with
the readers' (the comments thread, the masthead link). Selectors lean on
names and data attributes rather than words, so the Thai admin is driven the
same way as the English one; the words a person reads are asserted in their
language.
"""

import importlib
import io
import re
from contextlib import contextmanager, suppress
from pathlib import Path

from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from news.models import ArticlePage
from newsroom.roles import (
    EDITORS,
    MODERATORS,
    REPORTERS,
    set_up_collection_permissions,
    set_up_roles,
)

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "newsroom-day"
STAFF_PASSWORD = "a-long-staff-passphrase"  # noqa: S105 - throwaway test accounts
STEP_TIMEOUT = 30_000  # ms: the machine is shared and slow
# Headless Chromium says "HeadlessChrome", which the view counter takes for a bot.
READER_BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36"
)
ACTIVATION_LINK = re.compile(r"https?://\S+?(/\w\w/accounts/activate/\S+/)")


# --- The newsroom behind the pages -------------------------------------------------------------


def restore_roles():
    """
    The groups, their permissions and the review workflow, as the migrations
    make them: the flush after an earlier transactional test emptied them.
    """
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    set_up_roles(django_apps)
    set_up_collection_permissions(django_apps)
    # The comments app's migration names the permissions; its function edits app configs.
    comments_migration = importlib.import_module("comments.migrations.0002_moderators_group")
    moderators = Group.objects.get(name=MODERATORS)
    moderators.permissions.set(
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, _model, codename in comments_migration.PERMISSIONS
    )


def make_staff(username, group_name, admin_language):
    """A member of one newsroom group (no superuser), with the admin in their language."""
    user = get_user_model().objects.create_user(username, f"{username}@example.com", STAFF_PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": admin_language})
    return user


def staff():
    return {
        "reporter": make_staff("somchai", REPORTERS, "th"),
        "editor": make_staff("ananya", EDITORS, "en"),
        "moderator": make_staff("pranee", MODERATORS, "th"),
    }


def picture_file(folder):
    """A small PNG the reporter uploads, as a file on disk for the file input."""
    path = folder / "harvest.png"
    buffer = io.BytesIO()
    PillowImage.new("RGB", (960, 540), (200, 160, 40)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def in_language(language, text):
    with translation.override(language):
        return translation.gettext(text)


def block_label(name):
    """The Thai admin's name of a body block, as its picker lists it."""
    with translation.override("th"):
        return str(ArticlePage.body.field.stream_block.child_blocks[name].label)


# --- Screenshots and tabs ----------------------------------------------------------------------


class Day:
    """
    The browser profiles of the day's people and the screenshots of its
    steps: test-artifacts/newsroom-day/<nn>-<step>.png, numbered from `first`
    so the Thai and the English day keep their own files. A failing step
    leaves <nn>-<step>-failed.png of the tab it failed in.
    """

    def __init__(self, browser, base_url, first):
        self.browser = browser
        self.base_url = base_url
        self.number = first - 1
        self.contexts = []
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for old in ARTIFACTS.glob("[0-9][0-9]-*.png"):
            if first <= int(old.name[:2]) < first + 50:  # this day's files from an earlier run
                old.unlink()

    def tab(self, **options):
        context = self.browser.new_context(viewport={"width": 1280, "height": 1000}, **options)
        context.set_default_timeout(STEP_TIMEOUT)
        context.set_default_navigation_timeout(STEP_TIMEOUT * 2)
        own_site = re.compile(rf"^{re.escape(self.base_url)}/")
        context.route(lambda url: not own_site.match(url), lambda route: route.abort())
        self.contexts.append(context)
        return context.new_page()

    def reader_tab(self):
        return self.tab(user_agent=READER_BROWSER)

    def admin_tab(self, user):
        tab = self.tab()
        tab.goto(f"{self.base_url}/admin/login/")
        tab.locator("input[name=username]").fill(user.username)
        tab.locator("input[name=password]").fill(STAFF_PASSWORD)
        tab.locator("input[name=password]").press("Enter")
        tab.wait_for_url(f"{self.base_url}/admin/")
        return tab

    def goto(self, tab, path):
        tab.goto(f"{self.base_url}{path}")

    @contextmanager
    def step(self, tab, name):
        self.number += 1
        stem = f"{self.number:02d}-{name}"
        try:
            yield
        except Exception:
            with suppress(Exception):  # a dead tab must not hide the step's own error
                tab.screenshot(path=ARTIFACTS / f"{stem}-failed.png", full_page=True)
            raise
        tab.screenshot(path=ARTIFACTS / f"{stem}.png", full_page=True)

    def close(self):
        for context in self.contexts:
            context.close()


def footer_action(tab, selector):
    """Click an action of the page editor's footer menu, opening the menu when it is folded."""
    action = tab.locator(f"footer {selector}").first
    if not action.is_visible():
        tab.locator("footer [data-w-dropdown-target=toggle]").last.click()
    action.click()


def wait_until(condition, tab, tries=60):
    """Poll the database while the live server finishes a request the tab started."""
    for _ in range(tries):
        if condition():
            return
        tab.wait_for_timeout(500)
    raise AssertionError("the server never got there")


def activation_path(address):
    """The path of the activation link last mailed to `address`."""
    message = [m for m in mail.outbox if address in m.to][-1]
    return ACTIVATION_LINK.search(message.body).group(1)


# --- The reporter ------------------------------------------------------------------------------


def add_block(tab, name):
    """Append a body block through the block picker (the last "+" of the body)."""
    body = tab.locator("[data-contentpath=body]")
    body.locator("button.c-sf-add-button").last.click()
    tab.locator(".w-combobox").get_by_text(block_label(name), exact=True).click()


def type_into(tab, field_name, text):
    tab.locator(f"[name='{field_name}']").press_sequentially(text, delay=5)


def start_story(tab, day, section, headline, standfirst):
    """The add form of a story in `section`, the headline and standfirst typed."""
    day.goto(tab, f"/admin/pages/add/news/articlepage/{section.pk}/")
    tab.locator("#id_title").press_sequentially(headline, delay=10)
    tab.locator("#id_standfirst").press_sequentially(standfirst, delay=5)


def write_paragraph(tab, text):
    add_block(tab, "paragraph")
    paragraph = tab.locator("[data-contentpath=body] [contenteditable=true]").last
    paragraph.click()
    paragraph.press_sequentially(text, delay=5)


def attach_uploaded_image(tab, index, picture, alt_text):
    """An image block whose picture the reporter uploads from the chooser's upload tab."""
    add_block(tab, "image")
    tab.locator(f"#body-{index}-value-image-chooser [data-chooser-action-choose]").click()
    modal = tab.locator(".modal-dialog")
    modal.locator("#tab-label-upload").click()
    modal.locator("input[type=file]").set_input_files(str(picture))
    # The chooser fills the title from the file name; the reporter gives it a Thai one.
    modal.locator("[data-chooser-modal-creation-form] input[name$=title]").fill(alt_text)
    modal.locator("[data-chooser-modal-creation-form] button[type=submit]").click()
    modal.wait_for(state="hidden")
    type_into(tab, f"body-{index}-value-alt_text", alt_text)


def pick_related_story(tab, index, word, headline):
    """A related-story block, its story found in the page chooser by a word inside its headline."""
    add_block(tab, "related_story")
    tab.locator(f"#body-{index}-value-article-chooser [data-chooser-action-choose]").click()
    modal = tab.locator(".modal-dialog")
    search_box = modal.locator("input[name=q]")
    modal.get_by_role("link", name=headline).wait_for()  # the chooser has opened on the section
    search_box.press_sequentially(word, delay=40)
    assert search_box.input_value() == word
    modal.get_by_role("link", name=headline).click()
    modal.wait_for(state="hidden")
    chosen = tab.locator(f"#body-{index}-value-article-chooser [data-chooser-title]")
    assert chosen.inner_text() == headline


def write_every_block(tab, story, picture, related):
    """Paragraph, heading, image, pull quote, related story, embed and fact box, in that order."""
    write_paragraph(tab, story["paragraph"])
    add_block(tab, "heading")
    type_into(tab, "body-1-value-text", story["heading"])
    attach_uploaded_image(tab, 2, picture, story["alt_text"])
    add_block(tab, "pull_quote")
    type_into(tab, "body-3-value-quote", story["quote"])
    type_into(tab, "body-3-value-speaker", story["speaker"])
    assert tab.locator("[name='body-3-value-speaker']").input_value() == story["speaker"]
    pick_related_story(tab, 4, related["word"], related["headline"])
    add_block(tab, "embed")
    type_into(tab, "body-5-value-url", story["embed_url"])
    add_block(tab, "fact_box")
    type_into(tab, "body-6-value-title", story["fact_title"])
    type_into(tab, "body-6-value-facts-0-value", story["fact"])


def saved_story_id(tab):
    """The id of the page the editor form now edits (after a save of the add form)."""
    tab.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    return int(re.search(r"/admin/pages/(\d+)/edit/", tab.url).group(1))


# --- The editor --------------------------------------------------------------------------------


def approve_and_publish(tab, day, story):
    day.goto(tab, f"/admin/pages/{story.pk}/edit/")
    footer_action(tab, "[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    wait_until(lambda: ArticlePage.objects.get(pk=story.pk).live, tab)


def translate_into_english(tab, day, story, english):
    """Submit the story for English and type each of its texts in wagtail-localize's editor."""
    day.goto(tab, f"/admin/localize/submit/page/{story.pk}/")
    tab.get_by_label("English").check()
    tab.locator("input[type=submit]").click()
    tab.get_by_role("button", name="Translate").first.wait_for()
    for source_text, translated in english.items():
        segment = tab.locator("li", has=tab.get_by_text(source_text, exact=True)).last
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").press_sequentially(translated, delay=5)
        segment.locator("textarea").press("Enter")
        segment.get_by_role("button", name="Edit").wait_for()


def publish_translation(tab, story):
    tab.get_by_role("button", name="Publish in English").click()
    english = ArticlePage.objects.filter(
        translation_key=story.translation_key, locale__language_code="en"
    )
    wait_until(lambda: english.filter(live=True).exists(), tab)
    return english.get()


# --- The reader and the moderator --------------------------------------------------------------


def open_sign_up_from_masthead(tab, day, story_url, language):
    day.goto(tab, story_url)
    tab.locator(".masthead a[data-account-link]").click()
    tab.wait_for_url(re.compile(rf"/{language}/accounts/login/"))
    tab.locator(f"a[href^='/{language}/accounts/sign-up/']").click()
    tab.wait_for_url(re.compile(rf"/{language}/accounts/sign-up/"))


def fill_sign_up(tab, name, email, password, again):
    tab.locator("#id_display_name").fill(name)
    tab.locator("#id_email").fill(email)
    tab.locator("#id_password1").fill(password)
    tab.locator("#id_password2").fill(again)
    tab.locator("form.reader-form button[type=submit]").click()
    tab.wait_for_load_state()


def activate_from_mail(day, email):
    """The reader follows the mailed link in another browser (their mail app) and activates."""
    mail_tab = day.reader_tab()
    day.goto(mail_tab, activation_path(email))
    mail_tab.locator("form.reader-form button[type=submit]").click()
    wait_until(lambda: get_user_model().objects.get(email=email).is_active, mail_tab)


def log_in_from_masthead(tab, day, story_url, email, password, language):
    day.goto(tab, story_url)
    link = tab.locator(".masthead a[data-account-link]")
    assert link.inner_text() == in_language(language, "Log in")
    link.click()
    tab.wait_for_url(re.compile(rf"/{language}/accounts/login/"))
    tab.locator("#id_username").fill(email)
    tab.locator("#id_password").fill(password)
    tab.locator("form.reader-form button[type=submit]").click()
    tab.wait_for_url(f"{day.base_url}{story_url}")


def comment(tab, text):
    form = tab.locator("#comment-form")
    form.locator("textarea").press_sequentially(text, delay=5)
    form.locator("button[type=submit]").click()
    mine = tab.locator(".comment--pending .comment__body")
    mine.wait_for()
    assert mine.inner_text() == text


def publish_comment(tab, day, comment_pk):
    """The moderator's queue: tick the comment, "Publish" from the bulk actions, confirm."""
    day.goto(tab, "/admin/snippets/comments/comment/?status=review")
    tab.locator(f"input[data-bulk-action-checkbox][data-object-id='{comment_pk}']").check()
    tab.locator("[data-bulk-action-footer] a[href*='/approve/']").click()
    tab.locator("form[action*='/approve/'] button[type=submit]").click()
    tab.wait_for_url(re.compile(r"/admin/snippets/comments/comment/"))
