"""
Public views handed the request's Site and home page from the cache.

Applied to every public URL pattern by config/urls.py. Wagtail's page view
gets what ``Page.route_for_request`` would note on the request, routed from
the cached home page (home/site_root_cache.py) through the page's own
``route()``: drafts, 404s and view restrictions answer as before. Any other
view gets the cached Site, which ``Site.find_for_request`` then returns.
"""

import functools
import inspect

from django.http import Http404
from wagtail import views as wagtail_views

from home.site_root_cache import site_and_home


def with_cached_site_root(view):
    """
    For `decorate_urlpatterns` (after the others: `view` may be wrapped
    already): Wagtail's page view routed from the cached home page; any other
    public view handed the cached Site.
    """
    if unwrapped(view) is wagtail_views.serve:

        @functools.wraps(view)
        def serve(request, path):
            route_from_cache(request, path)
            return view(request, path)

        return serve

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        site_and_home(request)
        return view(request, *args, **kwargs)

    return wrapped


def unwrapped(view):
    """
    The view under its decorators. `decorate_urlpatterns` marks a view that a
    decorator left as it was as wrapping itself: the walk stops there.
    """
    return inspect.unwrap(view, stop=lambda function: function.__wrapped__ is function)


def route_from_cache(request, path):
    """What `Page.route_for_request` would note on `request`, found from the cached home page."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    found = site_and_home(request)
    if found is None:
        return  # Wagtail routes it itself
    _site, home = found
    if home is None:
        request._wagtail_route_for_request = None
        return
    try:
        components = [component for component in path.split("/") if component]
        request._wagtail_route_for_request = home.route(request, components)
    except Http404:
        request._wagtail_route_for_request = None
