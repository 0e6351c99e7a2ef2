"""
Where a public address leads, remembered between requests.

The home page finds a page by its ``url_path`` in one query that also reads
its ancestors and whether a view restriction covers any of them
(home/routing.py); a second query loads the page itself. The first one's
answer (the page's id and type, its parent, that flag) changes only when a
page with pages under it is saved (a section retitled), a page is moved,
deleted or given a new slug, or a view restriction changes, so it is kept
per ``url_path`` under a "page tree" generation that each of those replaces,
at once and again after the commit. The page itself is still read fresh on
every request: whether it is live, its content and Wagtail's own checks are
as before. So publishing a story keeps every address remembered, its own too.

Saves that only record a draft (Wagtail's revision bookkeeping, autosave
every few seconds while an editor types, locking) keep the generation too.
An address that leads nowhere is not kept (a bot's random paths would fill
the cache), so a page created there is found at once. As with the site root
(home/site_root_cache.py) the cache is bypassed for anything but GET and
HEAD, for previews, and while Redis is down.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction, get_page_models
from wagtail.signals import page_slug_changed, post_page_move

from home.site_root_cache import cache_usable
from web.generations import Generation

PAGE_TREE = Generation("home:page-tree-generation")
ENTRY_TIMEOUT = 60 * 60
# What Wagtail writes on a page row when a revision is saved, a page locked.
DRAFT_BOOKKEEPING = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def remembered(request, url_path, resolve):
    """`resolve()` for `url_path`, from the cache while the page tree is unchanged."""
    if not cache_usable(request):
        return resolve()
    key = f"home:route:{url_path}"
    return PAGE_TREE.kept(key, resolve, ENTRY_TIMEOUT, keep=lambda route: route is not None)


def forget_routes(**kwargs):
    PAGE_TREE.forget()


def forget_on_save(instance, update_fields=None, **kwargs):
    """
    A page with pages under it (a home, a section) saved with more than a
    draft's bookkeeping: its row, kept as its children's parent, may have
    changed. A story's own save changes nothing kept: its address only with a
    new slug (`page_slug_changed`), the rest is read fresh on every request.
    """
    if update_fields and set(update_fields) <= DRAFT_BOOKKEEPING:
        return
    if not instance.is_leaf():
        forget_routes()


def connect():
    """From home/apps.py, once every page model is known (each named as the sender)."""
    for model in get_page_models():
        uid = f"home-routes-{model._meta.label_lower}"
        post_save.connect(forget_on_save, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(forget_routes, sender=model, dispatch_uid=f"{uid}-deleted")
        post_page_move.connect(forget_routes, sender=model, dispatch_uid=f"{uid}-moved")
        page_slug_changed.connect(forget_routes, sender=model, dispatch_uid=f"{uid}-slug")
    for signal, kind in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            forget_routes,
            sender=PageViewRestriction,
            dispatch_uid=f"home-routes-restriction-{kind}",
        )
