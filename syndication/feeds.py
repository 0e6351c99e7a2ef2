"""
RSS 2.0 and Atom feeds of the newest stories (articles and live blogs alike,
news/stories.py), per language and per section:

    /th/feeds/rss/   /th/feeds/atom/                 every section, in Thai
    /en/feeds/world/rss/   /en/feeds/world/atom/      one section, in English

Each item carries the headline, the standfirst followed by the article's
corrections and updates, the authors (in the feed's language where they have
a translation), the tags as categories, the publication time and, as the
"updated" time, the article's dateModified. A feed is built in a fixed number
of queries whatever its length: one for the newest stories' ids, then for
each story type present its pages and their corrections, tags and authors.

Once built, a feed is kept (per host, scheme and address) until any story,
section, author, tag, correction, picture or the site's identity changes,
as article bodies are (news/render_cache.py): feed readers poll often, and
each poll that misses the proxy would build it again.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext
from wagtail.models import Locale, Site

from home.navigation import navigation_for
from home.site_settings import SiteIdentity
from localization.translations import translations_by_key
from news import render_cache
from news.authors import Author
from news.models import SectionPage
from news.stories import model_of, relation_to, stories
from newsroom.corrections import corrections_of, date_modified

FEED_LENGTH = 30


@dataclass
class FeedScope:
    """What one feed covers: a language's home page, and maybe one of its sections."""

    request: object
    locale: Locale
    home: object
    section: SectionPage | None = None

    @property
    def root(self):
        return self.section or self.home


class ArticlesRssFeed(Feed):
    feed_type = Rss201rev2Feed
    description_template = "syndication/feed_item.html"

    def __call__(self, request, *args, **kwargs):
        if request.GET or getattr(request, "is_preview", False):
            return super().__call__(request, *args, **kwargs)

        def build():
            response = super(ArticlesRssFeed, self).__call__(request, *args, **kwargs)
            return response.content, dict(response.headers)

        key = f"syndication:feed:{request.scheme}:{request.get_host()}{request.path}"
        content, headers = render_cache.kept(key, None, build)
        return HttpResponse(content, headers=headers)

    def get_object(self, request, section_slug=None):
        locale = Locale.get_active()
        home = home_for(request, locale)
        section = None
        if section_slug is not None:
            section = SectionPage.objects.live().child_of(home).filter(slug=section_slug).first()
            if section is None:
                raise Http404(gettext("There is no section with that address."))
        return FeedScope(request=request, locale=locale, home=home, section=section)

    def title(self, scope):
        name = SiteIdentity.for_request(scope.request).name
        return f"{name}: {scope.section.title}" if scope.section else name

    def description(self, scope):
        if scope.section:
            return scope.section.intro or scope.section.title
        name = SiteIdentity.for_request(scope.request).name
        return gettext("The latest news from %(name)s.") % {"name": name}

    def subtitle(self, scope):
        return self.description(scope)

    def link(self, scope):
        # The home is the cached navigation's plain link, not a page.
        return scope.section.get_url(scope.request) if scope.section else scope.home.url

    def items(self, scope):
        newest = stories().descendant_of(scope.root).values_list("pk", "content_type_id")
        articles = specific_stories(newest[:FEED_LENGTH])
        attach_bylines(articles, scope.locale)
        for article in articles:
            article.feed_url = article.get_url(scope.request)
        return articles

    def item_title(self, article):
        return article.title

    def item_link(self, article):
        return article.feed_url

    def item_pubdate(self, article):
        return article.date

    def item_updateddate(self, article):
        if hasattr(article, "corrections"):
            return date_modified(article)
        return article.last_published_at or article.date  # a story without corrections

    def item_author_name(self, article):
        return ", ".join(author.name for author in article.feed_authors) or None

    def item_categories(self, article):
        return [tagged.tag.name for tagged in article.tagged_items.all()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = kwargs["item"]
        context["corrections"] = corrections_of(item) if hasattr(item, "corrections") else []
        return context


class ArticlesAtomFeed(ArticlesRssFeed):
    feed_type = Atom1Feed


def home_for(request, locale):
    """This language's live home on the requested site: the cached navigation's link."""
    navigation = navigation_for(Site.find_for_request(request), request)
    if locale.language_code not in navigation:
        raise Http404(gettext("There is no front page in this language."))
    home, _sections = navigation[locale.language_code]
    return home


def specific_stories(newest):
    """
    The stories of `newest` ((pk, content type id) rows, newest first) as
    their own page types, with what an item shows: a query per type present.
    """
    rows = list(newest)
    by_model = {}
    for pk, content_type_id in rows:
        by_model.setdefault(model_of(content_type_id), []).append(pk)
    pages = {}
    for model, pks in by_model.items():
        author_links = relation_to(model, Author).rpartition("__")[0]
        related = [author_links + "__author", "tagged_items__tag"]
        if hasattr(model, "corrections"):
            related.append("corrections")
        found = model.objects.filter(pk__in=pks).defer_streamfields().prefetch_related(*related)
        for page in found:
            page.author_links = list(getattr(page, author_links).all())
            pages[page.pk] = page
    return [pages[pk] for pk, _content_type_id in rows if pk in pages]


def attach_bylines(articles, locale):
    """
    Set `.feed_authors` on each story: its authors in order, each in the
    feed's language where a translation exists. One query for all of them.
    """
    links = {article.pk: article.author_links for article in articles}
    authors = [link.author for article_links in links.values() for link in article_links]
    translated = translations_by_key(Author.objects.all(), authors, locale.pk)
    for article in articles:
        article.feed_authors = [
            translated.get(link.author.translation_key, link.author) for link in links[article.pk]
        ]
