"""
A public URL resolved with two queries instead of a walk down the tree.

Wagtail routes ``/th/world/story-12/`` by asking for each level's child by
slug and then for its specific page (two queries a level), and checks view
restrictions with two more. Every page's ``url_path`` already spells its
address, so the home page here asks once for the page and all its ancestors
by their ``url_path`` (with, for each, whether a view restriction sits on it
or on the page it is an alias of), and once for the specific page. The
first answer is kept between requests until the page tree changes
(home/route_cache.py), so a warm request makes only the second.

Nothing else changes: the page found still answers through its own
``route()`` (a draft or unpublished page is still a 404), Wagtail's
restriction check still runs, with the restrictions found (news/page_access.py),
and any case this does not cover (no such ``url_path``, an ancestor with
routing of its own, an ancestry that does not add up) falls back to
Wagtail's walk.
"""

from wagtail.models import Page

from home import route_cache
from news.page_access import restriction_flag


class UrlPathRoutingMixin:
    """For the page at a site's root: descendants found by `url_path`."""

    def route(self, request, path_components):
        if path_components:
            found = find_descendant(self, path_components, request)
            if found is not None:
                return found.route(request, [])
        return super().route(request, path_components)


def find_descendant(home, path_components, request):
    """The specific page at `path_components` under `home`, its parent cached, or None."""
    url_path = home.url_path + "/".join(path_components) + "/"
    route = route_cache.remembered(request, url_path, lambda: resolve(home, url_path))
    if route is None:
        return None
    target_pk, model, parent, restricted = route
    queryset = model._default_manager.select_related(*getattr(model, "route_select_related", ()))
    page = queryset.filter(pk=target_pk).first()
    if page is None:
        return None
    page._cached_parent_obj = parent.specific_deferred
    page.ancestry_restricted = restricted
    return page


def resolve(home, url_path):
    """
    (the page's id, its specific model, its parent's row, whether a view
    restriction covers it) for `url_path` under `home`, in one query; None
    when no page is there or Wagtail's own walk must route it.
    """
    rows = Page.objects.filter(url_path__in=url_path_prefixes(url_path)).annotate(
        restricted=restriction_flag()
    )
    by_url_path = {row.url_path: row for row in rows}
    target = by_url_path.get(url_path)
    if target is None:
        return None
    ancestry = [row for row in by_url_path.values() if target.path.startswith(row.path)]
    if len(ancestry) != target.depth or not routes_plainly(ancestry, home, target):
        return None
    model = target.specific_class
    if model is None:
        return None
    parent = max((row for row in ancestry if row.depth < target.depth), key=lambda r: r.depth)
    return target.pk, model, parent, any(row.restricted for row in ancestry)


def url_path_prefixes(url_path):
    """ "/home/world/story/" -> "/", "/home/", "/home/world/", "/home/world/story/"."""
    components = url_path.strip("/").split("/")
    return ["/"] + ["/" + "/".join(components[:n]) + "/" for n in range(1, len(components) + 1)]


def routes_plainly(ancestry, home, target):
    """Wagtail's walk would pass through each page below `home` by its plain `Page.route`."""
    between = [page for page in ancestry if home.depth < page.depth < target.depth]
    return all(page.specific_class.route is Page.route for page in between)
