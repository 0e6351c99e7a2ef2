"""
Purging the reverse-proxy cache on publish (frontcache/): which paths each
editorial event purges, that purges wait for the commit, and that a failing
cache is retried and logged without ever blocking publishing. A recording
backend stands in for Varnish here; tests/test_stack_varnish.py uses the real one.
"""

import logging
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from frontcache import backends, banners, snippets
from frontcache.keys import SITE_KEY, url_key
from news.authors import ArticleAuthor
from news.tags import ArticleTag
from newsroom.models import ArticleCorrection

SITEMAPS = {"/sitemap.xml", "/sitemap-pages.xml", "/news-sitemap.xml"}


class RecordingBackend(BaseBackend):
    """Keeps every purged path; fails the first `failures_left` batches."""

    batches = []
    failures_left = 0
    error = backends.PurgeFailed

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        if RecordingBackend.failures_left:
            RecordingBackend.failures_left -= 1
            raise RecordingBackend.error("cache down")
        RecordingBackend.batches.append({url_key(url) for url in urls})


@pytest.fixture
def purged(settings):
    """The set of paths purged so far, with purging switched on."""
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.test_purge.RecordingBackend"}}
    settings.FRONTCACHE_RETRY_SECONDS = 0
    RecordingBackend.batches = []
    RecordingBackend.failures_left = 0
    RecordingBackend.error = backends.PurgeFailed

    def paths():
        return set().union(*RecordingBackend.batches)

    return paths


@pytest.fixture
def story(make_article, author):
    article = make_article(title="น้ำท่วมเชียงใหม่", slug="flood", authors=[author])
    article.tags.add("น้ำท่วม")
    article.save_revision().publish()
    return article


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_publish_purges_everything_that_shows_the_article(
    story, purged, author, django_capture_on_commit_callbacks
):
    story.title = "แก้ไข: น้ำท่วมเชียงใหม่"
    publish(story, django_capture_on_commit_callbacks)
    assert {
        "/th/world/flood/",
        "/th/world/",
        "/th/",
        "/th/feeds/rss/",
        "/th/feeds/atom/",
        "/th/feeds/world/rss/",
        "/th/feeds/world/atom/",
        f"/th/authors/{author.slug}/",
        url_key("/th/tags/%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%97%E0%B9%88%E0%B8%A7%E0%B8%A1/"),
        "/th/corrections/",
    } | SITEMAPS <= purged()
    # Listings are purged by their path (every ?page= at once), not page by page.
    assert not any("?" in path for path in purged())
    assert SITE_KEY not in purged()


def test_nothing_is_purged_before_the_commit(story, purged, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        story.save_revision().publish()
    assert callbacks and purged() == set()
    for callback in callbacks:
        callback()
    assert "/th/world/flood/" in purged()


def test_a_translation_is_purged_with_its_source(
    story, english_section, locale_en, purged, django_capture_on_commit_callbacks
):
    story.copy_for_translation(locale_en).save_revision().publish()
    publish(story, django_capture_on_commit_callbacks)
    assert {"/en/world/flood/", "/en/world/", "/en/", "/en/feeds/rss/"} <= purged()


def test_unpublish_purges_the_article_and_its_listings(
    story, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert {"/th/world/flood/", "/th/world/", "/th/", "/news-sitemap.xml"} <= purged()


def test_a_correction_purges_the_corrections_page(
    story, purged, django_capture_on_commit_callbacks
):
    story.corrections = [ArticleCorrection(text="สะพานยาว 12 กม.", locale=story.locale)]
    publish(story, django_capture_on_commit_callbacks)
    assert {"/th/corrections/", "/th/world/flood/"} <= purged()


def test_a_tag_or_author_taken_off_purges_the_archive_it_leaves(
    story, purged, make_author, django_capture_on_commit_callbacks
):
    old_author_path = f"/th/authors/{story.article_authors.first().author.slug}/"
    new_author = make_author(name="Somchai")
    story.tags.set(["เลือกตั้ง"])
    story.article_authors = [ArticleAuthor(author=new_author)]
    publish(story, django_capture_on_commit_callbacks)
    assert old_author_path in purged()
    assert f"/th/authors/{new_author.slug}/" in purged()
    tag_paths = {path for path in purged() if path.startswith("/th/tags/")}
    assert len(tag_paths) == 2  # the tag it left and the tag it joined


def test_a_move_purges_the_old_address_and_both_sections(
    story, make_section, purged, django_capture_on_commit_callbacks
):
    business = make_section(title="ธุรกิจ", slug="business")
    with django_capture_on_commit_callbacks(execute=True):
        story.move(business, pos="last-child")
    assert {"/th/world/flood/", "/th/world/", "/th/business/flood/", "/th/business/"} <= purged()


def test_a_delete_purges_the_article(story, purged, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()
    assert {"/th/world/flood/", "/th/world/", "/th/"} <= purged()


def test_a_section_change_purges_the_whole_site(
    section, purged, django_capture_on_commit_callbacks
):
    section.title = "ต่างประเทศ"  # in every page's navigation
    publish(section, django_capture_on_commit_callbacks)
    assert SITE_KEY in purged()


FLOOD_TAG = url_key("/th/tags/น้ำท่วม/")
STORY_SHOWN_ON = {
    "/th/world/flood/",
    "/th/feeds/rss/",
    "/th/feeds/atom/",
    "/th/feeds/world/rss/",
    "/th/feeds/world/atom/",
}


def test_renaming_an_author_purges_both_archives_and_every_page_with_the_byline(
    story, author, purged, django_capture_on_commit_callbacks
):
    old_archive = f"/th/authors/{author.slug}/"
    author.name, author.slug = "Ananya Sukjai", "ananya"
    with django_capture_on_commit_callbacks(execute=True):
        author.save()
    assert {old_archive, "/th/authors/ananya/"} | STORY_SHOWN_ON <= purged()
    # Only what shows the byline: no front page, no section listing, no whole site.
    assert not {"/th/", "/th/world/", SITE_KEY} & purged()


def test_an_author_translation_purges_the_pages_of_both_languages(
    story, author, english_section, locale_en, purged, django_capture_on_commit_callbacks
):
    story.copy_for_translation(locale_en).save_revision().publish()  # with the Thai byline
    with django_capture_on_commit_callbacks(execute=True):
        english = author.copy_for_translation(locale_en)
        english.name = "Ananya Sukjai"
        english.save()
    assert {"/en/world/flood/", "/th/world/flood/", f"/en/authors/{author.slug}/"} <= purged()
    RecordingBackend.batches = []
    english.name = "Ananya S."
    with django_capture_on_commit_callbacks(execute=True):
        english.save()
    assert {"/en/world/flood/", "/en/feeds/world/rss/", f"/th/authors/{author.slug}/"} <= purged()


def test_renaming_a_tag_purges_its_old_and_new_archive_and_its_pages(
    story, purged, django_capture_on_commit_callbacks
):
    tag = ArticleTag.objects.get(name="น้ำท่วม")
    tag.name = "อุทกภัย"
    with django_capture_on_commit_callbacks(execute=True):
        tag.save()
    assert {FLOOD_TAG, url_key("/th/tags/อุทกภัย/")} | STORY_SHOWN_ON <= purged()
    assert not {"/th/", SITE_KEY} & purged()


@pytest.mark.parametrize("kind", ["author", "tag"])
def test_deleting_an_author_or_a_tag_purges_what_showed_it(
    kind, story, author, purged, django_capture_on_commit_callbacks
):
    snippet = author if kind == "author" else ArticleTag.objects.get(name="น้ำท่วม")
    archive = f"/th/authors/{author.slug}/" if kind == "author" else FLOOD_TAG
    with django_capture_on_commit_callbacks(execute=True):
        snippet.delete()
    assert {archive} | STORY_SHOWN_ON <= purged()


def test_what_shows_an_author_costs_the_same_queries_for_one_page_or_many(
    story, author, make_article, django_assert_num_queries
):
    snippets.author_paths(author.pk)  # Wagtail caches the sites' root paths
    with django_assert_num_queries(3):  # the author, the locales, the linked pages
        assert "/th/world/flood/" in snippets.author_paths(author.pk)
    for n in range(4):
        make_article(slug=f"more-{n}", authors=[author])
    with django_assert_num_queries(3):
        assert "/th/world/more-3/" in snippets.author_paths(author.pk)


def test_a_failed_purge_is_retried_and_logged(
    story, purged, caplog, django_capture_on_commit_callbacks
):
    RecordingBackend.failures_left = 2
    with caplog.at_level(logging.WARNING, logger="frontcache.queue"):
        publish(story, django_capture_on_commit_callbacks)
    assert "/th/world/flood/" in purged()  # the third attempt went through
    assert sum("retrying" in message for message in caplog.messages) == 2


def test_a_purge_that_keeps_failing_is_given_up_and_logged(
    story, purged, settings, caplog, django_capture_on_commit_callbacks
):
    RecordingBackend.failures_left = 100
    with caplog.at_level(logging.WARNING, logger="frontcache.queue"):
        publish(story, django_capture_on_commit_callbacks)
    given_up = sum("Gave up" in message for message in caplog.messages)
    assert given_up >= 1
    assert 100 - RecordingBackend.failures_left == given_up * settings.FRONTCACHE_PURGE_ATTEMPTS
    story.refresh_from_db()
    assert story.live and not story.has_unpublished_changes  # published all the same


def test_an_unexpected_error_in_the_cache_never_blocks_publishing(
    story, purged, django_capture_on_commit_callbacks
):
    RecordingBackend.failures_left = 1
    RecordingBackend.error = RuntimeError
    story.title = "ข่าวด่วน"
    publish(story, django_capture_on_commit_callbacks)
    story.refresh_from_db()
    assert story.title == "ข่าวด่วน" and story.live


def test_no_cache_configured_costs_no_query(story, settings, django_assert_num_queries):
    settings.WAGTAILFRONTENDCACHE = {}
    from frontcache import receivers

    with django_assert_num_queries(0):
        receivers.article_changed(sender=type(story), instance=story)


def test_an_ended_banner_is_purged_once(story, purged, django_capture_on_commit_callbacks):
    now = timezone.now()
    story.is_breaking = True
    story.breaking_until = now + timedelta(minutes=1)
    story.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        assert banners.purge_expired_banners(now) == 0
    RecordingBackend.batches = []
    with django_capture_on_commit_callbacks(execute=True):
        assert banners.purge_expired_banners(now + timedelta(minutes=2)) == 1
    assert {"/th/", "/th/world/", "/th/world/flood/"} <= purged()
    with django_capture_on_commit_callbacks(execute=True):
        assert banners.purge_expired_banners(now + timedelta(minutes=3)) == 0


def test_public_responses_carry_their_keys_and_stale_directives(client, story, settings):
    response = client.get("/th/world/flood/")
    assert response["xkey"] == "/ /th/world/flood/"
    directives = response["Cache-Control"]
    assert f"stale-while-revalidate={settings.PUBLIC_CACHE_STALE_WHILE_REVALIDATE}" in directives
    assert f"stale-if-error={settings.PUBLIC_CACHE_STALE_IF_ERROR}" in directives


def test_a_private_response_carries_no_keys(client, story, admin_user):
    client.force_login(admin_user)
    response = client.get("/th/world/flood/")
    assert "private" in response["Cache-Control"] and "xkey" not in response


def test_a_thai_path_has_one_key_however_it_is_encoded():
    assert url_key("/th/tags/%e0%b8%99/") == url_key("/th/tags/%E0%B8%99/") == "/th/tags/%E0%B8%99/"


def test_keys_are_sent_in_batches_under_the_header_limit():
    keys = [f"/th/world/story-{n:05d}/" for n in range(1000)]
    batches = list(backends.key_batches(keys))
    assert sum(len(batch) for batch in batches) == 1000
    assert all(len(" ".join(batch)) <= backends.PURGE_BATCH_BYTES for batch in batches)


def test_an_unreachable_varnish_raises_for_a_retry():
    backend = backends.VarnishXkeyBackend({"LOCATION": "http://127.0.0.1:9"})
    with pytest.raises(backends.PurgeFailed):
        backend.purge_batch(["http://localhost/th/"])
