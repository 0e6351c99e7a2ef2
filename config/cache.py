"""
Cache headers for public pages, set in one place.

`config/urls.py` wraps every public URL pattern with :func:`public_cache`. A
response becomes ``Cache-Control: public`` only when it is the same for every
reader: a GET or HEAD from someone who is not logged in, with a cacheable
status, and nothing per-reader touched while rendering (no cookie set, no
session written, no CSRF token issued). Anything else is marked private, so a
shared cache never stores one reader's page for another. The Wagtail admin
(and with it page previews) is already ``never_cache`` in Wagtail itself.

A public response may be served stale briefly while the cache fetches a fresh
copy (``stale-while-revalidate``) and for a day when the site fails
(``stale-if-error``); it is purged, not left to expire, when an editor changes
what it shows, so it also carries the keys a purge names (`frontcache.keys`).
"""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control

from frontcache.keys import RESPONSE_HEADER, response_keys

# Errors raised inside a view (Http404, BadRequest) are answered outside this
# wrapper and stay uncached; only these statuses are stored.
CACHEABLE_STATUSES = {200, 301}


# An endpoint that readers poll (a live blog's updates): a shared cache answers
# the crowd for a few seconds and is purged on change; browsers ask each time.
POLLING_S_MAXAGE = 5


def public_cache(view, max_age=None, s_maxage=None, stale_while_revalidate=None):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            # Render now so that anything the template does to the request
            # (a CSRF token, a session read) is visible below.
            response.render()
        if "Cache-Control" in response:
            return response  # the view decided for itself
        if is_same_for_every_reader(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=default(max_age, settings.PUBLIC_CACHE_BROWSER_MAX_AGE),
                s_maxage=default(s_maxage, settings.PUBLIC_CACHE_S_MAXAGE),
                stale_while_revalidate=default(
                    stale_while_revalidate, settings.PUBLIC_CACHE_STALE_WHILE_REVALIDATE
                ),
                stale_if_error=settings.PUBLIC_CACHE_STALE_IF_ERROR,
            )
            response[RESPONSE_HEADER] = response_keys(request)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response

    return wrapped


def polling_cache(view):
    """`public_cache` with a few seconds in the shared cache and none in the browser."""
    return public_cache(
        view, max_age=0, s_maxage=POLLING_S_MAXAGE, stale_while_revalidate=POLLING_S_MAXAGE
    )


def default(value, fallback):
    return fallback if value is None else value


def is_same_for_every_reader(request, response):
    if request.method not in ("GET", "HEAD"):
        return False
    if response.status_code not in CACHEABLE_STATUSES:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    return not is_logged_in(request) and not drops_session_cookie(request)


def is_logged_in(request):
    # Without a session cookie nobody can be logged in; checking first keeps
    # anonymous responses free of `Vary: Cookie`.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    return request.user.is_authenticated


def drops_session_cookie(request):
    # SessionMiddleware deletes the cookie of an expired or unknown session on
    # the way out, with a Set-Cookie that must not be stored in a shared cache.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    return request.session.is_empty()
