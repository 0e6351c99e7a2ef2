"""
The live blog page (live/models.py, live/pages.py): where it may live, what
its pages show without JavaScript, pinned updates, older pages, permalinks
that follow an update to its page, removed and edited updates, languages.
"""

import pytest
from django.utils import timezone
from wagtail.models import Locale

from live.models import LiveBlogPage
from live.pages import UPDATES_PER_PAGE
from live.updates import LiveUpdate, UpdateState
from news.models import ArticlePage, SectionPage

pytestmark = pytest.mark.django_db


def ids_on(soup, response):
    return [int(el["data-update-id"]) for el in soup(response).select("[data-update-id]")]


def test_a_live_blog_lives_under_a_section_only():
    assert LiveBlogPage in SectionPage.allowed_subpage_models()
    assert LiveBlogPage.allowed_parent_page_models() == [SectionPage]
    assert LiveBlogPage not in ArticlePage.allowed_subpage_models()


def test_a_thai_headline_gets_an_ascii_slug(section):
    blog = LiveBlogPage(title="น้ำท่วมเชียงใหม่", slug="", standfirst="สรุป")
    section.add_child(instance=blog)
    assert blog.slug.startswith("live-")


def test_posting_an_update_does_not_republish_the_page(blog, make_update):
    revisions = blog.revisions.count()
    make_update()
    blog.refresh_from_db()
    assert blog.revisions.count() == revisions
    assert not blog.has_unpublished_changes


def test_first_page_shows_pinned_first_then_newest_first(client, blog, make_update, soup):
    oldest = make_update(minutes_ago=30)
    pinned = make_update(minutes_ago=20, is_pinned=True)
    newest = make_update(minutes_ago=1)
    response = client.get(blog.url)
    assert ids_on(soup, response) == [pinned.pk, newest.pk, oldest.pk]
    assert soup(response).select_one("[data-live-pinned] .live-update--pinned")


def test_pending_updates_are_not_shown(client, blog, make_update, soup):
    make_update("รอตรวจ", state=UpdateState.PENDING)
    assert ids_on(soup, client.get(blog.url)) == []


def test_older_updates_are_on_later_pages_and_every_update_is_reachable(
    client, blog, make_update, soup
):
    updates = [make_update(minutes_ago=n) for n in range(UPDATES_PER_PAGE + 3)]
    first = ids_on(soup, client.get(blog.url))
    second = ids_on(soup, client.get(blog.url, {"page": 2}))
    assert first == [u.pk for u in updates[:UPDATES_PER_PAGE]]
    assert second == [u.pk for u in updates[UPDATES_PER_PAGE:]]
    assert client.get(blog.url, {"page": 3}).status_code == 404
    assert client.get(blog.url, {"page": "x"}).status_code == 400


def test_only_the_first_page_of_a_live_blog_polls(client, blog, make_update, soup):
    for n in range(UPDATES_PER_PAGE + 1):
        make_update(minutes_ago=n)
    first = soup(client.get(blog.url)).select_one("[data-live-blog]")
    assert first["data-polls"] == "true"
    assert int(first["data-cursor"]) > 0
    assert first.select_one('[aria-live="polite"] [data-live-show]') is not None
    older = soup(client.get(blog.url, {"page": 2})).select_one("[data-live-blog]")
    assert older["data-polls"] == "false"


def test_an_ended_blog_does_not_poll(client, make_blog, soup):
    ended = make_blog(status="ended")
    assert soup(client.get(ended.url)).select_one("[data-live-blog]")["data-polls"] == "false"
    assert ended.coverage_end is not None


def test_a_permalink_lands_on_the_page_that_holds_the_update_now(client, blog, make_update):
    shared = make_update(minutes_ago=0)
    response = client.get(blog.url, {"update": shared.pk})
    assert response.status_code == 302
    assert response["Location"] == f"{blog.url}#update-{shared.pk}"
    for n in range(UPDATES_PER_PAGE):
        make_update(minutes_ago=-1 - n)  # newer ones push it to page 2
    response = client.get(blog.url, {"update": shared.pk})
    assert response["Location"] == f"{blog.url}?page=2#update-{shared.pk}"
    assert "public" not in response["Cache-Control"]


def test_a_pinned_update_is_always_on_the_first_page(client, blog, make_update):
    pinned = make_update(minutes_ago=500, is_pinned=True)
    for n in range(UPDATES_PER_PAGE + 1):
        make_update(minutes_ago=n)
    assert client.get(blog.url, {"update": pinned.pk})["Location"].endswith(
        f"{blog.url}#update-{pinned.pk}"
    )


@pytest.mark.parametrize("bad", ["abc", "-3", "1" * 13])
def test_a_malformed_permalink_is_a_400(client, blog, bad):
    assert client.get(blog.url, {"update": bad}).status_code == 400


def test_a_permalink_to_an_unknown_or_pending_update_is_a_404(client, blog, make_update):
    pending = make_update(state=UpdateState.PENDING)
    assert client.get(blog.url, {"update": pending.pk}).status_code == 404
    assert client.get(blog.url, {"update": 99999}).status_code == 404


def test_removed_and_edited_updates_say_so(client, blog, make_update, soup):
    removed = make_update("ตัวเลขผิด")
    edited = make_update("ระดับน้ำ 4.2 เมตร")
    removed.remove("ตัวเลขไม่ถูกต้อง")
    edited.record_edit("แก้ตัวเลขระดับน้ำ")
    edited.save()
    page = soup(client.get(blog.url))
    removed_html = page.select_one(f"#update-{removed.pk}").get_text()
    assert "ตัวเลขไม่ถูกต้อง" in removed_html and "ตัวเลขผิด" not in removed_html
    assert "แก้ตัวเลขระดับน้ำ" in page.select_one(f"#update-{edited.pk} .live-update__edited").text


def test_times_are_written_in_the_page_language_for_scripts_to_make_relative(
    client, blog, make_update, soup
):
    update = make_update(minutes_ago=0)
    time = soup(client.get(blog.url)).select_one(f"#update-{update.pk} time[data-live-time]")
    assert time["datetime"] == timezone.localtime(update.posted_at).isoformat()
    assert "2569" in time.text  # Buddhist-era year in Thai


def test_an_english_translation_has_its_own_updates(
    client, blog, make_update, english_section, soup
):
    make_update("ข่าวภาษาไทย")
    english = blog.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    english = LiveBlogPage.objects.get(pk=english.pk)
    LiveUpdate.objects.create(
        blog=english, state=UpdateState.PUBLISHED, body=[("paragraph", "<p>In English</p>")]
    )
    page = soup(client.get(english.url))
    assert [u.get_text(strip=True) for u in page.select(".live-update__body")] == ["In English"]
    assert page.select_one("html")["lang"] == "en"
