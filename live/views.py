"""
The updates endpoint readers' pages poll: `/<lang>/live/<blog id>/updates/?since=<cursor>`.

It answers with every update of the blog that changed after the cursor
(posted, edited, approved or removed), oldest change first, each with its
HTML, and the cursor to ask with next time. A shared cache keeps an answer
for a few seconds (config/cache.py, `polling_cache`) and is purged when an
update changes (live/purging.py), so the thousand readers of one blog who
poll with the same cursor cost the site one request.

It looks a little before the cursor (`OVERLAP`): an update saved just before
another but committed after it would otherwise fall behind a cursor already
handed out. Readers' pages skip the versions they already show.
"""

from datetime import timedelta

from django.core.exceptions import BadRequest
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _

from live.models import LiveBlogPage
from live.pages import BACKGROUND_POLL_SECONDS, POLL_SECONDS
from live.rendering import attach_html, listed
from live.updates import LiveUpdate, from_cursor
from web.content_policy import data_only

MAX_CHANGES = 50
OVERLAP = timedelta(seconds=10)
# Microseconds since 1970 need 16 digits until the year 2286.
MAX_CURSOR_DIGITS = 17


@data_only
def updates(request, blog_id):
    since = parse_since(request.GET.get("since", "0"))
    # Public only: a blog behind a password or a login does not leak its updates here.
    blogs = LiveBlogPage.objects.live().public().filter(pk=blog_id)
    status = blogs.values_list("status", flat=True).first()
    if status is None:
        raise Http404(_("There is no live blog with that number."))
    changed = LiveUpdate.objects.filter(
        blog_id=blog_id, changed_at__gt=from_cursor(since) - OVERLAP
    )
    changes = list(listed(changed.public()).order_by("changed_at", "pk")[: MAX_CHANGES + 1])
    shown = attach_html(changes[:MAX_CHANGES])
    return JsonResponse(
        {
            "cursor": max([since, *(update.version for update in shown)]),
            "more": len(changes) > MAX_CHANGES,
            "status": status,
            "poll_seconds": POLL_SECONDS,
            "background_poll_seconds": BACKGROUND_POLL_SECONDS,
            "updates": [update_json(update) for update in shown],
        }
    )


def update_json(update):
    return {
        "id": update.pk,
        "version": update.version,
        "state": update.state,
        "pinned": update.is_pinned and not update.is_removed,
        "html": update.html,
    }


def parse_since(raw):
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_CURSOR_DIGITS:
        raise BadRequest(_("'since' is the cursor the last answer gave: a whole number."))
    return int(raw)
