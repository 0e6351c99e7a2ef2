"""
Story bodies as raw StreamField JSON, from the demo's block shapes (schema.py).

Raw JSON (primary keys, not objects) is what Wagtail stores as it is, where
Python values would be normalised block by block; block ids are seeded, so two
loads write identical bodies.
"""

import html
import random
import uuid

from demo import content
from demo.schema import Embed, Facts, Heading, Paragraph, Picture, Quote, Related


def stream_data(story, lang, articles, body_image):
    """
    The body of `story` in `lang`: related stories from `articles` (already
    loaded, by language and slug), pictures from `body_image`.
    """
    rng = random.Random(f"{story.slug}/{lang}")  # noqa: S311 - ids, not secrets
    blocks = []
    pictures = 0
    for block in story.versions[lang].body:
        if isinstance(block, Picture):
            pictures += 1
            image = body_image(story, pictures, story.primary_picture(pictures))
            blocks.append(picture_block(block, image, lang))
        elif isinstance(block, Related):
            blocks += [related_block(articles[lang][slug]) for slug in block.slugs]
        else:
            blocks.append(simple_block(block))
    for block in blocks:
        block["id"] = block_id(rng)
        if block["type"] == "fact_box":
            block["value"]["facts"] = [
                {"type": "item", "value": fact, "id": block_id(rng)}
                for fact in block["value"]["facts"]
            ]
    return blocks


def simple_block(block):
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "value": f"<p>{html.escape(block.text)}</p>"}
    if isinstance(block, Heading):
        return {"type": "heading", "value": {"text": block.text, "level": block.level}}
    if isinstance(block, Quote):
        value = {"quote": block.text, "speaker": block.speaker, "role": block.role}
        return {"type": "pull_quote", "value": value}
    if isinstance(block, Facts):
        value = {"title": block.title, "facts": list(block.items), "source": block.source}
        return {"type": "fact_box", "value": value}
    if isinstance(block, Embed):
        return {"type": "embed", "value": {"url": block.url, "caption": block.caption}}
    raise TypeError(f"Unknown demo block {block!r}")


def picture_block(block, image, lang):
    value = {
        "image": image.pk,
        "alt_text": block.alt,
        "caption": block.caption,
        "credit": content.HERO_CREDIT[lang],
    }
    return {"type": "image", "value": value}


def related_block(article):
    return {"type": "related_story", "value": {"article": article.pk, "headline": ""}}


def block_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
