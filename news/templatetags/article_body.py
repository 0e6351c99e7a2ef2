"""Template helpers for rendering an article body."""

from django import template

from localization.translations import translations_by_key
from news.models import ArticlePage

register = template.Library()


@register.filter
def group_related(body, page):
    """
    Walk a StreamField body, gathering each run of consecutive related-story
    blocks into one group so the template can show them as a single "Related"
    box. Yields ``("block", block)`` or ``("related", [story, ...])`` where a
    story has ``article`` and ``headline``.

    A related story is shown in the page's language: a target in another
    language (a translation copies its source's choices) is swapped for its
    live translation, and left out when there is none, since a Thai link in an
    English box would only confuse its readers. A target that is deleted or
    unpublished is left out too; a run left empty disappears entirely.
    """
    blocks = list(body)
    targets = [b.value["article"] for b in blocks if b.block_type == "related_story"]
    live_articles = ArticlePage.objects.live().with_listing_data()
    translations = translations_by_key(live_articles, targets, page.locale_id)
    run = []
    for block in blocks:
        if block.block_type == "related_story":
            article = shown_article(block.value["article"], page.locale_id, translations)
            if article is not None:
                run.append({"article": article, "headline": block.value["headline"]})
            continue
        if run:
            yield ("related", run)
            run = []
        yield ("block", block)
    if run:
        yield ("related", run)


def shown_article(article, locale_id, translations):
    if article is None:
        return None
    if article.locale_id != locale_id:
        return translations.get(article.translation_key)
    return article if article.live else None


@register.filter
def as_list(value):
    """Wrap one value in a list, so a lone related story can use the group's template."""
    return [value]
