"""
What search engines and social networks read from a page's <head>.

One `PageMetadata` per response, built from the template context:

- **title and description**, with fallbacks: the SEO title, else the title;
  the search description, else an article's standfirst or a section's intro;
- the **canonical URL**: a Wagtail page's own full URL, or the one a view of
  ours passes as `canonical_url` (with its `?page=` when past the first);
- **OpenGraph and Twitter card** tags, with a 1200x630 crop of an article's
  main image, else of the site's default share image;
- for an article, **NewsArticle JSON-LD**: its headline, the main image in
  16:9, 4:3 and 1:1, publication and modification times with their time zone
  (+07:00), the authors with their pages, and the publisher with its logo.

The publication's name, logo, accounts and default picture come from the
site's identity (home/site_settings.py), read once per request.

All URLs are absolute and built from the request, so the tags name the host
the reader (or crawler) asked for.
"""

import json

from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import get_language

from home.archives import archive_url
from home.site_settings import SiteIdentity
from news.models import ArticlePage, SectionPage
from newsroom.corrections import date_modified

# OpenGraph wants a territory with the language.
OG_LOCALES = {"th": "th_TH", "en": "en_US"}
SOCIAL_IMAGE = "fill-1200x630"
# Google asks for 16:9, 4:3 and 1:1 pictures of an article, at least 50,000 pixels each.
SCHEMA_IMAGES = ("fill-1200x675", "fill-1200x900", "fill-1200x1200")
# The design's logo, for a site whose identity names none.
PUBLISHER_LOGO = "img/logo.png"
PUBLISHER_LOGO_SIZE = (600, 60)
# Google wants the publisher's logo within 600x60 pixels.
PUBLISHER_LOGO_RENDITION = "max-600x60"
# Google truncates longer headlines in its rich results.
HEADLINE_MAX = 110


def absolute(request, url):
    return request.build_absolute_uri(url)


def iso(value):
    """An ISO 8601 time in the site's time zone, with its offset: 2026-11-26T14:05:00+07:00."""
    return timezone.localtime(value).isoformat() if value else None


def description_of(page):
    if page is None:
        return ""
    if page.search_description:
        return page.search_description
    if getattr(page, "is_story", False):  # an article, a live blog
        return page.standfirst
    if isinstance(page, SectionPage):
        return page.intro
    return ""


def canonical_url(request, page, context_url):
    if context_url:
        return context_url
    if page is not None and getattr(page, "pk", None):
        # Built on the requested host, as the hreflang alternates are.
        return absolute(request, page.get_url(request))
    return None


def image_renditions(article):
    """The social crop and the three schema.org crops of the main image, in one look-up."""
    if not isinstance(article, ArticlePage) or article.hero_image is None:
        return {}
    return article.hero_image.get_renditions(SOCIAL_IMAGE, *SCHEMA_IMAGES)


def social_image(article, renditions, identity):
    """
    (1200x630 rendition, alt text) of the picture shared with the page: the
    article's own, else the site's default share image, else (None, "").
    """
    if renditions:
        return renditions[SOCIAL_IMAGE], article.hero_alt
    image = identity.default_share_image
    if image is None:
        return None, ""
    return image.get_rendition(SOCIAL_IMAGE), image.default_alt_text


def bylines_of(article):
    """`article.bylines()`, read once per page object: the byline and the JSON-LD both show them."""
    if not hasattr(article, "_bylines"):
        article._bylines = article.bylines()
    return article._bylines


def author_url(request, author):
    return absolute(request, archive_url("author", author.slug))


def news_article(request, article, *, url, description, renditions, authors, section):
    """The schema.org NewsArticle of one article, as a dict ready for json.dumps."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title[:HEADLINE_MAX],
        "description": description,
        "inLanguage": get_language(),
        "image": [absolute(request, renditions[spec].url) for spec in SCHEMA_IMAGES]
        if renditions
        else [],
        "datePublished": iso(article.date),
        "dateModified": iso(date_modified(article)),
        "author": [
            {"@type": "Person", "name": author.name, "url": author_url(request, author)}
            for author in authors
        ],
        "publisher": publisher(request),
    }
    if section is not None:
        data["articleSection"] = section.title
    return data


def publisher(request):
    identity = SiteIdentity.for_request(request)
    data = {
        "@type": "Organization",
        "name": identity.name,
        "url": absolute(request, "/"),
        "logo": publisher_logo(request, identity.publisher_logo),
    }
    if identity.same_as:
        data["sameAs"] = identity.same_as
    return data


def publisher_logo(request, image):
    """The logo chosen in the site's identity, fitted to 600x60, else the design's own."""
    if image is None:
        url, (width, height) = static(PUBLISHER_LOGO), PUBLISHER_LOGO_SIZE
    else:
        rendition = image.get_rendition(PUBLISHER_LOGO_RENDITION)
        url, width, height = rendition.url, rendition.width, rendition.height
    return {"@type": "ImageObject", "url": absolute(request, url), "width": width, "height": height}


# The characters that could end a <script> element or start a comment in it,
# written as JSON escapes (as Django's json_script does).
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """JSON safe to put inside <script type="application/ld+json">."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES)
