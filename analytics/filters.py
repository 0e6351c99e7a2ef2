"""
Which beacon requests count as a reader's view, and telling repeat views
apart without keeping any identifier.

A repeat view is recognised by a hash of the network address, the browser's
User-Agent and the article, salted with a random value that changes every
day. The hash lives only in the cache, for the repeat window
(VIEW_COUNT_REPEAT_WINDOW); the salt in the cache for two days and in each
process's memory until the day changes, never in the database. Once the salt
is gone nobody, the site included, can tell whose hash it was.

A User-Agent costs nothing to vary, so one network address also gets at most
VIEW_COUNT_PER_ADDRESS views of one article per window, whatever browsers it
claims (300 beacons with varied User-Agents from one address had counted 300
views in 1.5 s, enough to put any story on "most read"). The limit is well
above what the readers behind one carrier's NAT address send for one story.
"""

import hashlib
import re
import secrets

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from web.network import client_ip

# Crawlers, link previewers, monitors, headless browsers and HTTP libraries.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|"
    r"lighthouse|pagespeed|curl|wget|python-|httpclient|java/|go-http-client|okhttp|axios|"
    r"node-fetch|monitor|uptime|pingdom|scanner|feedfetcher",
    re.IGNORECASE,
)
SALT_LIFETIME = 2 * 24 * 60 * 60


def is_bot(request):
    user_agent = request.headers.get("User-Agent", "")
    return not user_agent or BOT_USER_AGENT.search(user_agent) is not None


def is_prefetch(request):
    """Speculative loads announce themselves (Sec-Purpose in Chromium, Purpose elsewhere)."""
    purposes = (
        request.headers.get("Sec-Purpose", ""),
        request.headers.get("Purpose", ""),
        request.headers.get("X-Purpose", ""),
        request.headers.get("X-Moz", ""),
    )
    return any(word in purpose.lower() for purpose in purposes for word in ("prefetch", "preview"))


def is_staff(request):
    """Editors checking their own stories are not readers. Only looked up when logged in."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = request.user
    return user.is_authenticated and (user.is_staff or user.has_perm("wagtailadmin.access_admin"))


# Today's salt, as this process last read it from the cache: (day, salt).
_salt_of_the_day = (None, None)


def daily_salt():
    """
    The day's random salt, shared by every process through the cache (the
    first to ask makes it). Each process remembers it until the day changes,
    which saves two cache round trips per beacon.
    """
    global _salt_of_the_day
    today = f"{timezone.localdate():%Y-%m-%d}"
    if _salt_of_the_day[0] == today:
        return _salt_of_the_day[1]
    key = f"views:salt:{today}"
    cache.add(key, secrets.token_hex(16), SALT_LIFETIME)
    salt = cache.get(key)
    if salt is None:  # evicted between the two calls; a new salt is as good
        salt = secrets.token_hex(16)
        cache.set(key, salt, SALT_LIFETIME)
    _salt_of_the_day = (today, salt)
    return salt


def salted_digest(*parts):
    material = "|".join(str(part) for part in (daily_salt(), *parts))
    return hashlib.sha256(material.encode()).hexdigest()


def is_repeat_view(request, article_id):
    """True when this reader's view of this article was already counted within the window."""
    user_agent = request.headers.get("User-Agent", "")
    digest = salted_digest(client_ip(request), user_agent, article_id)
    return not cache.add(f"views:seen:{digest}", 1, settings.VIEW_COUNT_REPEAT_WINDOW)


def is_over_address_limit(request, article_id):
    """True once this network address has had its share of views of this article in the window."""
    key = f"views:address:{salted_digest(client_ip(request), article_id)}"
    if cache.add(key, 1, settings.VIEW_COUNT_REPEAT_WINDOW):
        return False
    try:
        return cache.incr(key) > settings.VIEW_COUNT_PER_ADDRESS
    except ValueError:  # expired since the add
        return False
