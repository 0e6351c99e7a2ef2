"""
`{% seo_head %}` in base.html's <head>: description, canonical URL, OpenGraph
and Twitter card tags, and an article's NewsArticle JSON-LD (syndication/metadata.py).

Views that are not Wagtail pages pass `page_title`, and may pass
`page_description` and `canonical_url`.

A story's tags (an article's, a live blog's) are rendered once per live
revision, language, host and scheme (news/render_cache.py), and an article's
ahead of the first reader when it is published (frontcache/body_warming.py
renders this tag): everything they show starts a new generation of that cache
when it changes. Previews render afresh. A live blog's LiveBlogPosting JSON-LD
changes with every update and is not among them (live/seo.py).
"""

from django import template
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from home.site_settings import SiteIdentity
from home.templatetags.site_chrome import chrome_for
from news import render_cache
from news.models import ArticlePage
from newsroom.corrections import date_modified
from syndication import metadata

register = template.Library()

TEMPLATE = "syndication/seo_head.html"


@register.simple_tag(takes_context=True)
def seo_head(context):
    request = context.get("request")
    if request is None:  # an error page rendered without a request
        return ""
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    if getattr(page, "is_story", False) and not own_metadata(context):
        # Per scheme too: the tags' URLs are absolute.
        key = f"{render_cache.revision_key('head', page, request)}:{request.scheme}"
        render = lambda: render_head(context, request, page)  # noqa: E731
        return render_cache.for_live_revision("head", page, request, render, key=key)
    return render_head(context, request, page)


def own_metadata(context):
    """A view's own canonical URL or description: not the article's, which is what is cached."""
    return bool(context.get("canonical_url") or context.get("page_description"))


def render_head(context, request, page):
    # Rendered with its own context only, as an inclusion tag would.
    return mark_safe(get_template(TEMPLATE).render(head_tags(context, request, page)))  # noqa: S308


def head_tags(context, request, page):
    article = page if isinstance(page, ArticlePage) else None
    url = metadata.canonical_url(request, page, context.get("canonical_url"))
    description = context.get("page_description") or metadata.description_of(page)
    identity = SiteIdentity.for_request(request)
    tags = {
        "canonical_url": url,
        "title": (page.seo_title or page.title) if page else context.get("page_title", ""),
        "description": description,
        "site_name": identity.name,
        "x_account": identity.x_account,
        "facebook_url": identity.facebook_url,
        "og_locale": metadata.OG_LOCALES.get(get_language()),
        "og_locale_alternates": other_locales(context),
        "article": article,
    }
    renditions = metadata.image_renditions(article)
    social_image, social_image_alt = metadata.social_image(article, renditions, identity)
    if social_image is not None:
        tags["social_image"] = social_image
        tags["social_image_url"] = request.build_absolute_uri(social_image.url)
        tags["social_image_alt"] = social_image_alt
    if article is not None:
        tags.update(article_tags(context, request, article, url, description, renditions))
    return tags


def article_tags(context, request, article, url, description, renditions):
    news_article = metadata.news_article(
        request,
        article,
        url=url,
        description=description,
        renditions=renditions,
        authors=metadata.bylines_of(article),
        section=context.get("section"),
    )
    return {
        "published": metadata.iso(article.date),
        "modified": metadata.iso(date_modified(article)),
        "section": context.get("section"),
        "article_tags": context.get("article_tags", []),
        "json_ld": mark_safe(metadata.json_ld(news_article)),  # noqa: S308 - escaped for <script>
    }


def other_locales(context):
    """og:locale:alternate: the languages this page has a live translation in."""
    links = chrome_for(context)["language_links"]
    return [
        metadata.OG_LOCALES[link["code"]]
        for link in links
        if link["is_translation"] and not link["is_current"] and link["code"] in metadata.OG_LOCALES
    ]
