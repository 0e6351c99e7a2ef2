"""
The slugs no child of a home page may take. A section at /th/corrections/ or
/th/search/ would never be reached: the home page's archive routes are
resolved before its child pages, and the URL patterns inside the language
prefix (search, feeds, accounts...) before the page tree.

Both lists are read from where the URLs are defined, the routes and the URL
conf, so a new route or pattern is reserved without being typed twice. The
child pages ask their parent through `reserved_child_slugs()`
(localization/slug_reservations.py).
"""

import re
from functools import cache

from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern

# A first path segment that is plain text, not a converter or a regex.
LITERAL_SEGMENT = re.compile(r"^[-\w]+$")


def reserved_child_slugs(page_class):
    """The slugs the routes of `page_class` and the language-prefixed URL patterns use."""
    return route_slugs(page_class) | language_prefixed_slugs()


def route_slugs(page_class):
    """The first segments of a routable page's routes: {"authors", "tags", "corrections"}."""
    return first_segments(page_class.get_subpage_urls())


@cache
def language_prefixed_slugs():
    """The first segments of the URL patterns under /<lang>/: search, feeds, accounts..."""
    slugs = set()
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            slugs |= first_segments(pattern.url_patterns)
    return frozenset(slugs)


def first_segments(patterns):
    """Literal first segments of `patterns`, looking into includes mounted at ""."""
    segments = set()
    for pattern in patterns:
        segment = str(pattern.pattern).lstrip("^").split("/")[0]
        if segment == "" and isinstance(pattern, URLResolver):
            segments |= first_segments(pattern.url_patterns)
        elif LITERAL_SEGMENT.match(segment):
            segments.add(segment)
    return frozenset(segments)
