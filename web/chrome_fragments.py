"""
Rendered pieces of the chrome every public page carries (masthead, footer,
consent notice, feed links...), kept in this process's memory.

Rendering those templates cost milliseconds per page, although their HTML
changes only with what they show: the navigation, the site's identity, the
notice's texts, the language. So `fragment` renders a template once per
`key`, the plain values the HTML is made from (with the active language
and the URL configuration),
and later pages reuse the HTML. The key IS the content: when an editor
renames a section or changes the notice, the cached values the tag reads
change (home/navigation.py, consent/notice.py drop them), the key changes,
and the next page renders afresh; no invalidation of its own to forget.

What differs per page (the address to come back to, the language switch) is
left out as a `marker` in the template and filled in with `fill`, escaped as
the template would have. Markers carry a random token of this process, so
text an editor types can never be taken for one. No Redis round trip is
added; memory is bounded by `MEMO_SIZE` entries (least recently used go).
With DEBUG on, templates are rendered every time so that edits show at once.
"""

import re
import secrets
import threading
from collections import OrderedDict
from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

MEMO_SIZE = 512
TOKEN = secrets.token_hex(6)
MARKER = re.compile(f"\ue000{TOKEN}:(\\w+)\ue000")

_memo = OrderedDict()  # (template name, language, key) -> parts, see `split`
_lock = threading.Lock()


def marker(name):
    """A stand-in for a per-page value named `name`, to be filled in by `fill`."""
    return f"\ue000{TOKEN}:{name}\ue000"


def fragment(template_name, key, context):
    """
    The parts of `template_name` rendered with `context` (a dict, or a
    function returning one, called only when rendering), rendered once per
    (`key`, language): `key` must hold every value the HTML depends on,
    apart from the markers.
    """
    memo_key = (template_name, get_language(), get_urlconf(), get_script_prefix(), key)
    with _lock:
        parts = _memo.get(memo_key)
        if parts is not None:
            _memo.move_to_end(memo_key)
            return parts
    if callable(context):
        context = context()
    parts = split(render_to_string(template_name, context))
    if not settings.DEBUG:
        remember(memo_key, parts)
    return parts


def remember(memo_key, parts):
    with _lock:
        _memo[memo_key] = parts
        while len(_memo) > MEMO_SIZE:
            _memo.popitem(last=False)


def split(html):
    """[text, marker name, text, marker name, ..., text]."""
    return tuple(MARKER.split(html))


def fill(parts, **values):
    """The HTML with each marker replaced by its value, escaped unless already safe."""
    out = list(parts)
    for index in range(1, len(out), 2):
        out[index] = str(conditional_escape(values[out[index]]))
    return mark_safe("".join(out))  # noqa: S308 - a rendered template and escaped values


def url_for(name, *args):
    """
    reverse(name, args=args), built once per process: the filled-in addresses
    (an article's comments, its view beacon) cost a reverse() on every page.
    """
    return known_url(name, args, get_language(), get_urlconf(), get_script_prefix())


@lru_cache(maxsize=4096)
def known_url(name, args, language, urlconf, script_prefix):
    """The arguments after `args` are the key only: reverse() reads them itself."""
    return reverse(name, args=args)


def forget_all(**kwargs):
    """When a setting changes (tests: ROOT_URLCONF, STATIC_URL...): the HTML may differ."""
    with _lock:
        _memo.clear()
    known_url.cache_clear()


setting_changed.connect(forget_all, dispatch_uid="web.chrome_fragments.forget_all")
