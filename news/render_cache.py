"""
An article's rendered body, kept per published revision and language.

The body is most of an article's rendering (its related stories, images and
pull quotes), and it changes only when the article is published again, or
when something it shows of other stories does: their headlines, addresses and
pictures. So the HTML is cached under the live revision, the language and the
host (links are relative to the reader's site), together with a "generation"
that any article's publishing, unpublishing, move or deletion, and any image's
change, replaces: a related story's new headline or translation then shows at
once. Previews always render afresh.

One cache round trip reads the body and the generation together (get_many).
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.images import get_image_model
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "news:body-generation"
BODY_TIMEOUT = 60 * 60 * 24


def body_key(page, request):
    return f"news:body:{page.pk}:{page.live_revision_id}:{get_language()}:{request.get_host()}"


def cached_body(page, request, render):
    """`render()`'s HTML for `page`'s body, from the cache when still current."""
    if getattr(request, "is_preview", False) or page.live_revision_id is None:
        return render()
    key = body_key(page, request)
    found = cache.get_many([key, GENERATION_KEY])
    generation = found.get(GENERATION_KEY)
    cached = found.get(key)
    if generation is not None and cached is not None and cached[0] == generation:
        return cached[1]
    if generation is None:
        generation = new_generation()
    html = render()
    cache.set(key, (generation, html), BODY_TIMEOUT)
    return html


def new_generation():
    """A fresh generation: every body cached before it is stale from now on."""
    generation = time.time_ns()
    cache.set(GENERATION_KEY, generation, None)
    return generation


def connect(article_model):
    """Stale bodies whenever a story others may show changes (called from news/models.py)."""
    image_model = get_image_model()
    for name, signal, sender in (
        ("published", page_published, article_model),
        ("unpublished", page_unpublished, article_model),
        ("deleted", post_delete, article_model),
        ("moved", post_page_move, None),
        ("image-saved", post_save, image_model),
        ("image-deleted", post_delete, image_model),
    ):
        signal.connect(forget_bodies, sender=sender, dispatch_uid=f"news-body-{name}")


def forget_bodies(**kwargs):
    new_generation()
