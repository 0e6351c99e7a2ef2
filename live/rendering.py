"""
One update's HTML, the same on the page and in the updates endpoint, so a
reader's page can insert what the endpoint sends as it is.

An update is rendered once per version and language, then kept in the cache
(Redis in production): a blog's first page shows 20 or more of them and the
endpoint sends the newest again to every cursor, so rendering them each time
cost most of a page's time. The HTML holds nothing that goes stale by itself:
the time is written as a date and clock (readers' pages turn it into "5
minutes ago"), and every change to the update changes its version, hence the
key. A related story unpublished meanwhile shows until the entry expires.

So the page and the endpoint list updates by a few small columns (`listed`)
and read the body's HTML, its text and the author's name from the cache: the
body and the author are fetched, in one query for all, only for updates not
rendered yet. Sorting a 500-update blog's rows with their bodies attached
took SQLite 6 to 10 ms (its sorter spilled them to a temporary file);
without them, the page's 20 are listed in about 1.5 ms.

An update is rendered ahead, once its post or edit commits (`render_ahead`),
in its blog's language: the first reader after a post, and every poll that
brings it, find it rendered.
"""

import logging
from functools import partial

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save
from django.template.loader import get_template
from django.utils import translation
from django.utils.translation import get_language

from live.updates import LiveUpdate
from localization.indexing import stream_text

logger = logging.getLogger(__name__)

UPDATE_TEMPLATE = "live/includes/update.html"
CACHE_SECONDS = 10 * 60
# What listing an update needs besides its cached HTML (see live/seo.py too).
LISTED_FIELDS = (
    "id",
    "blog_id",
    "state",
    "posted_at",
    "changed_at",
    "title",
    "is_pinned",
    "is_key_event",
    "edited_at",
)


def listed(updates):
    """`updates` (a queryset) without the columns the cached HTML stands for."""
    return updates.only(*LISTED_FIELDS)


def render_update(update):
    """Rendered without the request: an update shows nothing per reader."""
    pinned = update.is_pinned and not update.is_removed
    return get_template(UPDATE_TEMPLATE).render({"update": update, "pinned": pinned})


def update_text(update):
    """The update's words as plain text (for search engines' `articleBody`)."""
    return stream_text(update.body.stream_block, update.body)


def cache_key(update, language):
    return f"live:update-html:v3:{update.pk}:{update.version}:{language}"


def attach_html(updates):
    """
    Set `.html`, `.text` and `.author_name` on each update: one cache round
    trip, and one query and a rendering only for what is missing.
    """
    language = get_language()
    keys = {update.pk: cache_key(update, language) for update in updates}
    found = cache.get_many(list(keys.values()))
    missing = [update for update in updates if keys[update.pk] not in found]
    if missing:
        full = LiveUpdate.objects.select_related("author").in_bulk([u.pk for u in missing])
        rendered = {keys[pk]: rendering(update) for pk, update in full.items()}
        cache.set_many(rendered, CACHE_SECONDS)
        found.update(rendered)
    # One deleted since it was listed is left out.
    shown = [update for update in updates if keys[update.pk] in found]
    for update in shown:
        update.html, update.text, update.author_name = found[keys[update.pk]]
    return shown


def rendering(update):
    author_name = update.author.name if update.author is not None else ""
    return render_update(update), update_text(update), author_name


def render_ahead(sender, instance, **kwargs):
    transaction.on_commit(partial(render_and_keep, instance.pk))


def render_and_keep(update_id):
    """What `attach_html` would render for a reader of the blog, kept before one asks."""
    update = (
        LiveUpdate.objects.select_related("author", "blog__locale").filter(pk=update_id).first()
    )
    if update is None:
        return  # deleted since
    try:
        with translation.override(update.blog.locale.language_code):
            cache.set(cache_key(update, get_language()), rendering(update), CACHE_SECONDS)
    except Exception:
        # The update is saved whatever happens here; its first reader renders it.
        logger.exception("Could not render live update %s ahead", update_id)


def connect():
    """From live/apps.py, before the purges (live/purging.py): rendered, then announced."""
    post_save.connect(render_ahead, sender=LiveUpdate, dispatch_uid="live-render-ahead")
