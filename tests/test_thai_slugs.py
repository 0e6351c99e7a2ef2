"""
Slugs for Thai headlines, as the admin's browser sends them.

Wagtail's slug field fills itself from the title while the editor types; for
a Thai headline it sends ``-`` (``-418`` with digits). Such a slug is no slug:
the page gets its stable id (``story-<key>``), the editor sees it after the
save, two stories with the same Thai headline both save, and no feed or
sitemap carries ``/-/``. The browser side is in tests/test_slug_browser.py.
"""

import re
import uuid

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import ArticlePage

pytestmark = pytest.mark.django_db

THAI_HEADLINE = "ธนาคารกลางขึ้นอัตราดอกเบี้ย 0.25%"
EDIT_URL = re.compile(r"/admin/pages/(\d+)/edit/")


def article_form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "standfirst": "นักเศรษฐศาสตร์มองต่างกัน",
            "body": streamfield([("paragraph", rich_text("<p>เนื้อข่าว</p>"))]),
            "article_authors": inline_formset([]),
            "corrections": inline_formset([]),
            **extra,
        }
    )


def add_story(client, section, title, slug, **extra):
    """Post the add form as the editor's browser does; a draft unless `extra` publishes."""
    url = f"/admin/pages/add/news/articlepage/{section.pk}/"
    response = client.post(url, article_form(title, slug, **extra))
    assert response.status_code == 302, response.content.decode()[:3000]
    return ArticlePage.objects.child_of(section).get(title=title)


def stable_slug(page):
    return f"story-{page.translation_key.hex[:8]}"


@pytest.mark.parametrize("sent_slug", ["-", "-418", "", "123", "ดอกเบี้ย"])
def test_a_thai_headline_gets_its_stable_slug_whatever_the_browser_sends(
    admin_client, section, sent_slug
):
    story = add_story(admin_client, section, THAI_HEADLINE, sent_slug)
    assert story.slug == stable_slug(story)
    assert story.url_path.endswith(f"/{story.slug}/")


def test_the_editor_sees_the_real_slug_after_saving(admin_client, section, soup):
    url = f"/admin/pages/add/news/articlepage/{section.pk}/"
    response = admin_client.post(url, article_form(THAI_HEADLINE, "-418"))
    page_id = EDIT_URL.search(response["Location"]).group(1)

    form = soup(admin_client.get(f"/admin/pages/{page_id}/edit/"))
    story = ArticlePage.objects.get(pk=page_id)
    assert form.find("input", {"name": "slug"})["value"] == stable_slug(story)


def test_two_stories_with_one_thai_headline_in_one_section_both_save(admin_client, section):
    first = add_story(admin_client, section, "ฝุ่น PM2.5 เกินมาตรฐาน", "-")
    first.title = "ฝุ่น PM2.5 เกินมาตรฐาน (เมื่อวาน)"
    first.save_revision().publish()

    second = add_story(admin_client, section, "ฝุ่น PM2.5 เกินมาตรฐาน", "-")
    assert first.slug != second.slug
    assert second.slug == stable_slug(second)


def test_an_english_headline_keeps_its_slug_from_its_words(admin_client, section):
    from_title = add_story(admin_client, section, "Rice exports rise again", "-")
    typed = add_story(admin_client, section, "Baht firms", "baht-firms-on-exports")

    assert from_title.slug == "rice-exports-rise-again"
    assert typed.slug == "baht-firms-on-exports"


def test_a_draft_saved_outside_the_admin_gets_the_stable_slug_too(section):
    draft = ArticlePage(title=THAI_HEADLINE, slug="-", standfirst="-", live=False)
    section.add_child(instance=draft)
    assert draft.slug == stable_slug(draft)


def test_a_stable_slug_a_sibling_already_has_grows_longer(section):
    key = uuid.uuid4()
    section.add_child(
        instance=ArticlePage(title="Old", slug=f"story-{key.hex[:8]}", standfirst="-")
    )
    draft = ArticlePage(title=THAI_HEADLINE, slug="-", standfirst="-", translation_key=key)
    draft.live = False
    section.add_child(instance=draft)
    assert draft.slug == f"story-{key.hex[:12]}"


def test_feeds_and_sitemaps_carry_the_stable_address_never_a_dash(admin_client, client, section):
    story = add_story(admin_client, section, THAI_HEADLINE, "-", **{"action-publish": "publish"})
    assert story.live

    for url in (
        "/th/feeds/rss/",
        "/th/feeds/world/rss/",
        "/sitemap-pages.xml",
        "/news-sitemap.xml",
    ):
        body = client.get(url).content.decode()
        assert f"/th/world/{story.slug}/" in body, url
        assert "/-/" not in body, url


def test_a_story_published_as_dash_moves_to_its_stable_slug_and_the_old_address_redirects(
    admin_client, client, section, django_capture_on_commit_callbacks
):
    """Stories saved before the slug rule live at `/-/`: their next publish moves them."""
    story = add_story(admin_client, section, THAI_HEADLINE, "", **{"action-publish": "publish"})
    dash_path = story.url_path.replace(f"/{story.slug}/", "/-/")
    ArticlePage.objects.filter(pk=story.pk).update(slug="-", url_path=dash_path)
    revision = story.latest_revision
    revision.content["slug"] = "-"
    revision.save(update_fields=["content"])
    assert client.get("/th/world/-/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):  # Wagtail redirects on commit
        response = admin_client.post(
            f"/admin/pages/{story.pk}/edit/",
            article_form(THAI_HEADLINE, "-", **{"action-publish": "publish"}),
        )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.slug == stable_slug(story)
    old = client.get("/th/world/-/")
    assert old.status_code == 301 and old.url.endswith(f"/world/{story.slug}/")
