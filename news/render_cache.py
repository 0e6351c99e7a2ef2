"""
An article's rendered body, kept per published revision and language.

The body is most of an article's rendering (its related stories, images and
pull quotes), and it changes only when the article is published again, or
when something it shows of other stories does: their headlines, addresses and
pictures. So the HTML is cached under the live revision, the language and the
host (links are relative to the reader's site), together with a "generation"
that any story's (an article's, a live blog's) publishing, unpublishing, move
or deletion, and any image's change, replaces: a related story's new headline
or translation then shows at once. Previews always render afresh.

The section, tags and corrections (`article_extras`), the byline and the SEO
tags (syndication/) are kept the same way; an author, tag, correction,
rendition, section, site or site identity changed also starts a generation.
Each entry has one key per page, language and host, holding the revision it
was made for, so a request reads it in the page's one batched round trip
(web/cache_batch.py) before and after a publish alike.
"""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.images import get_image_model
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.authors import Author
from news.tags import ArticleTag

GENERATION_KEY = "news:body-generation"
BODY_TIMEOUT = 60 * 60 * 24


def revision_key(name, page, request):
    """One key per page, language and host: learned by the request batch (web/cache_batch.py)."""
    return f"news:{name}:{page.pk}:{get_language()}:{request.get_host()}"


def cached_body(page, request, render):
    """`render()`'s HTML for `page`'s body, from the cache when still current."""
    return for_live_revision("body", page, request, render)


def article_extras(page, request):
    """
    The section, tags and corrections of `page`, as the live revision has
    them: queries a reader of a cached page need not pay. The corrections go
    where newsroom/corrections.py reads them from.
    """
    section, tags, corrections = for_live_revision(
        "section-tags-notes",
        page,
        request,
        lambda: (page.get_parent(), list(page.tags.all()), list(page.corrections.all())),
    )
    page._corrections = corrections
    return {"section": section, "article_tags": tags}


def for_live_revision(name, page, request, compute, key=None, version=None):
    """`compute()` for `page`'s live revision (and `version`); previews compute."""
    if getattr(request, "is_preview", False) or page.live_revision_id is None:
        return compute()
    key = key or revision_key(name, page, request)
    return kept(key, (page.live_revision_id, version), compute)


def kept(key, version, compute):
    """`compute()` made for `version` in this generation, from the cache while it still is."""
    found = cache.get_many([key, GENERATION_KEY])
    generation = found.get(GENERATION_KEY)
    entry = found.get(key, ())
    if generation is not None and entry[:2] == (generation, version):
        return entry[2]
    value = compute()
    cache.set(key, (generation or new_generation(), version, value), BODY_TIMEOUT)
    return value


def new_generation():
    """
    A fresh generation: everything cached before it is stale from now on. The
    key is deleted first: a deletion made while Redis is down is repeated when
    it is back (web/resilient_cache.py), so what was kept before cannot return.
    """
    generation = time.time_ns()
    cache.delete(GENERATION_KEY)
    cache.set(GENERATION_KEY, generation, None)
    return generation


def connect(article_model, section_model):
    """Stale bodies, bylines and heads whenever something they show changes (news/models.py)."""
    image_model = get_image_model()
    connect_story(article_model)
    for name, signal, sender in (
        ("section-published", page_published, section_model),
        ("section-unpublished", page_unpublished, section_model),
        ("moved", post_page_move, None),
        ("image-saved", post_save, image_model),
        ("image-deleted", post_delete, image_model),
        ("rendition-deleted", post_delete, image_model.get_rendition_model()),
        ("author-saved", post_save, Author),
        ("author-deleted", post_delete, Author),
        ("tag-saved", post_save, ArticleTag),
        ("tag-deleted", post_delete, ArticleTag),
        ("correction-saved", post_save, "newsroom.ArticleCorrection"),
        ("correction-deleted", post_delete, "newsroom.ArticleCorrection"),
        ("site-saved", post_save, Site),
        ("site-deleted", post_delete, Site),
    ):
        signal.connect(forget_bodies, sender=sender, dispatch_uid=f"news-body-{name}")


def connect_story(model):
    """A story type's publishing, unpublishing and deletion: what lists or links to it is stale."""
    for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
        signal.connect(forget_bodies, sender=model, dispatch_uid=f"news-body-{model}-{name}")
    post_delete.connect(forget_bodies, sender=model, dispatch_uid=f"news-body-{model}-deleted")


def forget_bodies(**kwargs):
    """Now, and at commit: a reader in between may have cached the old rows under the first."""
    new_generation()
    transaction.on_commit(new_generation)
