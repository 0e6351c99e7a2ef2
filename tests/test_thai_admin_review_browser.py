"""
Review as the newsroom does it, in Thai (issue 15): a real reporter and a
real editor of the newsroom's groups (newsroom/roles.py) in Chromium; the
reporter saves and submits, the editor asks for changes and approves with a
comment, and every screen and message on the way is read for English
interface text (tests/thai_admin_walk.py).
"""

import pytest

from newsroom.roles import APPROVAL_TASK_NAME, EDITORS, REPORTERS, WORKFLOW_NAME
from tests.newsroom_day_steps import STAFF_PASSWORD, make_staff, restore_roles
from tests.thai_admin_walk import MIGRATION_DATA, Walk, footer_action, thai_admin_tab

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def staff(live_section, make_live_article):
    """The newsroom's real groups and review workflow (newsroom/roles.py), a
    Thai reporter and a Thai editor in them, and two unpublished drafts."""
    restore_roles()
    body = [("paragraph", "<p>ผู้ส่งออกผลไม้คาดยอดขายปีนี้โตต่อเนื่อง</p>")]
    drafts = []
    for title, slug in (("ผู้ส่งออกผลไม้ยิ้มรับ", "fruit-exporters"), ("ราคาข้าวหอมมะลิขยับ", "rice")):
        draft = make_live_article(title, slug, body=body)
        draft.unpublish()
        drafts.append(draft)
    return {
        "reporter": make_staff("somchai", REPORTERS, "th"),
        "editor": make_staff("ananya", EDITORS, "th"),
        "drafts": drafts,
    }


# The staff's user names, and the names newsroom/roles.py gives its groups.
STAFF_CONTENT = [*MIGRATION_DATA, WORKFLOW_NAME, APPROVAL_TASK_NAME, REPORTERS, EDITORS]
STAFF_CONTENT += ["somchai", "ananya"]


def _act(walk, selector, screen):
    """A footer action that posts the form: read the message the editor reloads with."""
    with walk.tab.expect_navigation():
        footer_action(walk.tab, selector)
    walk.tab.locator(".messages li").first.wait_for()
    walk.look(f"message after {screen}")


def _review_dialog(walk, action, screen, comment):
    """A workflow action whose dialog asks for a comment: read it, comment, send."""
    with_dialog = "[data-workflow-action-modal-url]"
    footer_action(walk.tab, f"[data-workflow-action-name={action}]{with_dialog}")
    walk.tab.locator(".modal-dialog textarea").wait_for()
    walk.look(f"{screen} dialog")
    walk.tab.locator(".modal-dialog textarea").fill(comment)
    walk.tab.locator(".modal-dialog [type=submit]").click()
    # The dialog posts in the background, then the editor reloads with the message.
    walk.tab.locator(".messages li").first.wait_for()
    walk.look(f"message after {screen}")


def test_review_by_a_real_reporter_and_editor_is_thai(browser, live_server, staff):
    """A reporter saves and submits, an editor asks for changes with a comment,
    the reporter resubmits, the editor approves with a comment and publishes
    another story: each screen and each message is Thai."""
    story, other = staff["drafts"]
    edit, base = f"/admin/pages/{story.pk}/edit/", live_server.url
    reporter = thai_admin_tab(browser, base, "somchai", STAFF_PASSWORD)
    editor = thai_admin_tab(browser, base, "ananya", STAFF_PASSWORD)
    with reporter as reporter_tab, editor as editor_tab:
        walk = Walk(reporter_tab, base, STAFF_CONTENT)
        walk.visit("reporter's editor", edit)
        _act(walk, "button.action-save", "save")
        _act(walk, "button[name=action-submit]", "submit")
        walk.tab = editor_tab
        walk.visit("editor's dashboard (awaiting review)", "/admin/")
        walk.visit("editor's editor under review", edit)
        _review_dialog(walk, "reject", "request changes", "ขอแหล่งข่าวเพิ่มอีกหนึ่งราย")
        walk.tab = reporter_tab
        walk.visit("reporter's editor after changes requested", edit)
        walk.visit("reporter's dashboard", "/admin/")
        walk.visit("reporter's editor", edit)
        _act(walk, "button[name=action-submit]", "resubmit")
        walk.tab = editor_tab
        walk.visit("editor's editor under review", edit)
        _review_dialog(walk, "approve", "approve with comment", "เรียบร้อย เผยแพร่ได้")
        walk.visit("page history", f"/admin/pages/{story.pk}/history/")
        walk.visit("workflow history", f"/admin/pages/{story.pk}/workflow_history/")
        walk.visit("editor's editor", f"/admin/pages/{other.pk}/edit/")
        _act(walk, "button[name=action-publish]", "publish")
    story.refresh_from_db()
    assert story.live
    walk.assert_all_thai()
