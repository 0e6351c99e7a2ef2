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
"""

from django.core.cache import cache
from django.template.loader import get_template
from django.utils.translation import get_language

from localization.indexing import stream_text

UPDATE_TEMPLATE = "live/includes/update.html"
CACHE_SECONDS = 10 * 60


def render_update(update):
    """Rendered without the request: an update shows nothing per reader."""
    pinned = update.is_pinned and not update.is_removed
    return get_template(UPDATE_TEMPLATE).render({"update": update, "pinned": pinned})


def update_text(update):
    """The update's words as plain text (for search engines' `articleBody`)."""
    return stream_text(update.body.stream_block, update.body)


def cache_key(update, language):
    return f"live:update-html:v2:{update.pk}:{update.version}:{language}"


def attach_html(updates):
    """
    Set `.html` and `.text` on each update: one cache round trip, rendering
    only what is missing.
    """
    language = get_language()
    keys = {update.pk: cache_key(update, language) for update in updates}
    found = cache.get_many(list(keys.values()))
    missing = {}
    for update in updates:
        key = keys[update.pk]
        rendered = found.get(key)
        if rendered is None:
            rendered = missing[key] = (render_update(update), update_text(update))
        update.html, update.text = rendered
    if missing:
        cache.set_many(missing, CACHE_SECONDS)
    return updates
