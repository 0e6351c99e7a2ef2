"""
What a change makes stale: the URL paths to purge for each kind of event.

An article shows on its own page, in its section's listing and feeds, on its
language's front page (the lead, latest news, the breaking banner), in the
sitemaps and the news sitemap, on the archives of its authors and tags, and,
once corrected, on the corrections page; its translations show in their own
language's copies of all of these. Paths are computed while the page still
exists (a delete), then purged after the commit (frontcache/queue.py).
"""

from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from frontcache.keys import SITE_KEY, url_key
from home.archives import archive_url
from home.models import HomePage
from news.authors import ArticleAuthor
from news.models import ArticlePage
from news.tags import ArticleTag

SITEMAP_URL_NAMES = (
    ("sitemap", {}),
    ("sitemap_section", {"section": "pages"}),
    ("news_sitemap", {}),
)


def page_paths(pages):
    """
    The paths of `pages` as Wagtail's frontend cache would purge them (each
    page's URL plus its `get_cached_paths()`); unroutable pages have none.
    """
    batch = PurgeBatch()
    batch.add_pages(pages)
    return {url_key(url) for url in batch.urls}


def article_paths(article):
    """Everything that shows `article`, in every language it is translated into."""
    versions = list(ArticlePage.objects.filter(translation_key=article.translation_key))
    if article.pk not in {version.pk for version in versions}:
        versions.append(article)  # a deleted article is no longer in the database
    sections = [version.get_parent() for version in versions]
    paths = page_paths(versions) | page_paths(sections) | front_page_paths() | sitemap_paths()
    for version, section in zip(versions, sections, strict=True):
        language = version.locale.language_code
        paths |= feed_paths(language, section.slug)
        paths |= archive_paths(version.pk, language)
    return paths


def moved_article_paths(article, parent_before, url_path_before):
    """An article's paths before a move: its old address and its old section's."""
    old_section_path = next(iter(page_paths([parent_before])), None)
    if old_section_path is None:
        return set()
    slug_before = url_path_before.rstrip("/").rsplit("/", 1)[-1]
    return {old_section_path, f"{old_section_path}{slug_before}/"}


def front_page_paths():
    """Every language's front page (each lists the newest stories of its language)."""
    return page_paths(HomePage.objects.all())


def sitemap_paths():
    return {url_key(reverse(name, kwargs=kwargs)) for name, kwargs in SITEMAP_URL_NAMES}


def feed_paths(language, section_slug):
    """The language's feeds and the section's, as RSS and Atom."""
    with translation.override(language):
        urls = [reverse("syndication:rss"), reverse("syndication:atom")]
        urls += [
            reverse(f"syndication:section_{kind}", kwargs={"section_slug": section_slug})
            for kind in ("rss", "atom")
        ]
    return {url_key(url) for url in urls}


def archive_paths(article_id, language):
    """
    The author and tag archives that list the article as the database holds
    it now, and the corrections page. Read before a publish saves the page,
    these are the archives the article is about to leave.
    """
    links = ArticleAuthor.objects.filter(page_id=article_id)
    authors = links.values_list("author__slug", flat=True)
    tags = ArticleTag.objects.filter(tagged_items__content_object_id=article_id)
    with translation.override(language):
        urls = [archive_url("corrections")]
        urls += [archive_url("author", slug) for slug in authors]
        urls += [archive_url("tag", name) for name in tags.values_list("name", flat=True)]
    return {url_key(url) for url in urls}


def site_paths():
    """The whole site: for a change that shows on every page (sections, the front page)."""
    return {SITE_KEY}
