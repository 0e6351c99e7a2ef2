"""
What a change to an author or a tag makes stale.

An author stands on the bylines of the pages that link to them (articles,
live blogs, live updates), in each page's language: a Thai article shows the
Thai translation of its English author, so the pages that link to any
translation are found (by translation key). A tag stands on the pages that
link to it, which each name their own language's tags. Both show in the feeds
of those pages' languages and sections (authors as item authors, tags as
categories), and on their own archive: an author's at the author's slug in
every language, a tag's at its name in its language.

The link tables are found from the model rather than named here, so a link
added by an app above this one (live blogs) is purged too without frontcache
importing it. All pages come from one query, whatever the number of links.
"""

from django.db.models import Q
from django.utils import translation
from wagtail.models import Locale, Page

from frontcache.keys import url_key
from frontcache.paths import feed_paths, page_paths
from home.archives import archive_url
from news.authors import Author
from news.tags import ArticleTag


def author_paths(author_id):
    """Everything that shows the author as the database holds it now (before a rename)."""
    author = Author.objects.filter(pk=author_id).first()
    if author is None:
        return set()
    pages = pages_linking_to(Author, translation_key=author.translation_key)
    return author_archive_paths(author) | shown_on_paths(pages)


def author_archive_paths(author):
    """The author's archive in every language (one slug in all of them)."""
    languages = Locale.objects.values_list("language_code", flat=True)
    return {archive_key(language, "author", author.slug) for language in languages}


def tag_paths(tag_id):
    """Everything that shows the tag as the database holds it now (before a rename)."""
    tag = ArticleTag.objects.filter(pk=tag_id).select_related("locale").first()
    if tag is None:
        return set()
    return tag_archive_paths(tag) | shown_on_paths(pages_linking_to(ArticleTag, pk=tag_id))


def tag_archive_paths(tag):
    """The tag's archive, in its own language only (each language has its own tags)."""
    return {archive_key(tag.locale.language_code, "tag", tag.name)}


def archive_key(language, name, *args):
    with translation.override(language):
        return url_key(archive_url(name, *args))


def pages_linking_to(model, **lookup):
    """
    The live pages linked to the `model` rows matching `lookup` through any
    link table: every model with a foreign key to `model` and one to a page.
    """
    linked = Q()
    for link, field, page_field in link_tables(model):
        rows = {f"{field}__{key}": value for key, value in lookup.items()}
        linked |= Q(pk__in=link.objects.filter(**rows).values(page_field))
    if not linked:
        return Page.objects.none()
    return Page.objects.live().filter(linked).select_related("locale")


def link_tables(model):
    """(link model, its field to `model`, its field to a page) for each link to `model`."""
    for relation in model._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and relation.one_to_many):
            continue
        link = relation.related_model
        for field in link._meta.concrete_fields:
            if field.many_to_one and issubclass(field.related_model, Page):
                yield link, relation.field.name, field.attname


def shown_on_paths(pages):
    """The pages and the feeds of their languages and sections."""
    pages = list(pages)
    paths = page_paths(pages)
    for language, section_slug in {(page.locale.language_code, section_of(page)) for page in pages}:
        paths |= feed_paths(language, section_slug)
    return paths


def section_of(page):
    """The slug of the page's parent (its section), read from its path: no query."""
    return page.url_path.rstrip("/").rsplit("/", 2)[-2]
