"""
Security settings shared by every environment: the Content-Security-Policy
of public pages and of the admin, the Permissions-Policy, and the limits on
anonymous writes (README, "Security"). `base.py` imports them all; HSTS and
Secure cookies are production's (production.py).
"""

import os

from csp.constants import NONE, SELF, UNSAFE_INLINE

# The public site's address for links in e-mail to readers (password reset,
# sign-up): never taken from the request's Host header. Production defaults
# to https:// and the first of ALLOWED_HOSTS.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL") or os.environ.get(
    "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000"
)

# Security headers (README, "Security"). Public pages are cached whole for
# every reader, so their policy uses no nonce and allows no inline code:
# scripts and styles are files of ours; declared third-party tags are allowed
# by hash on the pages that carry them (web/content_policy.py).
# site/templates/500.html's own <style> (tests/test_security_headers.py checks it).
ERROR_PAGE_STYLE_HASH = "'sha256-ko8DQyuXSXmGW8YYLzsNujcHRuQ54M6d3V0hAhxFSxw='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, ERROR_PAGE_STYLE_HASH],
        # Uploads may live in an S3 bucket; tags' pixels and embeds' thumbnails load after consent.
        "img-src": [SELF, "data:", "https:"],
        "font-src": [SELF],
        "connect-src": [SELF, "https:"],
        "frame-src": ["https:"],
        "media-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin templates carry inline scripts (inline panels, date pickers,
# wagtail-localize's editor) and style attributes, so 'unsafe-inline' is the
# strictest policy it works under; it needs no 'unsafe-eval'.
ADMIN_URL_PREFIXES = ["/admin/"]
# Editors' avatars over HTTPS, which the admin's img-src allows (Wagtail's default is http://).
WAGTAIL_GRAVATAR_PROVIDER_URL = "https://www.gravatar.com/avatar"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "https:"],
        "font-src": [SELF, "data:"],
        # The dashboard's "new Wagtail version" notice.
        "connect-src": [SELF, "https://releases.wagtail.org"],
        "frame-src": [SELF, "https:"],
        "media-src": [SELF, "blob:", "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Powerful features no page of ours uses; embeds keep fullscreen and autoplay.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    )
)

# Limits on anonymous writes (web/rate_limits.py): (count, seconds) per client
# network address unless named otherwise; beyond them a 429 with Retry-After.
CONSENT_RATE_LIMIT = (60, 60)
PASSWORD_RESET_LIMIT_PER_EMAIL = (3, 60 * 60)
PASSWORD_RESET_LIMIT_PER_CLIENT = (20, 60 * 60)
SIGN_UP_RATE_LIMIT = (10, 60 * 60)
# Search statistics: searches counted per client, and new distinct terms a
# client may add, per window; beyond them the search answers, uncounted.
SEARCH_LOG_RATE_LIMIT = (30, 10 * 60)
SEARCH_LOG_NEW_TERMS_LIMIT = (10, 60 * 60)
