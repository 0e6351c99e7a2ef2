"""
One update's HTML, the same on the page and in the updates endpoint, so a
reader's page can insert what the endpoint sends as it is.
"""

from django.template.loader import get_template

UPDATE_TEMPLATE = "live/includes/update.html"


def render_update(update):
    """Rendered without the request: an update shows nothing per reader."""
    template = get_template(UPDATE_TEMPLATE)
    pinned = update.is_pinned and not update.is_removed
    return template.render({"update": update, "pinned": pinned})
