"""
Keep the index in step with what readers see.

Wagtail indexes a page when its row is saved. Publishing saves the row first
and the page's authors and tags (child rows) just after, so the index would
miss a byline or tag added in the same publish; the article is indexed again
once publishing is done. An author's byline name is indexed inside their
articles, so renaming an author re-indexes the articles that carry that
author in any language. Unpublishing and deleting need nothing here: the
search filters on `live`, and Wagtail removes a deleted page's entry.

A promotion saved or deleted makes the kept list of promoted terms stale
(search/promotions.py).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search import index
from wagtail.signals import page_published

from news.authors import Author
from news.models import ArticlePage
from search.promotions import PROMOTIONS


def register():
    page_published.connect(reindex_published_article, sender=ArticlePage)
    post_save.connect(reindex_articles_of_author, sender=Author)
    post_save.connect(PROMOTIONS.forget, sender=SearchPromotion)
    post_delete.connect(PROMOTIONS.forget, sender=SearchPromotion)


def reindex_published_article(sender, instance, **kwargs):
    index.insert_or_update_object(instance)


def reindex_articles_of_author(sender, instance, raw=False, **kwargs):
    if raw:
        return
    articles = ArticlePage.objects.filter(
        article_authors__author__translation_key=instance.translation_key
    ).distinct()
    for article in articles:
        index.insert_or_update_object(article)
