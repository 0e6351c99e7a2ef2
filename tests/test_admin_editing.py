"""Editors create, publish and edit articles through the Wagtail admin."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail.users.models import UserProfile

from news.models import ArticlePage

pytestmark = pytest.mark.django_db

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]
VIDEO_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"


def list_block(items):
    """Form data for a ListBlock's children (the same shape as a stream's)."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def add_url(section):
    return f"/admin/pages/add/news/articlepage/{section.id}/"


@pytest.fixture
def target(make_article, image):
    return make_article(title="ระดับน้ำเจ้าพระยาสูงขึ้น", slug="river-rising", hero_image=image)


@pytest.fixture
def article_form(image, author, target):
    """Add-page form data with every block type in the body, a byline and tags."""

    def build(alt_text="เรือจอดริมคลองยามเช้า", **overrides):
        data = {
            "title": "น้ำท่วมกรุงเทพฯ: ชาวบ้านเร่งขนของหนีน้ำ",
            "slug": "bangkok-floods",
            "standfirst": "ระดับน้ำในคลองสูงขึ้นเร็วกว่าที่คาด",
            "hero_image": str(image.id),
            "hero_caption": "คลองแสนแสบ",
            "hero_credit": "Photo: Ananya Sukjai",
            "body": streamfield(
                [
                    (
                        "paragraph",
                        rich_text(
                            "<p>ชาวบ้านริมคลอง<b>เร่งขนของ</b>ขึ้นที่สูง</p>",
                            features=PARAGRAPH_FEATURES,
                        ),
                    ),
                    ("heading", {"text": "เกิดอะไรขึ้น", "level": "h2"}),
                    (
                        "image",
                        {
                            "image": str(image.id),
                            "alt_text": alt_text,
                            "caption": "เช้าวันจันทร์",
                            "credit": "Photo: Somchai",
                        },
                    ),
                    (
                        "pull_quote",
                        {
                            "quote": "น้ำมาเร็วกว่าทุกปี",
                            "speaker": "สมชาย ใจดี",
                            "role": "ชาวบ้านบางกะปิ",
                        },
                    ),
                    ("related_story", {"article": str(target.id), "headline": ""}),
                    ("embed", {"url": VIDEO_URL, "caption": "คลิปจากผู้อ่าน"}),
                    (
                        "fact_box",
                        {
                            "title": "ตัวเลขสำคัญ",
                            "facts": list_block(["ฝนตก 120 มม.", "50 ชุมชนได้รับผลกระทบ"]),
                            "source": "กรุงเทพมหานคร",
                        },
                    ),
                ]
            ),
            "article_authors": inline_formset([{"author": str(author.id), "id": ""}]),
            "corrections": inline_formset([]),
            "tags": "น้ำท่วม, bangkok",
            "display_date": "",
            "updated_note": "",
            "updated_at": "",
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "action-publish",
        }
        data.update(overrides)
        return nested_form_data(data)

    return build


def test_create_and_publish_article_with_every_block(
    admin_client, section, article_form, image, author, target, soup
):
    response = admin_client.post(add_url(section), article_form())

    assert response.status_code == 302, response.context and response.context["form"].errors
    assert response["Location"] == f"/admin/pages/{section.id}/"

    article = ArticlePage.objects.get(slug="bangkok-floods")
    assert article.live
    assert not article.has_unpublished_changes
    assert article.get_parent().specific == section
    assert article.locale.language_code == "th"
    assert article.first_published_at is not None
    assert article.display_date == article.first_published_at
    assert article.revisions.count() == 1
    assert [block.block_type for block in article.body] == [
        "paragraph",
        "heading",
        "image",
        "pull_quote",
        "related_story",
        "embed",
        "fact_box",
    ]
    body = list(article.body)
    assert body[1].value["text"] == "เกิดอะไรขึ้น"
    assert body[2].value["image"] == image
    assert body[2].value["alt_text"] == "เรือจอดริมคลองยามเช้า"
    assert body[4].value["article"].pk == target.pk
    assert list(body[6].value["facts"]) == ["ฝนตก 120 มม.", "50 ชุมชนได้รับผลกระทบ"]
    assert [link.author for link in article.article_authors.all()] == [author]
    assert sorted(article.tags.names()) == sorted(["น้ำท่วม", "bangkok"])

    admin_client.logout()
    response = admin_client.get("/th/world/bangkok-floods/")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("h1.article__headline").get_text() == (
        "น้ำท่วมกรุงเทพฯ: ชาวบ้านเร่งขนของหนีน้ำ"
    )
    assert page.select_one(".byline__name").get_text() == author.name
    assert page.select_one(".article__hero img") is not None
    body_div = page.select_one("div.article__body")
    assert body_div.select_one(".rich-text b").get_text() == "เร่งขนของ"
    assert body_div.select_one("h2.body-heading").get_text() == "เกิดอะไรขึ้น"
    assert body_div.select_one("figure.body-image img")["alt"] == "เรือจอดริมคลองยามเช้า"
    assert body_div.select_one("figure.pull-quote cite").get_text() == "สมชาย ใจดี"
    assert body_div.select_one("aside.related a.related__link")["href"] == target.url
    assert body_div.select_one("figure.embed a")["href"] == VIDEO_URL
    assert [li.get_text() for li in body_div.select("aside.fact-box li")] == [
        "ฝนตก 120 มม.",
        "50 ชุมชนได้รับผลกระทบ",
    ]
    # The blocks appear in the order the editor put them.
    classes = [
        " ".join(el.get("class", [])) for el in body_div.children if getattr(el, "name", None)
    ]
    assert classes == [
        "rich-text",
        "body-heading",
        "body-image",
        "pull-quote",
        "related",
        "embed",
        "fact-box",
    ]
    assert sorted(li.get_text() for li in page.select(".tag-list li")) == sorted(
        ["น้ำท่วม", "bangkok"]
    )


def test_missing_image_alt_text_is_a_form_error(admin_client, section, article_form, soup):
    pages_before = Page.objects.count()

    response = admin_client.post(add_url(section), article_form(alt_text=""))

    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    body_error = response.context["form"].errors.as_data()["body"][0]
    assert body_error.block_errors[2].block_errors["alt_text"]
    assert list(body_error.block_errors) == [2]  # only the image block is at fault
    assert soup(response).select_one(".messages .error") is not None
    assert Page.objects.count() == pages_before
    assert not ArticlePage.objects.filter(slug="bangkok-floods").exists()


def test_article_editor_has_content_metadata_and_promotion_tabs(
    admin_client, admin_user, make_article, soup
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    article = make_article()

    response = admin_client.get(f"/admin/pages/{article.id}/edit/")

    assert response.status_code == 200
    page = soup(response)
    tabs = [tab.find(string=True, recursive=False).strip() for tab in page.select("[role=tab]")]
    assert tabs[:3] == ["Content", "Metadata", "Promotion"]

    def fields_in(tab_label):
        tab = next(t for t in page.select("[role=tab]") if tab_label in t.get_text())
        panel = page.select_one(tab["href"])
        return {el["name"] for el in panel.select("[name]") if el.name in ("input", "textarea")}

    content = fields_in("Content")
    assert {"title", "standfirst", "hero_image", "hero_caption", "hero_credit"} <= content
    metadata = fields_in("Metadata")
    assert {"tags", "display_date", "updated_note", "article_authors-TOTAL_FORMS"} <= metadata
    promotion = fields_in("Promotion")
    assert {"slug", "seo_title", "search_description"} <= promotion
