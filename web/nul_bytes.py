"""
A URL path with a NUL byte (``%00``) is a bad request, answered before any view.

PostgreSQL refuses NUL inside text, so a view that looks up a path segment
(some of Wagtail's admin views take an app label or a model name from the
path) would fail with a 500 on it. No path of ours can contain one.
"""

from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _


class NulBytePathMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            raise BadRequest(_("The address contains a character that no address can hold."))
        return self.get_response(request)
