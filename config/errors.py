"""
The site's 400 page in development too.

With DEBUG on, Django answers a `BadRequest` raised by a view (a malformed
`?page=`) with its technical debug page, so a developer never sees the page
readers get. Production (DEBUG off) already renders `handler400` and logs the
request; this middleware is added only by `config.settings.dev`.
"""

from django.core.exceptions import BadRequest

from home.views import bad_request


class BadRequestPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        """Our own readable BadRequest only; anything else keeps Django's debug page."""
        if isinstance(exception, BadRequest):
            return bad_request(request, exception)
        return None
