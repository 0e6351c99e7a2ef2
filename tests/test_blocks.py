"""How each article body block renders on the public page, and how editors see it."""

from unittest import mock

import pytest
from django.utils import translation
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from news import block_values
from news.models import ArticlePage

pytestmark = pytest.mark.django_db

BODY_BLOCK_NAMES = [
    "paragraph",
    "heading",
    "image",
    "pull_quote",
    "related_story",
    "embed",
    "fact_box",
]


@pytest.fixture
def render_body(client, make_article, soup):
    """Publish an article with `body` and return its parsed `div.article__body`."""

    def render(body, **fields):
        article = make_article(title="Story under test", body=body, **fields)
        response = client.get(article.url)
        assert response.status_code == 200
        body_div = soup(response).select_one("div.article__body")
        assert body_div is not None
        return body_div

    return render


def related(article, headline=""):
    return ("related_story", {"article": article, "headline": headline})


# Pull quote


def test_pull_quote_is_a_figure_with_blockquote_and_attribution(render_body):
    body = render_body(
        [
            (
                "pull_quote",
                {
                    "quote": "น้ำปีนี้มาเร็วกว่าทุกปี\nเราต้องเตรียมตัว",
                    "speaker": "สมชาย ใจดี",
                    "role": "Farmer, Ayutthaya",
                },
            )
        ]
    )
    figures = body.select("figure.pull-quote")
    assert len(figures) == 1
    figure = figures[0]
    blockquote = figure.find("blockquote")
    assert blockquote is not None
    assert "น้ำปีนี้มาเร็วกว่าทุกปี" in blockquote.get_text()
    assert blockquote.find("br") is not None  # line breaks kept
    caption = figure.find("figcaption")
    assert caption is not None
    assert caption.find("cite").get_text(strip=True) == "สมชาย ใจดี"
    assert caption.select_one(".pull-quote__role").get_text(strip=True) == "Farmer, Ayutthaya"
    # The attribution is outside the quotation itself.
    assert blockquote.find("cite") is None


def test_pull_quote_without_role_has_only_the_speaker(render_body):
    body = render_body([("pull_quote", {"quote": "Q", "speaker": "Dr Kanya", "role": ""})])
    caption = body.select_one("figure.pull-quote figcaption")
    assert caption.get_text(strip=True) == "Dr Kanya"
    assert caption.select_one(".pull-quote__role") is None


# Related stories


def related_boxes(body):
    return body.select("aside.related")


def box_links(box):
    return [(a["href"], a.get_text(strip=True)) for a in box.select("li.related__item a")]


def test_consecutive_related_stories_share_one_box(render_body, make_article):
    targets = [make_article(title=f"Related {i}") for i in range(3)]
    body = render_body([("paragraph", "<p>Intro</p>"), *[related(t) for t in targets]])
    boxes = related_boxes(body)
    assert len(boxes) == 1
    assert box_links(boxes[0]) == [(t.url, t.title) for t in targets]
    assert len(boxes[0].select("li.related__item")) == 3


def test_separated_runs_of_related_stories_get_separate_boxes(render_body, make_article):
    a, b, c = (make_article(title=f"Target {x}") for x in "ABC")
    body = render_body(
        [related(a), related(b), ("paragraph", "<p>Between the boxes</p>"), related(c)]
    )
    boxes = related_boxes(body)
    assert [len(box.select("li.related__item")) for box in boxes] == [2, 1]
    assert box_links(boxes[0]) == [(a.url, a.title), (b.url, b.title)]
    assert box_links(boxes[1]) == [(c.url, c.title)]
    # The paragraph sits between the two boxes, in body order.
    children = [el for el in body.children if getattr(el, "name", None)]
    classes = [" ".join(el.get("class", [])) for el in children]
    assert classes == ["related", "rich-text", "related"]


def test_related_story_to_unpublished_article_renders_nothing(render_body, make_article):
    draft = make_article(title="Embargoed draft", publish=False)
    body = render_body([("paragraph", "<p>Text</p>"), related(draft)])
    assert related_boxes(body) == []
    assert "Embargoed draft" not in str(body)


def test_related_story_to_unpublished_article_is_dropped_from_its_run(render_body, make_article):
    live = make_article(title="Live target")
    withdrawn = make_article(title="Withdrawn target")
    withdrawn.unpublish()
    body = render_body([related(live), related(withdrawn)])
    boxes = related_boxes(body)
    assert len(boxes) == 1
    assert box_links(boxes[0]) == [(live.url, "Live target")]


def test_related_story_to_deleted_article_renders_nothing(client, make_article, soup):
    target = make_article(title="Soon deleted")
    article = make_article(body=[("paragraph", "<p>Still here</p>"), related(target)])
    target.delete()
    assert not ArticlePage.objects.filter(title="Soon deleted").exists()

    response = client.get(article.url)
    assert response.status_code == 200
    body = soup(response).select_one("div.article__body")
    assert related_boxes(body) == []
    assert "Still here" in body.get_text()


def test_related_story_headline_override(render_body, make_article, image):
    target = make_article(title="Original headline", hero_image=image, standfirst="Short summary.")
    plain = make_article(title="Plain headline")
    body = render_body([related(target, headline="Editor's headline"), related(plain)])
    items = body.select("aside.related li.related__item")
    assert [a.get_text(strip=True) for a in body.select("a.related__link")] == [
        "Editor's headline",
        "Plain headline",
    ]
    assert "Original headline" not in str(body)
    # The item shows the target's picture and standfirst.
    thumb = items[0].select_one("img.related__thumb")
    assert thumb is not None
    assert (thumb["width"], thumb["height"]) == ("160", "90")
    assert items[0].select_one(".related__standfirst").get_text(strip=True) == "Short summary."
    assert items[1].select_one("img") is None  # no hero image, no thumbnail


# Embed


def test_embed_with_unreachable_provider_falls_back_to_a_link(render_body):
    url = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    body = render_body([("embed", {"url": url, "caption": "The dam at night"})])
    figure = body.select_one("figure.embed")
    assert figure is not None
    assert figure.find("iframe") is None
    links = figure.select("a")
    assert [a["href"] for a in links] == [url]
    assert figure.select_one("p.embed__fallback a")["href"] == url
    assert figure.find("figcaption").get_text(strip=True) == "The dam at night"


def test_embed_failure_is_remembered(client, make_article):
    url = "https://video.example.com/unreachable"
    article = make_article(body=[("embed", {"url": url, "caption": ""})])
    with mock.patch.object(
        block_values, "embed_to_frontend_html", return_value=""
    ) as embed_to_frontend_html:
        assert client.get(article.url).status_code == 200
        assert client.get(article.url).status_code == 200
    embed_to_frontend_html.assert_called_once_with(url)


def test_embed_found_renders_the_provider_html(render_body):
    url = "https://video.example.com/watch/1"
    Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        type="video",
        html='<iframe src="https://video.example.com/embed/1" title="Flood video"></iframe>',
        width=640,
        height=360,
    )
    body = render_body([("embed", {"url": url, "caption": ""})])
    figure = body.select_one("figure.embed")
    assert figure.find("iframe")["src"] == "https://video.example.com/embed/1"
    assert figure.select_one(".embed__fallback") is None
    assert figure.find("figcaption") is None


# Fact box and headings


def test_fact_box(render_body):
    body = render_body(
        [
            (
                "fact_box",
                {
                    "title": "แม่น้ำเจ้าพระยา",
                    "facts": ["372 km long", "11 provinces", "4 major dams"],
                    "source": "Royal Irrigation Department",
                },
            )
        ]
    )
    box = body.select_one("aside.fact-box")
    assert box["aria-label"] == "แม่น้ำเจ้าพระยา"
    assert box.select_one("h2.fact-box__title").get_text(strip=True) == "แม่น้ำเจ้าพระยา"
    assert [li.get_text() for li in box.select("li")] == [
        "372 km long",
        "11 provinces",
        "4 major dams",
    ]
    assert "Royal Irrigation Department" in box.select_one(".fact-box__source").get_text()


def test_fact_box_without_source(render_body):
    body = render_body([("fact_box", {"title": "T", "facts": ["one"], "source": ""})])
    box = body.select_one("aside.fact-box")
    assert box.select_one(".fact-box__source") is None
    assert [li.get_text() for li in box.select("li")] == ["one"]


def test_heading_levels(render_body):
    body = render_body(
        [
            ("heading", {"text": "What happened", "level": "h2"}),
            ("heading", {"text": "In Bangkok", "level": "h3"}),
        ]
    )
    headings = body.select(".body-heading")
    assert [(h.name, h.get_text()) for h in headings] == [
        ("h2", "What happened"),
        ("h3", "In Bangkok"),
    ]


def test_paragraph_keeps_its_rich_text(render_body):
    body = render_body(
        [("paragraph", '<p>Read <b>this</b> <a href="https://example.com/">now</a></p>')]
    )
    rich = body.select_one("div.rich-text")
    assert rich.find("b").get_text() == "this"
    assert rich.find("a")["href"] == "https://example.com/"


# Image


def test_image_block_renders_dimensions_alt_caption_and_credit(render_body, make_image):
    picture = make_image(title="Internal title", size=(1200, 800))
    body = render_body(
        [
            (
                "image",
                {
                    "image": picture,
                    "alt_text": "เรือจอดริมคลองยามเช้า",
                    "caption": "The canal at dawn.",
                    "credit": "Photo: Ananya Sukjai",
                },
            )
        ]
    )
    figure = body.select_one("figure.body-image")
    img = figure.find("img")
    assert img["alt"] == "เรือจอดริมคลองยามเช้า"
    # width-480 of a 1200x800 picture
    assert (img["width"], img["height"]) == ("480", "320")
    assert img["loading"] == "lazy"
    widths = [entry.split()[-1] for entry in img["srcset"].split(",")]
    assert widths == ["480w", "720w", "1080w"]
    caption = figure.find("figcaption")
    assert caption.get_text(" ", strip=True) == "The canal at dawn. Photo: Ananya Sukjai"
    assert caption.select_one(".credit").get_text() == "Photo: Ananya Sukjai"
    assert "Internal title" not in str(figure)


def test_image_block_without_caption_has_no_figcaption(render_body, image):
    body = render_body(
        [("image", {"image": image, "alt_text": "Alt", "caption": "", "credit": ""})]
    )
    figure = body.select_one("figure.body-image")
    assert figure.find("img")["alt"] == "Alt"
    assert figure.find("figcaption") is None


# What editors see in the block picker


def body_child_blocks():
    return ArticlePage._meta.get_field("body").stream_block.child_blocks


def test_body_offers_exactly_the_newsroom_blocks():
    assert list(body_child_blocks()) == BODY_BLOCK_NAMES


@pytest.mark.parametrize("name", BODY_BLOCK_NAMES)
def test_every_body_block_has_description_preview_value_and_icon(name):
    block = body_child_blocks()[name]
    assert str(block.get_description()).strip(), f"{name} has no description"
    assert hasattr(block.meta, "preview_value"), f"{name} has no preview_value"
    assert block.get_preview_value(), f"{name} has an empty preview value"
    assert block.meta.icon not in (None, "", "placeholder"), f"{name} has the default icon"
    assert block.is_previewable, f"{name} is not shown in the block picker's preview"


PREVIEW_TEXT = {
    "paragraph": (
        "Reporters spent three weeks along the river talking to farmers, "
        "engineers and the officials who decide when the gates open."
    ),
    "heading": "What happens next",
    "pull_quote": "Nobody plans a harvest around a forecast they cannot trust.",
    "embed": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    "fact_box": "11 provinces along its banks",
}


@pytest.mark.parametrize("name", BODY_BLOCK_NAMES)
def test_block_preview_renders_in_the_admin(admin_client, name):
    block = body_child_blocks()[name]
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/site.css" in html, "the preview is not styled like the site"
    if name in PREVIEW_TEXT:
        # The admin speaks Thai by default, and so do the sample values.
        with translation.override("th"):
            assert translation.gettext(PREVIEW_TEXT[name]) in html


def test_image_and_related_story_previews_show_real_content(admin_client, image, make_article):
    article = make_article(title="ข่าวล่าสุดสำหรับตัวอย่าง", slug="newest")
    blocks = body_child_blocks()

    image_preview = admin_client.get(
        "/admin/block-preview/", {"id": blocks["image"].definition_prefix}
    )
    related_preview = admin_client.get(
        "/admin/block-preview/", {"id": blocks["related_story"].definition_prefix}
    )

    assert "<img" in image_preview.content.decode()
    assert article.title in related_preview.content.decode()
