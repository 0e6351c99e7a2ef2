"""
The live desk in the admin (live/admin_views.py, live/roles.py): posting,
editing with a note, removing with a reason, reporters' updates waiting for
an editor, the Live desk group, refusals, and the purges each change makes.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from live.purging import live_blog_paths
from live.updates import LiveUpdate, UpdateState

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect home and a message."""
    return response.status_code == 403 or response.get("Location") == reverse("wagtailadmin_home")


def desk_url(blog):
    return reverse("live_desk", kwargs={"blog_id": blog.pk})


def post(client, blog, **fields):
    return client.post(desk_url(blog), {"title": "", "text": "น้ำขึ้น", **fields})


@pytest.fixture
def editor(client, make_member):
    client.force_login(make_member("Editors"))
    return client


@pytest.fixture
def reporter(client, make_member):
    client.force_login(make_member("Reporters"))
    return client


def test_the_live_desk_group_may_post_and_publish_and_set_the_banner():
    codenames = set(
        Group.objects.get(name="Live desk").permissions.values_list("codename", flat=True)
    )
    assert {
        "access_admin",
        "add_liveupdate",
        "publish_liveupdate",
        "change_breakingbanner",
    } <= codenames
    reporters = Group.objects.get(name="Reporters").permissions.values_list("codename", flat=True)
    assert "add_liveupdate" in reporters and "publish_liveupdate" not in reporters


def test_a_live_desk_member_posts_straight_to_readers(client, blog, make_member, soup):
    client.force_login(make_member("Live desk"))
    response = post(client, blog, title="เขื่อนระบายน้ำเพิ่ม", text="ย่อหน้าแรก\n\nย่อหน้าสอง")
    assert response.status_code == 302
    update = LiveUpdate.objects.get()
    assert update.state == UpdateState.PUBLISHED
    assert [block.block_type for block in update.body] == ["paragraph", "paragraph"]
    page = soup(client.get(blog.url))
    assert "ย่อหน้าสอง" in page.select_one(f"#update-{update.pk}").text


def test_typed_text_is_text_not_html(editor, blog):
    post(editor, blog, text="<script>alert(1)</script>")
    assert "&lt;script&gt;" in LiveUpdate.objects.get().body.raw_data[0]["value"]


def test_an_empty_update_is_a_form_error(editor, blog):
    response = post(editor, blog, text="   ")
    assert response.status_code == 200
    with translation.override("th"):  # the admin's language for an editor without a preference
        message = translation.gettext("Write some text or choose a picture.")
    assert message in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_a_reporters_update_waits_for_an_editor(reporter, client, blog, make_member):
    post(reporter, blog, text="รายงานจากบางบาล")
    update = LiveUpdate.objects.get()
    assert update.state == UpdateState.PENDING
    assert client.get(f"/th/live/{blog.pk}/updates/?since=0").json()["updates"] == []
    approve = reverse("live_approve", args=[update.pk])
    assert refused(reporter.post(approve))
    client.force_login(make_member("Editors"))
    desk = client.get(desk_url(blog)).content.decode()
    assert approve in desk
    assert client.post(approve).status_code == 302
    update.refresh_from_db()
    assert update.state == UpdateState.PUBLISHED
    assert update.posted_at >= update.changed_at.replace(microsecond=0)


def test_a_reporter_edits_or_withdraws_only_their_own_waiting_update(reporter, blog, make_update):
    published = make_update()
    assert refused(reporter.get(reverse("live_edit_update", args=[published.pk])))
    assert refused(reporter.get(reverse("live_remove_update", args=[published.pk])))
    post(reporter, blog, text="ร่าง")
    own = LiveUpdate.objects.get(state=UpdateState.PENDING)
    assert reporter.get(reverse("live_edit_update", args=[own.pk])).status_code == 200
    assert reporter.post(reverse("live_withdraw", args=[own.pk])).status_code == 302
    assert not LiveUpdate.objects.filter(pk=own.pk).exists()


def test_editing_a_published_update_needs_a_note_readers_see(editor, blog, make_update):
    update = make_update("ระดับน้ำ 4.2 เมตร")
    url = reverse("live_edit_update", args=[update.pk])
    form = editor.get(url).context["form"]
    data = {
        "title": "แก้ไข",
        "body-count": "0",
        "author": "",
        "edit_note": "",
        **{k: v for k, v in form.initial.items() if k == "is_pinned" and v},
    }
    assert editor.post(url, data).status_code == 200  # the note is required
    response = editor.post(url, {**data, "edit_note": "แก้ระดับน้ำเป็น 4.4 เมตร"})
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.title == "แก้ไข"
    assert update.edit_note == "แก้ระดับน้ำเป็น 4.4 เมตร" and update.edited_at


def test_removing_needs_a_reason_and_keeps_the_update_in_place(editor, blog, make_update):
    update = make_update("ตัวเลขผิด")
    url = reverse("live_remove_update", args=[update.pk])
    assert editor.post(url, {"reason": ""}).status_code == 200
    update.refresh_from_db()
    assert update.state == UpdateState.PUBLISHED
    assert editor.post(url, {"reason": "ตัวเลขไม่ถูกต้อง"}).status_code == 302
    update.refresh_from_db()
    assert (update.state, update.removal_reason) == (UpdateState.REMOVED, "ตัวเลขไม่ถูกต้อง")


def test_people_outside_the_newsroom_are_refused(client, blog, make_member):
    client.force_login(make_member("Moderators"))
    assert refused(client.get(desk_url(blog)))
    assert refused(client.post(desk_url(blog), {"text": "x"}))
    assert not LiveUpdate.objects.exists()


def test_the_live_blog_header_and_menu_lead_to_the_desk(editor, blog):
    edit_page = editor.get(reverse("wagtailadmin_pages:edit", args=[blog.pk])).content.decode()
    assert desk_url(blog) in edit_page
    assert blog.title in editor.get(reverse("live_blogs")).content.decode()


def test_each_change_purges_the_blog_page_and_its_endpoint(
    editor, blog, make_update, live_purges, django_capture_on_commit_callbacks
):
    expected = {blog.url, f"/th/live/{blog.pk}/updates/"}
    assert live_blog_paths(blog) >= expected
    with django_capture_on_commit_callbacks(execute=True):
        post(editor, blog, text="ใหม่")
    assert live_purges >= expected
    live_purges.clear()
    update = LiveUpdate.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("live_remove_update", args=[update.pk]), {"reason": "ซ้ำ"})
    assert live_purges >= expected
