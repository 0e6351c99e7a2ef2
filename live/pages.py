"""
What a live blog's page shows, and where a link to one update lands.

The first page has the pinned updates on top, then the newest updates; older
ones are on `?page=2`, `?page=3`... (newest first, 20 a page). So an update
moves to an older page as new ones arrive, and a link to it cannot be a page
number: the shared link is `<blog>?update=<id>`, which answers with a redirect
to the page that holds it now, at its anchor (`#update-<id>`). That redirect
is not cached (config/cache.py stores only 200 and 301), so it stays right.
"""

from django.core.exceptions import BadRequest
from django.db.models import Count, Max, Q
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import gettext as _

from live.rendering import attach_html, listed
from live.seo import live_blog_json_ld
from live.updates import PINNED, UpdateState, to_cursor
from news.listings import paginate
from news.render_cache import for_live_revision, revision_key

UPDATES_PER_PAGE = 20
# Seconds between two looks for new updates, in a visible tab and in a background one.
POLL_SECONDS = 15
BACKGROUND_POLL_SECONDS = 60


def live_blog_context(blog, request):
    counts = count_updates(blog)
    updates = paginate(
        request, listed(blog.updates.timeline()), UPDATES_PER_PAGE, count=counts["timeline"]
    )
    first_page = updates.number == 1
    section, authors, tags = blog_frame(blog, request)

    def shown():
        pinned, timeline = shown_updates(blog, updates, first_page and counts["pinned"])
        json_ld = live_blog_json_ld(
            request, blog, section=section, authors=authors, latest=pinned + timeline
        )
        return pinned, timeline, json_ld

    pinned, timeline, json_ld = (
        first_page_cached(blog, request, counts, shown) if first_page else shown()
    )
    return {
        "section": section,
        "authors": authors,
        "blog_tags": tags,
        "updates": updates,
        "timeline": timeline,
        "pinned": pinned,
        "cursor": to_cursor(counts["latest"]) if first_page and blog.is_live else 0,
        "polls": first_page and blog.is_live,
        "poll_seconds": POLL_SECONDS,
        "background_poll_seconds": BACKGROUND_POLL_SECONDS,
        "json_ld": json_ld,
    }


def first_page_cached(blog, request, counts, shown):
    """
    The first page's updates and JSON-LD, kept until the blog changes: every
    update posted, edited or removed moves its latest change (the cursor) or
    its counts, the blog republished its revision, and what the frame shows
    its generation (news/render_cache.py). Per scheme: the JSON-LD's URLs are
    absolute. Most readers open the first page, and the endpoint's purge
    brings them there at once after each post.
    """
    key = f"{revision_key('live-first-page', blog, request)}:{request.scheme}"
    version = (counts["latest"], counts["pinned"], counts["timeline"])
    return for_live_revision("live-first-page", blog, request, shown, key=key, version=version)


def blog_frame(blog, request):
    """
    The section, bylines and tags as the live revision has them: three
    queries a reader of the blog need not pay, kept and made stale as an
    article's are (news/render_cache.py).
    """
    return for_live_revision(
        "live-frame",
        blog,
        request,
        lambda: (blog.get_parent().specific, blog.bylines(), list(blog.tags.all())),
    )


def shown_updates(blog, updates, with_pinned):
    """The pinned updates (when asked) and the page's, with their HTML, rendered together."""
    pinned = list(listed(blog.updates.pinned())) if with_pinned else []
    pinned_ids = {update.pk for update in pinned}
    shown = attach_html([*pinned, *updates.object_list])
    return (
        [update for update in shown if update.pk in pinned_ids],
        [update for update in shown if update.pk not in pinned_ids],
    )


def count_updates(blog):
    """
    In one query: how many public updates are pinned, how many are in the
    timeline, and when the latest change readers can see was (the cursor;
    None before the first update).
    """
    return blog.updates.public().aggregate(
        pinned=Count("pk", filter=PINNED),
        timeline=Count("pk", filter=~PINNED),
        latest=Max("changed_at"),
    )


def redirect_to_update(blog, request):
    raw = request.GET["update"]
    if not raw.isascii() or not raw.isdigit() or len(raw) > 12:
        raise BadRequest(_("An update is named by its number."))
    update = blog.updates.public().filter(pk=int(raw)).first()
    if update is None:
        raise Http404(_("This live blog has no such update."))
    page = page_of(blog, update)
    query = f"?page={page}" if page > 1 else ""
    return HttpResponseRedirect(f"{blog.get_url(request)}{query}#{update.anchor}")


def page_of(blog, update):
    """The page of older updates `update` is on now (pinned ones are on the first)."""
    if update.state == UpdateState.PUBLISHED and update.is_pinned:
        return 1
    newer = blog.updates.timeline().filter(
        Q(posted_at__gt=update.posted_at) | Q(posted_at=update.posted_at, pk__gt=update.pk)
    )
    return newer.count() // UPDATES_PER_PAGE + 1
