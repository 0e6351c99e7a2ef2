"""
A Thai editor walks the admin screens a newsroom uses every day, in a real
browser (Debian's Chromium through Playwright), and meets no English interface
text (issue 15, item 3).

The editor here is a superuser; review as a real reporter and editor is in
tests/test_thai_admin_review_browser.py, the walk's tools in
tests/thai_admin_walk.py. Each screen's visible text nodes, placeholders and button values are read
from the rendered page, content the test created is set aside (all of it Thai,
bar the few Latin values listed in CONTENT), and what is left must hold no
Latin letters except the proper names and codes in ALLOWED_LATIN.

Run alone with `pytest -m browser tests/test_thai_admin_browser.py`;
skipped when Chromium is not installed at /usr/bin/chromium.
"""

import pytest
from django.utils import translation
from wagtail.models import Locale

from news.models import ArticlePage
from tests.thai_admin_walk import english_in

# live_server answers from another thread, so the data must be committed (and
# the flush between tests empties even the migrations' rows: fixtures recreate).
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
        "comments awaiting review": "/admin/snippets/comments/comment/?status=pending",
        "comment moderation": f"/admin/snippets/comments/comment/edit/{newsroom['comment'].pk}/",
        "watched words": "/admin/snippets/comments/watchedword/",
        "readers": "/admin/snippets/accounts/readerprofile/",
        "translations report": "/admin/localize/reports/translations/",
        "image upload": "/admin/images/multiple/add/",
        "document upload": "/admin/documents/multiple/add/",
        "new article": f"/admin/pages/add/news/articlepage/{section.pk}/",
        "account": "/admin/account/",
    }
    for screen, path in screens.items():
        walk.visit(screen, path)
    for heading in walk.tab.get_by_role("tab").all():  # the account's tabs
        heading.click()
        walk.look(f"account tab {heading.inner_text()}")
    walk.assert_all_thai()


def _body_blocks():
    """Every block of the article body, by name, with its Thai picker label."""
    with translation.override("th"):
        return {
            name: str(block.label)
            for name, block in ArticlePage.body.field.stream_block.child_blocks.items()
        }


def _add_every_block(walk):
    """Open the block picker, show each block's description and preview (hover),
    then add each block to the body and read its form."""
    tab, body = walk.tab, walk.tab.locator("[data-contentpath=body]")
    labels = _body_blocks()
    body.locator("button.c-sf-add-button").last.click()
    walk.look("block picker")
    for name, label in labels.items():
        tab.get_by_role("option", name=label).hover()
        walk.look(f"block picker: {name} preview")
    tab.keyboard.press("Escape")
    _wait_until_picker_closed(tab)
    for name, label in labels.items():
        body.locator("button.c-sf-add-button").last.click()
        tab.get_by_role("option", name=label).click()
        _wait_until_picker_closed(tab)
        walk.look(f"block {name}")
    return body


def _wait_until_picker_closed(tab):
    """A closing picker fades out; until it has gone, the next one's options
    would be there twice."""
    tab.get_by_role("option").first.wait_for(state="hidden")


def _open_tabs_and_pickers(walk, story):
    tab = walk.tab
    walk.visit("page editor", f"/admin/pages/{story.pk}/edit/")
    for heading in tab.get_by_role("tab").all():
        heading.click()
        walk.look(f"page editor tab {heading.inner_text()}")
    tab.get_by_role("tab").first.click()
    body = _add_every_block(walk)
    for chooser, screen in (("article", "page chooser"), ("image", "image chooser")):
        body.locator(f"[id$=-value-{chooser}-chooser] [data-chooser-action-choose]").last.click()
        tab.locator(".modal-dialog").wait_for()
        walk.look(screen)
        _close_modal(tab)
    tab.locator("[data-contentpath=hero_image] [data-chooser-action-choose]").click()
    tab.locator(".modal-dialog").wait_for()
    walk.look("image chooser (hero)")
    _close_modal(tab)


def _open_side_panels(walk):
    """Status, checks, comments and preview. Last: the preview and checks
    panels keep requesting previews of the form, and on SQLite a chooser
    opened meanwhile can meet a locked table (a 503)."""
    toggles = walk.tab.locator("[data-side-panel-toggle]").all()
    assert len(toggles) >= 2
    for toggle in toggles:
        name = toggle.get_attribute("data-side-panel-toggle")
        toggle.click()
        walk.tab.locator(f"[data-side-panel='{name}']").wait_for()
        walk.look(f"side panel {name}")


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


def test_page_editor_tabs_blocks_and_choosers_are_thai(walk, newsroom):
    _open_tabs_and_pickers(walk, newsroom["draft"])
    walk.visit("page editor", f"/admin/pages/{newsroom['draft'].pk}/edit/")
    _open_tab_holding(walk.tab, "#id_article_authors-ADD")
    walk.tab.locator("#id_article_authors-ADD").click()
    walk.tab.locator("#id_article_authors-FORMS [data-chooser-action-choose]").last.click()
    walk.tab.locator(".modal-dialog").wait_for()
    walk.look("snippet chooser")
    _close_modal(walk.tab)
    _open_side_panels(walk)
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
