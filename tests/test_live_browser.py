"""
Live coverage in Chromium: an editor types an update in the admin, and a
reader's open live blog offers it with the "1 new update" button without a
reload and without moving the text being read; edits and removals follow
the same way; a reporter's update reaches readers only once an editor has
approved it; the breaking banner moves nothing, also when it ends.
"""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from live.banner import BreakingBanner
from live.models import LiveBlogPage
from live.roles import set_up_live_roles
from live.updates import LiveUpdate, UpdateState
from newsroom.roles import REPORTERS
from tests.newsroom_day_steps import restore_roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COUNT_LAYOUT_SHIFTS = """
window.layoutShift = 0;
window.shiftedNodes = [];
new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
        window.layoutShift += entry.value;
        for (const source of entry.sources || []) window.shiftedNodes.push(source.node);
    }
}).observe({type: 'layout-shift', buffered: true});
"""
PARAGRAPH = (
    "ระดับน้ำที่สถานีบางไทรสูงขึ้นต่อเนื่อง เจ้าหน้าที่เร่งเสริมแนวกระสอบทรายริมแม่น้ำ "
    "ประชาชนริมน้ำควรขนของขึ้นที่สูงและติดตามประกาศของจังหวัดอย่างใกล้ชิด "
)


@pytest.fixture
def fast_polling(monkeypatch):
    monkeypatch.setattr("live.pages.POLL_SECONDS", 1)
    monkeypatch.setattr("live.views.POLL_SECONDS", 1)


@pytest.fixture
def live_blog(live_section):
    blog = live_section.add_child(
        instance=LiveBlogPage(
            title="เฝ้าระวังน้ำท่วม", slug="flood-watch", standfirst="สถานการณ์ล่าสุด", live=False
        )
    )
    blog.save_revision().publish()
    now = timezone.now()
    for n in range(8):
        LiveUpdate.objects.create(
            blog=blog,
            state=UpdateState.PUBLISHED,
            posted_at=now - timedelta(minutes=10 * (n + 1)),
            body=[("paragraph", f"<p>{PARAGRAPH * 3} ({n})</p>")],
        )
    return LiveBlogPage.objects.get(pk=blog.pk)


def log_in(page, live_server, username="chief"):
    """As the superuser "chief", made here, or as `username`, made by the test (password "pw")."""
    if username == "chief":
        get_user_model().objects.create_superuser("chief", password="pw")  # noqa: S106
    page.goto(f"{live_server.url}/admin/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', "pw")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/admin/")


def reading_position(page, update_id):
    return page.evaluate(
        """id => ({scroll: window.scrollY,
                   top: document.getElementById('update-' + id).getBoundingClientRect().top})""",
        update_id,
    )


def test_a_posted_update_waits_behind_a_button_that_moves_nothing(
    live_server, live_blog, open_page, fast_polling
):
    reader = open_page()
    reader.add_init_script(COUNT_LAYOUT_SHIFTS)
    reader.goto(f"{live_server.url}{live_blog.url}")
    reader.evaluate("document.fonts.ready")
    reading = LiveUpdate.objects.order_by("-posted_at")[4].pk
    reader.evaluate(
        "id => document.getElementById('update-' + id).scrollIntoView({behavior: 'instant'})",
        reading,
    )
    reader.wait_for_timeout(300)
    reader.evaluate("window.layoutShift = 0")
    before = reading_position(reader, reading)

    editor = open_page()
    log_in(editor, live_server)
    editor.goto(f"{live_server.url}/admin/live/{live_blog.pk}/")
    editor.locator('textarea[name="text"]').press_sequentially("น้ำล้นตลิ่งที่ผักไห่แล้ว")
    editor.locator("[data-live-post]").click()
    editor.wait_for_url(f"{live_server.url}/admin/live/{live_blog.pk}/")

    button = reader.locator("[data-live-show]")
    button.wait_for(state="visible", timeout=10_000)
    assert button.text_content() == button.get_attribute("data-one")
    assert reader.locator("[aria-live=polite] [data-live-show]").count() == 1
    assert reading_position(reader, reading) == before
    assert reader.evaluate("window.layoutShift") == 0
    assert "ผักไห่" not in reader.locator("[data-live-timeline]").inner_text()

    button.click()
    newest = reader.locator("[data-live-timeline] [data-update-id]").first
    assert "น้ำล้นตลิ่งที่ผักไห่แล้ว" in newest.inner_text()
    assert newest.evaluate("el => el === document.activeElement")

    posted = LiveUpdate.objects.order_by("-pk").first()
    editor.goto(f"{live_server.url}/admin/live/update/{posted.pk}/remove/")
    editor.locator('input[name="reason"]').press_sequentially("ยังไม่ได้รับการยืนยัน")
    editor.locator("button.no").click()
    button.wait_for(state="visible", timeout=10_000)
    assert button.text_content() == button.get_attribute("data-changes")
    button.click()
    assert "ยังไม่ได้รับการยืนยัน" in reader.locator(f"#update-{posted.pk}").inner_text()


def show_changes(reader, label):
    """Wait for the button to offer changes (its `label` attribute's text), and take them."""
    button = reader.locator("[data-live-show]")
    button.wait_for(state="visible", timeout=10_000)
    assert button.text_content() == button.get_attribute(label)
    button.click()
    button.wait_for(state="hidden")


def test_a_reporters_update_waits_for_approval_and_an_edit_reaches_the_open_page(
    live_server, live_blog, open_page, fast_polling
):
    restore_roles()  # the flush after an earlier transactional test emptied the groups
    set_up_live_roles(apps)
    reporter = get_user_model().objects.create_user("somchai", password="pw")  # noqa: S106
    reporter.groups.add(Group.objects.get(name=REPORTERS))
    reader = open_page()
    reader.goto(f"{live_server.url}{live_blog.url}")

    desk = f"{live_server.url}/admin/live/{live_blog.pk}/"
    reporting = open_page()
    log_in(reporting, live_server, "somchai")
    reporting.goto(desk)
    reporting.locator('textarea[name="text"]').press_sequentially("ถนนสายเอเชียน้ำท่วมสูง")
    reporting.locator("[data-live-post]").click()
    reporting.wait_for_url(desk)
    pending = LiveUpdate.objects.get(state=UpdateState.PENDING)
    reader.wait_for_timeout(3_000)  # three polls
    assert reader.locator("[data-live-show]").is_hidden()
    assert "ถนนสายเอเชีย" not in reader.locator("main").inner_text()

    editing = open_page()
    log_in(editing, live_server)
    editing.goto(desk)
    editing.locator(f'form[action$="/update/{pending.pk}/approve/"] button').click()
    editing.wait_for_url(desk)
    show_changes(reader, "data-one")
    newest = reader.locator("[data-live-timeline] [data-update-id]").first
    assert "ถนนสายเอเชียน้ำท่วมสูง" in newest.inner_text()

    edited = LiveUpdate.objects.filter(blog=live_blog).order_by("-posted_at")[3]
    editing.goto(f"{live_server.url}/admin/live/update/{edited.pk}/edit/")
    editing.fill('input[name="title"]', "ระดับน้ำที่บางไทร")
    editing.fill('input[name="edit_note"]', "แก้ตัวเลขระดับน้ำ")
    editing.locator('form:has(input[name="edit_note"]) button[type="submit"]').click()
    editing.wait_for_url(desk)
    show_changes(reader, "data-changes")
    shown = reader.locator(f"#update-{edited.pk}").inner_text()
    assert "ระดับน้ำที่บางไทร" in shown
    assert "แก้ตัวเลขระดับน้ำ" in shown


def test_a_reload_without_javascript_shows_everything(live_server, live_blog, open_page):
    page = open_page(javascript=False)
    page.goto(f"{live_server.url}{live_blog.url}")
    assert page.locator("[data-update-id]").count() == 8
    assert page.locator("[data-live-show]").is_hidden()


def test_the_breaking_banner_moves_nothing_when_shown_or_when_it_ends(
    live_server, live_blog, open_page
):
    BreakingBanner.objects.create(
        text_th="สด: น้ำท่วมเจ้าพระยา",
        page=live_blog,
        ends_at=timezone.now() + timedelta(seconds=12),
    )
    page = open_page()
    page.add_init_script(COUNT_LAYOUT_SHIFTS)
    page.add_init_script(
        """document.addEventListener('DOMContentLoaded', () => {
            const banner = document.querySelector('.breaking-banner');
            window.bannerHeightAtFirstSight = banner.getBoundingClientRect().height;
        });"""
    )
    page.goto(f"{live_server.url}{live_blog.url}")
    banner = page.locator(".breaking-banner")
    assert banner.is_visible()
    page.evaluate("document.fonts.ready")
    # In the HTML, styled from its first paint: its box never changes, and no
    # shift the page has (web fonts swapping in) comes from inside it.
    assert page.evaluate("window.bannerHeightAtFirstSight") == banner.bounding_box()["height"]
    shifted_in_banner = page.evaluate(
        "window.shiftedNodes.filter(n => n && n.closest && n.closest('.breaking-banner')).length"
    )
    assert shifted_in_banner == 0
    page.evaluate("window.layoutShift = 0")
    headline_top = page.locator("h1").bounding_box()["y"]
    page.wait_for_selector(".breaking-banner--ended", state="attached", timeout=20_000)
    assert banner.evaluate("el => getComputedStyle(el).visibility") == "hidden"
    assert page.locator("h1").bounding_box()["y"] == headline_top
    assert page.evaluate("window.layoutShift") == 0
