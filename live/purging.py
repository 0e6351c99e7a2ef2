"""
Readers get a change through the shared cache at once because the change
purges what showed it (frontcache's queue: after the commit, off the request,
retried when the cache does not answer):

- an update posted, edited, approved, removed or deleted: its live blog's
  page (every `?page=` of it: the key is the path) and the blog's updates
  endpoint (every `?since=`), in the blog's language;
- a breaking banner saved or deleted, or past its end time: every page (the
  banner is in each one).

The blog page itself (headline, status, key points) is a Wagtail page:
frontcache purges it when it is published like any other page.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import timezone, translation

from frontcache.keys import url_key
from frontcache.paths import page_paths, site_paths
from frontcache.queue import purge_after_commit
from live.banner import BreakingBanner, forget_banner
from live.models import LiveBlogPage
from live.updates import LiveUpdate

DISPATCH_UID = "live"
BANNERS_CHECKED_KEY = "live:banners-checked-until:v1"


def updates_url(blog_id, language):
    with translation.override(language):
        return reverse("live_updates", kwargs={"blog_id": blog_id})


def live_blog_paths(blog):
    """The blog's page and its updates endpoint."""
    endpoint = url_key(updates_url(blog.pk, blog.locale.language_code))
    return page_paths([blog]) | {endpoint}


def purge_live_blog(blog):
    """Drop the shared cache's copies of everything that shows `blog`'s updates."""
    purge_after_commit(live_blog_paths, blog)


def update_paths(update):
    """An update's blog's paths; none when the blog itself is being deleted."""
    blog = LiveBlogPage.objects.filter(pk=update.blog_id).select_related("locale").first()
    return live_blog_paths(blog) if blog is not None else set()


def purge_everything():
    """For the banner: it is on every page."""
    purge_after_commit(site_paths)


def purge_ended_banners(now=None):
    """
    Purge every page if a banner ended by its clock since the last run (no
    signal fires for that); return how many did. Run every minute by
    `manage.py purge_ended_banner`, beside `publish_scheduled`.
    """
    now = now or timezone.now()
    since = cache.get(BANNERS_CHECKED_KEY) or now - timedelta(
        seconds=settings.PUBLIC_CACHE_S_MAXAGE
    )
    ended = BreakingBanner.objects.filter(is_active=True, ends_at__gt=since, ends_at__lte=now)
    count = ended.count()
    if count:
        forget_banner()
        purge_everything()
    cache.set(BANNERS_CHECKED_KEY, now, timeout=None)
    return count


def update_changed(sender, instance, **kwargs):
    purge_after_commit(update_paths, instance)


def banner_changed(sender, instance, **kwargs):
    forget_banner()
    purge_everything()


def connect_receivers():
    for signal in (post_save, post_delete):
        signal.connect(update_changed, sender=LiveUpdate, dispatch_uid=DISPATCH_UID)
        signal.connect(banner_changed, sender=BreakingBanner, dispatch_uid=DISPATCH_UID)
