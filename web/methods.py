"""
405 Method Not Allowed for the methods a public view does not serve.

Wagtail's page view, and our function views, answered OPTIONS, TRACE, PUT and
DELETE with the whole page (200). Public URLs read, so they answer GET and
HEAD only, with an ``Allow`` header otherwise. Class-based views dispatch
methods themselves; the few function views that take a form post are named.
"""

from django.views.decorators.http import require_safe


def read_only_except(*posting_views):
    """A decorator for `decorate_urlpatterns`: GET and HEAD only, but for `posting_views`."""

    def decorate(view):
        if view in posting_views or hasattr(view, "view_class"):
            return view
        return require_safe(view)

    return decorate
