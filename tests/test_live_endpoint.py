"""
The updates endpoint readers' pages poll (live/views.py): what `?since=`
returns, its errors and its cache headers (its query count: test_live_speed.py).
"""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from live.updates import UpdateState

pytestmark = pytest.mark.django_db


def endpoint(client, blog, since=None, language="th"):
    url = f"/{language}/live/{blog.pk}/updates/"
    return client.get(url, {"since": since} if since is not None else {})


def test_the_url_is_under_the_language_prefix(blog):
    # Overridden: a request of an earlier test may have left English active.
    with translation.override("th"):
        url = reverse("live_updates", kwargs={"blog_id": blog.pk})
    assert url == f"/th/live/{blog.pk}/updates/"


def test_since_zero_returns_every_public_update_oldest_change_first(client, blog, make_update):
    older = make_update("เก่า", minutes_ago=30)
    newer = make_update("ใหม่", minutes_ago=5)
    make_update("รอบรรณาธิการ", state=UpdateState.PENDING)
    data = endpoint(client, blog, since=0).json()
    assert [update["id"] for update in data["updates"]] == [older.pk, newer.pk]
    assert data["status"] == "live"
    assert "ใหม่" in data["updates"][1]["html"]
    assert f'id="update-{newer.pk}"' in data["updates"][1]["html"]
    assert data["cursor"] == newer.version


def test_the_cursor_hides_what_the_reader_has_seen_but_a_later_change(client, blog, make_update):
    first = make_update("แรก")
    cursor = endpoint(client, blog, since=0).json()["cursor"]
    # Older than the overlap window: what the cursor says was seen.
    type(first).objects.filter(pk=first.pk).update(changed_at=first.changed_at.replace(year=2020))
    assert endpoint(client, blog, since=cursor).json()["updates"] == []
    first.refresh_from_db()
    first.remove("ตัวเลขผิด")
    data = endpoint(client, blog, since=cursor).json()
    assert [(u["id"], u["state"]) for u in data["updates"]] == [(first.pk, "removed")]
    assert "ตัวเลขผิด" in data["updates"][0]["html"]
    assert data["cursor"] > cursor


def test_an_ended_blog_says_so_and_pollers_stop(client, make_blog):
    ended = make_blog(status="ended")
    assert endpoint(client, ended, since=0).json()["status"] == "ended"


@pytest.mark.parametrize("since", ["abc", "-1", "1.5", "๑๒", "9" * 18, ""])
def test_a_bad_since_is_a_400(client, blog, since):
    assert endpoint(client, blog, since=since).status_code == 400


def test_an_unknown_unpublished_or_private_blog_is_a_404(client, blog, make_blog):
    assert client.get("/th/live/999999/updates/").status_code == 404
    private = make_blog()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert endpoint(client, private, since=0).status_code == 404
    blog.unpublish()
    assert endpoint(client, blog, since=0).status_code == 404


def test_anonymous_answers_are_cached_briefly_by_the_shared_cache(client, blog, make_update):
    make_update()
    response = endpoint(client, blog, since=0)
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=5" in cache_control
    assert "max-age=0" in cache_control
    # Tagged with its path: one purge drops every ?since= variant.
    assert response["xkey"] == f"/ {response.wsgi_request.path}"


def test_logged_in_answers_stay_private(admin_client, blog):
    response = endpoint(admin_client, blog, since=0)
    assert "private" in response["Cache-Control"]


def test_at_most_fifty_changes_an_answer_and_it_says_there_are_more(client, blog, make_update):
    for n in range(51):
        make_update(f"อัปเดต {n}", minutes_ago=n)
    data = endpoint(client, blog, since=0).json()
    assert len(data["updates"]) == 50
    assert data["more"] is True


def test_english_blog_answers_in_english(client, blog, make_update, locale_en):
    make_update(is_key_event=True)
    html = endpoint(client, blog, since=0, language="en").json()["updates"][0]["html"]
    assert "Key event" in html
