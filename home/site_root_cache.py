"""
A public request's Site and its home page from the cache, not four queries.

Before a page is routed Wagtail finds the request's Site (one query), the
active Locale (one), the site root's translation in that language (one) and
its specific page (one): four of an article's six queries, on every request,
for rows that change a few times a year. Here the Site found for a host name
and port, and ``site.root_page.localized.specific`` for a language, are kept
together in the cache (pickled: each request gets its own copy) under a "site
structure" generation, and a public view is handed them as Wagtail would find
them: ``request._wagtail_site`` (what ``Site.find_for_request`` returns) and,
for Wagtail's page view, ``request._wagtail_route_for_request`` (what
``Page.route_for_request`` returns), routed from the cached home page through
its own ``route()``, so view restrictions, drafts and 404s are as before.

The generation is replaced whenever a Site, a Locale or a view restriction
is saved or deleted, and whenever a home page is saved, published, unpublished, moved or deleted
(then again once the change is committed, so a reader that read the rows
before the commit cannot keep them). It lives in the shared cache, so every
app node sees a change at once. The cache is bypassed, and Wagtail looks
everything up as usual, for anything but a GET or HEAD, for previews, and
while the cache answers from one process's memory because Redis is down
(web/resilient_cache.py), when another node's change would not be seen.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from home.page_changes import forget_on_page_changes
from web.generations import Generation

SITE_STRUCTURE = Generation("home:site-structure-generation")
ENTRY_TIMEOUT = 60 * 60 * 24
READ_METHODS = {"GET", "HEAD"}


def site_and_home(request):
    """
    (site, its root's specific page in the active language), both None when
    no site answers; None when the cache is bypassed. Notes the site on
    `request` for `Site.find_for_request`.
    """
    if not cache_usable(request):
        return None
    if hasattr(request, "_wagtail_site"):
        return None  # found already, the usual way
    hostname, port = host_and_port(request)
    key = f"home:site-root:{hostname}:{port}:{get_language()}"
    site, home = SITE_STRUCTURE.kept(key, lambda: from_database(hostname, port), ENTRY_TIMEOUT)
    request._wagtail_site = site
    request._newsroom_home = home
    return site, home


def home_of(request):
    """The home page `site_and_home` found for this request, or None (the cache was bypassed)."""
    return getattr(request, "_newsroom_home", None)


def cache_usable(request):
    if request.method not in READ_METHODS or getattr(request, "is_preview", False):
        return False
    return not getattr(cache, "degraded", False)


def host_and_port(request):
    """The host name and port as `Site.find_for_request` reads them."""
    return split_domain_port(request._get_raw_host())[0], request.get_port()


def from_database(hostname, port):
    """
    Wagtail's own look-ups: the site for the host, its root in the active
    language, which notes whether a view restriction covers it
    (news/page_access.py), so serving it asks no more.
    """
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None, None
    home = site.root_page.localized.specific
    home.ancestry_restricted = home.get_view_restrictions().exists()
    return site, home


def forget_site_structure(**kwargs):
    """Every cached site and home page is stale, now and again after the commit."""
    SITE_STRUCTURE.forget()


def connect(home_page_model):
    """Stale entries on every change to what they hold (home/models.py calls it)."""
    receivers = [
        (signal, model)
        for model in (Site, Locale, PageViewRestriction)
        for signal in (post_save, post_delete)
    ]
    # A home page saved without a publish (a translation made, a script's save).
    receivers.append((post_save, home_page_model))
    for signal, model in receivers:
        kind = "saved" if signal is post_save else "deleted"
        signal.connect(
            forget_site_structure,
            sender=model,
            dispatch_uid=f"home-site-structure-{model.__name__}-{kind}",
        )
    forget_on_page_changes(
        forget_site_structure, [home_page_model], dispatch_uid="home-site-structure-page-change"
    )
