"""
An article's SEO tags and byline are rendered once per live revision,
language, host (and scheme, for the tags' absolute URLs) and kept with its
body (news/render_cache.py), rendered ahead when it is published
(frontcache/body_warming.py), and never stale: whatever they show starts a
new generation when it changes. Previews render afresh.
"""

import pytest
from wagtail.models import Site

from home.site_settings import SiteIdentity
from news import render_cache
from news.models import ArticlePage
from newsroom.models import ArticleCorrection
from tests.seo_helpers import json_ld, meta

pytestmark = pytest.mark.django_db


def seo_tags(page):
    """{% seo_head %}'s part of the <head> (the <title> is not theirs)."""
    found = page.head.select("meta[property], meta[name], link[rel=canonical], script[type]")
    return [str(tag) for tag in found]


def byline(page):
    return page.select_one(".byline").get_text(" ", strip=True)


@pytest.fixture
def read(client, soup):
    def get(article, **headers):
        response = client.get(article.url, **headers)
        assert response.status_code == 200
        return soup(response)

    return get


@pytest.fixture
def writer(make_author):
    return make_author(name="อนันยา สุขใจ")


@pytest.fixture
def story(make_article, writer):
    return make_article(title="น้ำท่วมตลาดน้ำ", authors=[writer])


def test_head_and_byline_are_rendered_once_per_revision(read, story):
    read(story)
    # Behind Wagtail's back: the cached parts do not see it.
    ArticlePage.objects.filter(pk=story.pk).update(
        seo_title="ไม่ได้เผยแพร่", updated_note="ไม่ได้เผยแพร่"
    )
    page = read(story)
    assert meta(page, "og:title") == "น้ำท่วมตลาดน้ำ"
    assert "ไม่ได้เผยแพร่" not in byline(page)

    render_cache.new_generation()  # what a reader would render now
    assert meta(read(story), "og:title") == "ไม่ได้เผยแพร่"


def test_an_authors_new_name_shows_in_the_byline_and_json_ld(read, story, writer):
    read(story)
    writer.name = "วรรณภา สุขเจริญ"
    writer.save()

    page = read(story)
    assert "วรรณภา สุขเจริญ" in byline(page)
    assert [author["name"] for author in json_ld(page)["author"]] == ["วรรณภา สุขเจริญ"]


def test_a_site_identity_change_shows_in_the_head(read, story, home):
    read(story)
    identity = SiteIdentity.for_site(Site.objects.get(root_page=home))
    identity.name_th = "ข่าวค่ำ"
    identity.x_handle = "evening_news"
    identity.facebook_url = "https://www.facebook.com/evening"
    identity.save()

    page = read(story)
    assert meta(page, "og:site_name") == "ข่าวค่ำ"
    assert meta(page, "twitter:site") == "@evening_news"
    assert meta(page, "article:publisher") == "https://www.facebook.com/evening"
    assert json_ld(page)["publisher"]["name"] == "ข่าวค่ำ"


def test_a_section_renamed_shows_in_the_head(read, story, section):
    read(story)
    section.title = "ต่างประเทศ"
    section.save_revision().publish()

    page = read(story)
    assert meta(page, "article:section") == "ต่างประเทศ"
    assert json_ld(page)["articleSection"] == "ต่างประเทศ"


def test_a_translation_published_later_is_an_alternate_locale(read, story, english_section):
    assert meta(read(story), "og:locale:alternate") is None
    story.copy_for_translation(english_section.locale).save_revision().publish()

    assert meta(read(story), "og:locale:alternate") == "en_US"


def test_a_correction_moves_the_modified_time(read, story):
    before = meta(read(story), "article:modified_time")
    story.corrections.add(ArticleCorrection(text="แก้ตัวเลข"))
    story.save_revision().publish()

    page = read(story)
    assert meta(page, "article:modified_time") > before
    assert json_ld(page)["dateModified"] == meta(page, "article:modified_time")


def test_each_scheme_gets_its_own_absolute_urls(read, story):
    assert meta(read(story), "og:url").startswith("http://")
    assert meta(read(story, secure=True), "og:url").startswith("https://")
    assert meta(read(story), "og:url").startswith("http://")


def test_a_preview_shows_the_drafts_tags_and_byline(admin_client, soup, read, story):
    read(story)
    story.seo_title = "ร่างพาดหัว"
    story.updated_note = "ร่างหมายเหตุ"
    revision = story.save_revision()

    response = admin_client.get(f"/admin/pages/{story.id}/revisions/{revision.id}/view/")
    preview = soup(response)
    assert meta(preview, "og:title") == "ร่างพาดหัว"
    assert meta(read(story), "og:title") == "น้ำท่วมตลาดน้ำ"


def test_deleting_a_rendition_starts_a_generation(story, image):
    rendition = image.get_rendition("fill-96x96")
    generation = render_cache.new_generation()
    rendition.delete()
    assert render_cache.cache.get(render_cache.GENERATION_KEY) != generation


def test_publishing_renders_head_and_byline_before_the_first_reader(
    read, story, django_capture_on_commit_callbacks
):
    story.seo_title = "พาดหัวใหม่"
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    # Behind Wagtail's back, after the publish: a reader rendering them would show it.
    ArticlePage.objects.filter(pk=story.pk).update(
        seo_title="ไม่ได้เผยแพร่", updated_note="ไม่ได้เผยแพร่"
    )

    warmed = read(story, HTTP_HOST="localhost")  # the site's own host name
    assert meta(warmed, "og:title") == "พาดหัวใหม่"
    assert "ไม่ได้เผยแพร่" not in byline(warmed)

    ArticlePage.objects.filter(pk=story.pk).update(seo_title="พาดหัวใหม่", updated_note="")
    render_cache.new_generation()
    fresh = read(story, HTTP_HOST="localhost")
    assert seo_tags(fresh) == seo_tags(warmed)  # the same tags a reader renders
    assert str(fresh.select_one(".byline")) == str(warmed.select_one(".byline"))
