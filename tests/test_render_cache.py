"""
An article's rendered body is kept per published revision and language
(news/render_cache.py), and is never stale: publishing the article, or
publishing, unpublishing or translating a story it links to, shows at once;
previews always show the draft. Publishing renders the new body ahead of its
first reader (frontcache/body_warming.py).
"""

import pytest

from news import render_cache
from news.models import ArticlePage

pytestmark = pytest.mark.django_db


def body_text(client, soup, article):
    response = client.get(article.url)
    assert response.status_code == 200
    return soup(response).select_one(".article__body").get_text(" ", strip=True)


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


@pytest.fixture
def related_target(make_article):
    return make_article(title="เรื่องที่เกี่ยวข้อง")


@pytest.fixture
def article(make_article, related_target):
    return make_article(
        title="เรื่องหลัก",
        body=[paragraph("ย่อหน้าแรก"), ("related_story", {"article": related_target})],
    )


def test_the_body_is_rendered_once_per_revision(client, soup, article):
    body_text(client, soup, article)
    # Behind Wagtail's back: a body from the cache does not see it.
    ArticlePage.objects.filter(pk=article.pk).update(body=[paragraph("ไม่ได้เผยแพร่")])

    assert "ย่อหน้าแรก" in body_text(client, soup, article)


def test_publishing_an_edit_shows_the_new_body(client, soup, article):
    body_text(client, soup, article)
    article.body = [paragraph("ฉบับแก้ไข")]
    article.save_revision().publish()

    assert "ฉบับแก้ไข" in body_text(client, soup, article)


def test_a_related_story_published_with_a_new_headline_shows_it(
    client, soup, article, related_target
):
    body_text(client, soup, article)
    related_target.title = "พาดหัวใหม่"
    related_target.save_revision().publish()

    assert "พาดหัวใหม่" in body_text(client, soup, article)


def test_an_unpublished_related_story_leaves_the_body(client, soup, article, related_target):
    assert "เรื่องที่เกี่ยวข้อง" in body_text(client, soup, article)
    related_target.unpublish()

    assert "เรื่องที่เกี่ยวข้อง" not in body_text(client, soup, article)


def test_a_related_story_translated_later_shows_in_the_translation(
    client, soup, english_section, article, related_target
):
    english = article.copy_for_translation(english_section.locale)
    english.save_revision().publish()
    assert "เรื่องที่เกี่ยวข้อง" not in body_text(client, soup, english)  # no English yet

    translated = related_target.copy_for_translation(english_section.locale)
    translated.title = "Related in English"
    translated.save_revision().publish()

    assert "Related in English" in body_text(client, soup, english)
    assert "เรื่องที่เกี่ยวข้อง" in body_text(client, soup, article)


def test_a_preview_shows_the_draft_not_the_cached_body(admin_client, soup, article):
    assert "ย่อหน้าแรก" in body_text(admin_client, soup, article)
    article.body = [paragraph("ร่างที่ยังไม่เผยแพร่")]
    revision = article.save_revision()

    response = admin_client.get(f"/admin/pages/{article.id}/revisions/{revision.id}/view/")

    assert "ร่างที่ยังไม่เผยแพร่" in soup(response).select_one(".article__body").get_text()
    assert "ย่อหน้าแรก" in body_text(admin_client, soup, article)


def body_html(client, soup, article):
    response = client.get(article.url, HTTP_HOST="localhost")  # the site's own host name
    assert response.status_code == 200
    return str(soup(response).select_one(".article__body"))


def test_publishing_renders_the_body_before_its_first_reader(
    client, soup, article, related_target, django_capture_on_commit_callbacks
):
    article.body = [paragraph("ฉบับแก้ไข"), ("related_story", {"article": related_target})]
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    # Behind Wagtail's back, after the publish: a reader rendering the body would show it.
    ArticlePage.objects.filter(pk=related_target.pk).update(title="ไม่ได้เผยแพร่")

    warmed = body_html(client, soup, article)

    assert "ฉบับแก้ไข" in warmed
    assert "ไม่ได้เผยแพร่" not in warmed
    ArticlePage.objects.filter(pk=related_target.pk).update(title=related_target.title)
    render_cache.new_generation()
    assert body_html(client, soup, article) == warmed  # the same HTML a reader renders
