"""
When editors change pages, purge what shows them.

An article's publish, unpublish, move or delete purges everything that shows
it (frontcache/paths.py); its corrections and its breaking-news flag go live
with a publish, so they need nothing more (an expiring banner is the
`purge_expired_banners` command's). Any other page (a section, a front page,
the privacy policy) is in the navigation or the footer of every page, so its
change purges the whole site; those changes are rare.

An author or a tag is a snippet, saved without a publish: its save or
delete purges its archive and every page that shows it (frontcache/snippets.py).
What showed it is read before the save (the archive at its old slug or name,
which a rename leaves) and its new archive after.

Each receiver names its senders (README, "Signals name their senders"). A
`pre_save` receiver reads the archives the article is on before a publish
replaces its tags and authors: the ones it leaves must be purged too.
"""

from django.apps import apps
from django.db.models.signals import post_save, pre_delete, pre_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from frontcache import paths, snippets
from frontcache.queue import purge_after_commit
from news.authors import Author
from news.models import ArticlePage
from news.tags import ArticleTag

DISPATCH_UID = "frontcache"
# Per snippet: what shows it (read from the database) and its archive (from the instance).
SNIPPET_PATHS = {
    Author: (snippets.author_paths, snippets.author_archive_paths),
    ArticleTag: (snippets.tag_paths, snippets.tag_archive_paths),
}


def article_changed(sender, instance, **kwargs):
    purge_after_commit(paths.article_paths, instance)


def article_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    purge_after_commit(paths.article_paths, instance)
    purge_after_commit(paths.moved_article_paths, instance, parent_page_before, url_path_before)


def article_about_to_save(sender, instance, update_fields=None, **kwargs):
    # A draft save writes only a few columns (update_fields); a publish, an
    # unpublish and a move save the whole row with its tags and authors.
    if update_fields is None and instance.pk and instance.live:
        purge_after_commit(paths.archive_paths, instance.pk, instance.locale.language_code)


def snippet_about_to_change(sender, instance, **kwargs):
    # Before a save or a delete: the pages and the archive as they are now.
    if instance.pk:
        shown_on, _archive = SNIPPET_PATHS[sender]
        purge_after_commit(shown_on, instance.pk)


def snippet_saved(sender, instance, created, **kwargs):
    # After a rename, the archive at its new address; a new translation also
    # replaces the source on the bylines of its language's pages.
    shown_on, archive = SNIPPET_PATHS[sender]
    if created:
        purge_after_commit(shown_on, instance.pk)
    else:
        purge_after_commit(archive, instance)


def page_changed(sender, **kwargs):
    purge_after_commit(paths.site_paths)


def connect_receivers():
    for signal in (page_published, page_unpublished, pre_delete):
        signal.connect(article_changed, sender=ArticlePage, dispatch_uid=DISPATCH_UID)
    post_page_move.connect(article_moved, sender=ArticlePage, dispatch_uid=DISPATCH_UID)
    pre_save.connect(article_about_to_save, sender=ArticlePage, dispatch_uid=DISPATCH_UID)
    for snippet in SNIPPET_PATHS:
        for signal in (pre_save, pre_delete):
            signal.connect(snippet_about_to_change, sender=snippet, dispatch_uid=DISPATCH_UID)
        post_save.connect(snippet_saved, sender=snippet, dispatch_uid=DISPATCH_UID)
    for page_type in other_page_types():
        for signal in (page_published, page_unpublished, post_page_move, pre_delete):
            signal.connect(page_changed, sender=page_type, dispatch_uid=DISPATCH_UID)


def other_page_types():
    """Every concrete page class but the article (Wagtail sends the specific class)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model not in (Page, ArticlePage)
    ]
