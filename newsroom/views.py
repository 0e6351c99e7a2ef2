"""
Archives readers can browse, each in the language of its URL and paginated
like a section (a malformed ?page= is a 400, one past the end a 404):

    /<lang>/authors/<slug>/    an author's articles
    /<lang>/tags/<name>/       the articles with a tag (Thai tag names as they are)
    /<lang>/corrections/       every correction and update, newest first
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Locale

from news.authors import Author
from news.listings import attach_sections, paginate
from news.models import ArticlePage
from newsroom.models import ArticleCorrection

ARCHIVE_PAGE_SIZE = 12
CORRECTIONS_PAGE_SIZE = 20
TAG_NAME_MAX_LENGTH = Tag._meta.get_field("name").max_length


def author_page(request, slug):
    locale = active_locale()
    author = find_author(slug, locale)
    articles = ArticlePage.objects.live().filter(
        locale=locale, article_authors__author__translation_key=author.translation_key
    )
    context = {
        "author": author,
        "page_title": author.name,
        "page_description": author.role or author.bio[:200],
        "articles": archive_page(request, articles.distinct()),
    }
    context["canonical_url"] = canonical(request, context["articles"])
    return TemplateResponse(request, "newsroom/author_page.html", context)


def find_author(slug, locale):
    """The author in the page's language, else in the language they were written in."""
    authors = Author.objects.filter(slug=slug).select_related("photo")
    author = authors.filter(locale=locale).first() or authors.first()
    if author is None:
        raise Http404(_("There is no author at this address."))
    return author


def tag_page(request, name):
    # A tag name longer than any stored, or with a NUL byte (which PostgreSQL
    # refuses outright), cannot exist: answer 404 before asking the database.
    if len(name) > TAG_NAME_MAX_LENGTH or "\x00" in name:
        raise Http404(_("There is no tag with this name."))
    tag = get_object_or_404(Tag, name=name)
    articles = ArticlePage.objects.live().filter(locale=active_locale(), tagged_items__tag=tag)
    context = {
        "tag": tag,
        "page_title": tag.name,
        "articles": archive_page(request, articles),
    }
    if not context["articles"].object_list:
        raise Http404(_("No stories in this language have this tag."))
    context["canonical_url"] = canonical(request, context["articles"])
    return TemplateResponse(request, "newsroom/tag_page.html", context)


def corrections_page(request):
    corrections = ArticleCorrection.objects.on_live_articles(active_locale())
    notes = paginate(request, corrections, CORRECTIONS_PAGE_SIZE)
    context = {
        "page_title": _("Corrections and updates"),
        "page_description": _("Every correction and update we have made to our stories."),
        "corrections": notes,
        "canonical_url": canonical(request, notes),
    }
    return TemplateResponse(request, "newsroom/corrections_page.html", context)


def active_locale():
    """The locale of the URL's language; a language without content has no archives."""
    return get_object_or_404(Locale, language_code=get_language())


def archive_page(request, articles):
    """One page of `articles`, newest first, with what teasers show (image, section)."""
    page = paginate(request, articles.newest_first().with_listing_data(), ARCHIVE_PAGE_SIZE)
    page.object_list = attach_sections(page.object_list)
    return page


def canonical(request, page):
    """This listing's own URL: the path, plus ?page= past the first page."""
    url = request.build_absolute_uri(request.path)
    return url if page.number == 1 else f"{url}?page={page.number}"
