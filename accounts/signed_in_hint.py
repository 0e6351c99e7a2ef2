"""
A hint for the masthead's JavaScript that the reader is signed in.

Public pages are cached whole for everybody, so their HTML always says "Log
in"; `site/static/js/account-link.js` turns that link into "Your account"
when this cookie is present. The session cookie itself is HttpOnly, out of
scripts' reach, and must stay so. The hint holds no identity ("1"), lasts as
long as the session, and is set and removed where the session is: at login,
sign-up, logout and account deletion. A stale hint (the session expired)
only leads to the login page, which removes it.

Why a cookie and not a small uncached "who am I" endpoint: the endpoint would
cost every reader, signed in or not, one request to the application per
page view, which the page cache exists to avoid; the cookie costs nothing.
"""

from django.conf import settings

# The masthead's link names it too (site/templates/includes/header.html).
COOKIE_NAME = "nwd_signed_in"


def remember_signed_in(request, response):
    expires_at_close = request.session.get_expire_at_browser_close()
    response.set_cookie(
        COOKIE_NAME,
        "1",
        max_age=None if expires_at_close else request.session.get_expiry_age(),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=False,  # read by account-link.js: that is its whole purpose
        samesite="Lax",
    )
    return response


def forget_signed_in(response):
    response.delete_cookie(COOKIE_NAME, samesite="Lax")
    return response
