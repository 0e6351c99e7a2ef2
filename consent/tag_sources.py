"""
What the Content-Security-Policy must allow for the declared third-party tags
to run once a reader consents: the SHA-256 of each inline script (consent.js
recreates it with the same text) and the origins of scripts it loads by
``src``. Only the code an editor declared is allowed, not ``'unsafe-inline'``.
What those scripts fetch or show (beacons, pixels) falls under the public
policy's ``connect-src``/``img-src https:``.
"""

import base64
import hashlib
from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import urlsplit


class _ScriptReader(HTMLParser):
    """Collects each <script>'s text and the origin of its ``src``."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.hashes, self.origins = [], []
        self._text = None

    def handle_starttag(self, tag, attrs):
        if tag != "script":
            return
        src = dict(attrs).get("src")
        if src:
            origin = https_origin(src)
            if origin:
                self.origins.append(origin)
            self._text = None
        else:
            self._text = []

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._text is not None:
            self.hashes.append(script_hash("".join(self._text)))
            self._text = None


def https_origin(src):
    """``https://host`` of an absolute or scheme-relative https address, else None."""
    parts = urlsplit(src)
    if parts.netloc and parts.scheme in ("https", ""):
        return f"https://{parts.netloc}"
    return None


def script_hash(text):
    """The CSP hash source of an inline script, as the browser computes it."""
    # The HTML parser turns CR LF and lone CR into LF before the script sees its text.
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(normalized.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@lru_cache(maxsize=256)
def sources_of(code):
    """``{"script-src": [...]}`` for one tag: its inline scripts' hashes, its script origins."""
    reader = _ScriptReader()
    reader.feed(code)
    reader.close()
    return {"script-src": reader.hashes + sorted(set(reader.origins))}


def sources_of_tags(tags):
    merged = {}
    for tag in tags:
        for directive, sources in sources_of(tag.code).items():
            merged.setdefault(directive, []).extend(sources)
    return merged
