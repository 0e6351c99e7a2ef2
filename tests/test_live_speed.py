"""
What a live blog costs does not grow with its length (live/rendering.py,
live/pages.py, live/views.py): the first page and the updates endpoint make
the same queries for 10 updates as for 500, and an update's body is rendered
once per version, all missing ones fetched in one query.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from live.rendering import attach_html, listed
from live.updates import LiveUpdate, UpdateState

pytestmark = pytest.mark.django_db

# The blog itself (the site and its home come from home/site_root_cache.py,
# where its address leads and its view restrictions from home/route_cache.py,
# as for an article) and its updates counted, with the cursor. The
# section, bylines, tags, language links and the first page's updates come
# with the live revision and that count (live/pages.py, news/render_cache.py).
FIRST_PAGE_QUERIES = 2
# When an update has changed since: the page of updates and the pinned ones.
CHANGED_UPDATES = 2
# The pages' view restrictions, the blog's status, the changed updates.
ENDPOINT_QUERIES = 3
# Bodies and authors of the updates not rendered yet, all in one.
RENDERING = 1


def add_updates(blog, count, start=0):
    now = timezone.now()
    LiveUpdate.objects.bulk_create(
        LiveUpdate(
            blog=blog,
            state=UpdateState.PUBLISHED,
            posted_at=now - timedelta(minutes=start + n),
            changed_at=now - timedelta(minutes=start + n),
            body=[("paragraph", f"<p>ระดับน้ำ {start + n}</p>")],
            is_pinned=n == 3,
        )
        for n in range(count)
    )


def change_every_update(blog):
    """As if each were edited: every cached rendering is out of date."""
    LiveUpdate.objects.filter(blog=blog).update(changed_at=timezone.now())


@pytest.mark.parametrize("count", [10, 500])
def test_the_first_page_costs_the_same_queries_for_10_or_500_updates(
    client, blog, count, django_assert_num_queries, soup
):
    add_updates(blog, count)
    client.get(blog.url)  # the site's own caches (navigation, identity)
    change_every_update(blog)
    with django_assert_num_queries(FIRST_PAGE_QUERIES + CHANGED_UPDATES + RENDERING):
        cold = client.get(blog.url)
    with django_assert_num_queries(FIRST_PAGE_QUERIES):
        warm = client.get(blog.url)
    updates = [str(update) for update in soup(warm).select("[data-update-id]")]
    assert [str(update) for update in soup(cold).select("[data-update-id]")] == updates
    assert len(updates) == 1 + min(count - 1, 20)  # the pinned one, then a page


@pytest.mark.parametrize("count", [10, 500])
def test_the_endpoint_costs_the_same_queries_for_10_or_500_updates(
    client, blog, count, django_assert_num_queries
):
    add_updates(blog, count)
    url = f"/th/live/{blog.pk}/updates/?since=0"
    with django_assert_num_queries(ENDPOINT_QUERIES + RENDERING):
        cold = client.get(url).json()
    with django_assert_num_queries(ENDPOINT_QUERIES):
        warm = client.get(url).json()
    assert warm == cold
    assert len(warm["updates"]) == min(count, 50)


def test_an_edit_is_rendered_afresh_and_only_it(blog, make_update, django_assert_num_queries):
    make_update("ระดับน้ำเดิม")
    second = make_update("ฝนตกหนัก")
    attach_html(list(listed(blog.updates.all())))
    second.body = [("paragraph", "<p>ระดับน้ำใหม่</p>")]
    second.save()
    with django_assert_num_queries(1 + RENDERING) as queries:
        shown = attach_html(list(listed(blog.updates.order_by("pk"))))
    assert f"IN ({second.pk})" in queries.captured_queries[-1]["sql"]
    assert "ระดับน้ำเดิม" in shown[0].html
    assert "ระดับน้ำใหม่" in shown[1].html and "ฝนตกหนัก" not in shown[1].html


def test_an_update_deleted_after_it_was_listed_is_left_out(blog, make_update):
    kept, deleted = make_update("อยู่"), make_update("ถูกลบ")
    updates = list(listed(blog.updates.order_by("pk")))
    deleted.delete()
    assert [update.pk for update in attach_html(updates)] == [kept.pk]
    assert "อยู่" in attach_html(updates)[0].text


def test_a_post_is_rendered_ahead_once_it_commits(
    blog, make_update, django_capture_on_commit_callbacks, django_assert_num_queries
):
    """The first reader after a post finds it rendered (live/rendering.py, `render_ahead`)."""
    with django_capture_on_commit_callbacks(execute=True):
        posted = make_update("น้ำล้นตลิ่งแล้ว")
    listed_updates = list(listed(blog.updates.all()))
    with django_assert_num_queries(0):
        shown = attach_html(listed_updates)
    assert [update.pk for update in shown] == [posted.pk]
    assert "น้ำล้นตลิ่งแล้ว" in shown[0].html
