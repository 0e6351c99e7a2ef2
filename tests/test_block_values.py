"""
The article body blocks' values (news/block_values.py), without a template:
what a pull quote, a picture, an embed and a related story tell the template.
"""

import ast
import inspect
from pathlib import Path

import pytest
from django.utils import translation
from wagtail import blocks as wagtail_blocks
from wagtail.embeds import blocks as wagtail_embed_blocks
from wagtail.images import blocks as wagtail_image_blocks

from news import blocks as news_blocks
from news.models import ArticlePage

pytestmark = pytest.mark.django_db

NEWS = Path(news_blocks.__file__).parent


def body_block(name):
    return ArticlePage._meta.get_field("body").stream_block.child_blocks[name]


def related_stories(*articles, headline=""):
    """RelatedStoryValues as a page loaded from the database has them: built together."""
    raw = [{"article": article.pk, "headline": headline} for article in articles]
    return body_block("related_story").bulk_to_python(raw)


def translate(page, locale, **fields):
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return ArticlePage.objects.get(pk=translated.pk)


# Related story


def test_related_story_shows_the_target_in_the_readers_language(
    make_article, english_section, locale_en
):
    thai = make_article(title="ข่าวน้ำท่วม", slug="flood")
    english = translate(thai, locale_en, title="Flood news")
    [story] = related_stories(thai)

    with translation.override("th"):
        assert story.target == thai
        assert story.link_text == "ข่าวน้ำท่วม"
    with translation.override("en"):
        assert story.target == english
        assert story.link_text == "Flood news"


def test_related_story_without_a_translation_shows_nothing_to_english_readers(make_article):
    [story] = related_stories(make_article(title="ข่าวที่ยังไม่แปล"))
    with translation.override("en"):
        assert story.target is None
        assert story.link_text == ""


def test_related_story_to_an_unpublished_translation_shows_nothing(
    make_article, english_section, locale_en
):
    thai = make_article(slug="withdrawn")
    translate(thai, locale_en).unpublish()
    [story] = related_stories(thai)
    with translation.override("en"):
        assert story.target is None


def test_related_story_to_an_unpublished_or_deleted_article_shows_nothing(make_article):
    draft = make_article(title="Embargoed", publish=False)
    deleted = make_article(title="Soon deleted")
    deleted_pk = deleted.pk
    deleted.delete()
    stories = body_block("related_story").bulk_to_python(
        [{"article": draft.pk, "headline": ""}, {"article": deleted_pk, "headline": ""}]
    )
    with translation.override("th"):
        assert [story.target for story in stories] == [None, None]


def test_related_story_headline_override_and_shortened_standfirst(make_article):
    target = make_article(title="Original headline", standfirst="ก" * 200)
    [story] = related_stories(target, headline="Editor's headline")
    with translation.override("th"):
        assert story.link_text == "Editor's headline"
        assert story.summary == "ก" * 159 + "…"


def test_related_stories_of_one_body_fetch_their_translations_in_one_query(
    make_article, english_section, locale_en, django_assert_num_queries
):
    targets = [make_article(slug=f"target-{i}") for i in range(20)]
    for target in targets[:10]:
        translate(target, locale_en, title=f"English {target.slug}")
    stories = related_stories(*targets)

    with translation.override("en"), django_assert_num_queries(1):
        shown = [story.target for story in stories]
        titles = [story.link_text for story in stories]

    assert [article is not None for article in shown] == [True] * 10 + [False] * 10
    assert titles[:10] == [f"English target-{i}" for i in range(10)]


def test_a_related_story_alone_renders_as_a_box_of_one_or_nothing(make_article):
    block = body_block("related_story")
    [story] = related_stories(make_article(title="ข่าวที่ยังไม่แปล"))
    with translation.override("th"):
        assert "ข่าวที่ยังไม่แปล" in block.render(story)
    with translation.override("en"):
        assert block.render(story).strip() == ""


# Pull quote, picture, embed


def test_pull_quote_keeps_line_breaks_and_escapes_the_quote():
    value = body_block("pull_quote").normalize(
        {"quote": "น้ำมาเร็ว\n<เร็วมาก>", "speaker": "สมชาย", "role": ""}
    )
    assert value.quote_html == "น้ำมาเร็ว<br>&lt;เร็วมาก&gt;"


def test_image_alt_text_falls_back_to_the_pictures_description(make_image):
    picture = make_image(title="Boats on the canal", description="เรือจอดริมคลอง")
    block = body_block("image")
    written = block.normalize({"image": picture, "alt_text": "เรือ", "caption": "", "credit": ""})
    missing = block.normalize({"image": picture, "alt_text": "", "caption": "", "credit": ""})
    assert written.alt == "เรือ"
    assert missing.alt == "เรือจอดริมคลอง"


def test_image_caption_line_shows_for_a_caption_or_a_credit(image):
    block = body_block("image")

    def value(caption, credit):
        return block.normalize(
            {"image": image, "alt_text": "a", "caption": caption, "credit": credit}
        )

    assert [
        value("", "").has_caption,
        value("c", "").has_caption,
        value("", "Photo").has_caption,
    ] == [
        False,
        True,
        True,
    ]


def test_embed_value_asks_the_provider_once(monkeypatch):
    from news import block_values

    calls = []
    monkeypatch.setattr(
        block_values, "embed_to_frontend_html", lambda url: calls.append(url) or "<iframe></iframe>"
    )
    value = body_block("embed").normalize({"url": "https://video.example.com/1", "caption": ""})
    assert value.embed_html == value.embed_html == "<iframe></iframe>"
    assert calls == ["https://video.example.com/1"]


# Names and imports


def test_no_block_class_shares_a_name_with_one_of_wagtails():
    wagtail_names = {
        name
        for module in (wagtail_blocks, wagtail_image_blocks, wagtail_embed_blocks)
        for name, obj in vars(module).items()
        if inspect.isclass(obj)
    }
    ours = {
        name
        for name, obj in vars(news_blocks).items()
        if inspect.isclass(obj) and obj.__module__ == news_blocks.__name__
    }
    assert ours & wagtail_names == set()


@pytest.mark.parametrize("module", ["blocks.py", "block_values.py"])
def test_blocks_and_values_do_not_import_the_news_models(module):
    """news.models imports the blocks: importing it back, even lazily, is a cycle."""
    tree = ast.parse((NEWS / module).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imported.add(node.module)
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert "news.models" not in imported
