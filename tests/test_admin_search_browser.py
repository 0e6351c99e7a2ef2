"""
An editor picks a related story by a Thai word from the middle of its
headline, in a real browser (Debian's Chromium through Playwright): the
article's body gets a related-story block, the page chooser opens, the
editor types the word into its search box, the story appears and is chosen.
A screenshot of the chooser lands in test-artifacts/.

Run alone with `pytest -m browser tests/test_admin_search_browser.py`;
skipped when Chromium is not installed at /usr/bin/chromium.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from newsroom.roles import EDITORS

# live_server answers from another thread, so the data must be committed.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
DURIAN_HEADLINE = "ราคาทุเรียนส่งออกพุ่ง"
OTHER_HEADLINE = "ตลาดไทสร้างห้องเย็นแห่งใหม่"


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def editor(db, home):
    user = get_user_model().objects.create_user("ananya", "ananya@example.com", "pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def log_in(tab, live_server, username):
    tab.goto(f"{live_server.url}/admin/login/")
    tab.locator("input[name=username]").fill(username)
    tab.locator("input[name=password]").fill("pw")
    tab.locator("input[name=password]").press("Enter")
    tab.wait_for_url(f"{live_server.url}/admin/")


def expect(locator):
    from playwright.sync_api import (
        expect as playwright_expect,
    )  # the browser fixture skips without it

    return playwright_expect(locator)


def test_an_editor_chooses_a_related_story_by_a_word_inside_its_headline(
    tab, live_server, editor, make_article
):
    durian = make_article(title=DURIAN_HEADLINE)
    make_article(title=OTHER_HEADLINE)
    draft = make_article(title="ผู้ส่งออกผลไม้ยิ้มรับ", publish=False)
    log_in(tab, live_server, editor.username)
    tab.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")

    body = tab.locator("[data-contentpath=body]")
    body.locator("button.c-sf-add-button").last.click()
    tab.get_by_role("option", name="Related story").click()
    body.locator("[data-chooser-action-choose]").first.click()

    modal = tab.locator(".modal-dialog")
    search_box = modal.locator("input[name=q]")
    # The chooser opens on the section, listing both stories; the search narrows it.
    expect(modal.get_by_role("link", name=OTHER_HEADLINE)).to_have_count(1)
    search_box.press_sequentially("ทุเรียน", delay=40)
    expect(modal.get_by_role("link", name=OTHER_HEADLINE)).to_have_count(0)
    result = modal.get_by_role("link", name=DURIAN_HEADLINE)
    expect(result).to_have_count(1)
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "admin-page-chooser-thai-search.png"))

    result.click()
    modal.wait_for(state="hidden")
    chosen = body.locator("[data-chooser-title]").first
    assert chosen.inner_text() == DURIAN_HEADLINE
    assert body.locator("input[type=hidden][name$=article]").first.input_value() == str(durian.pk)
