"""
The Content-Security-Policy of every response (django-csp 4) and the
Permissions-Policy header.

Public pages are cached whole by shared caches and served to every reader,
so the policy cannot rest on a nonce: a nonce in a cached page is the same
for everyone who gets that copy, and anyone can read it there. Public pages
therefore carry no inline script or style of ours at all (``script-src
'self'``); JSON-LD is a data block, which the policy does not govern. What a
page must run that is not a file of ours (editors' third-party tags, after
consent) is allowed by the SHA-256 of its code and its hosts: the page that
renders it calls :func:`allow_on_this_page`, and the header, cached with the
page, says exactly what that page holds.

JSON that our scripts fetch (``data_only``) gets a policy of its own,
which allows nothing. The Wagtail admin (``ADMIN_URL_PREFIXES``) gets its own, looser policy
(``ADMIN_CONTENT_SECURITY_POLICY``): Wagtail's own templates carry inline
scripts and style attributes (README, "Security").
"""

from csp.constants import NONE
from csp.decorators import csp
from csp.middleware import CSPMiddleware
from django.conf import settings

PAGE_SOURCES = "_csp_page_sources"


def allow_on_this_page(request, directives):
    """Add sources (``{"script-src": ["'sha256-...'"]}``) to this response's policy."""
    page_sources = request.__dict__.setdefault(PAGE_SOURCES, {})
    for directive, sources in directives.items():
        known = page_sources.setdefault(directive, [])
        known.extend(source for source in sources if source not in known)


def data_only(view):
    """
    The policy of JSON our own scripts fetch (the live updates every open live
    page polls): a page's policy governs a document's scripts, styles and
    frames, which a JSON answer has none of, and would add half a kilobyte to
    every poll. This one says that nothing loads from it and nothing frames it.
    """
    return csp({"default-src": [NONE], "frame-ancestors": [NONE]})(view)


def is_admin(request):
    return request.path_info.startswith(tuple(settings.ADMIN_URL_PREFIXES))


class ContentPolicyMiddleware(CSPMiddleware):
    """django-csp's, with the admin's policy chosen by path and each page's own sources added."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        page_sources = getattr(request, PAGE_SOURCES, None)
        if page_sources:
            parts.update = {**page_sources, **(parts.update or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if settings.PERMISSIONS_POLICY and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        return response
