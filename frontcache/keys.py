"""
The cache keys (Varnish xkey) a public response carries, and what a purge names.

A response is tagged with its own path, without the query string, so a purge
of `/th/world/` drops every page of that listing (`?page=2`, `?page=3`...) at
once, with no guessing of page numbers. Every public response also carries
`SITE_KEY`, the site's root: purging it empties the whole cache, for the rare
change that shows on every page (a section renamed changes the navigation).

Both sides build a key with `path_key` from the decoded path, so the key a
purge names (from `reverse()` or a page's URL) matches the key the response
carried, whichever percent-encoding the reader's browser used for a Thai tag.
"""

from urllib.parse import unquote, urlsplit

from django.utils.encoding import escape_uri_path

# The response header Varnish's xkey vmod reads (and deploy/varnish strips).
RESPONSE_HEADER = "xkey"
# The purge request's header naming the keys to drop (see deploy/varnish/newsroom.vcl).
PURGE_HEADER = "Xkey-Purge"
SITE_KEY = "/"


def path_key(path):
    """The key of a decoded URL path such as `/th/tags/น้ำท่วม/`."""
    return escape_uri_path(path)


def url_key(url):
    """The key of a URL as `reverse()` or a page's `full_url` writes it (encoded)."""
    return path_key(unquote(urlsplit(url).path))


def response_keys(request):
    """The keys of a public response to `request`, space separated."""
    key = path_key(request.path)
    return SITE_KEY if key == SITE_KEY else f"{SITE_KEY} {key}"
