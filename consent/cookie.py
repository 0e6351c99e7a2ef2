"""
The reader's decision, kept in a first-party cookie (CONSENT_COOKIE_NAME).

The cookie is strictly necessary (it remembers a refusal as much as a yes),
so it needs no consent itself. Its value is plain and readable by our
JavaScript, which decides from it whether to show the notice and what to run:

    version:3|analytics:1|marketing:0|id:5f0c3e1d9a8b4c6f8e2d1a0b9c8d7e6f

``version`` is the policy version agreed to: when editors raise the notice's
version, the cookie no longer matches and the reader is asked again. ``id``
is the consent id of the reader's records (consent.models.ConsentRecord),
issued by the server: 16 random hex digits and 16 of their HMAC under the
SECRET_KEY, so an id a client made up (or copied from another record) is
not taken over; the decision is logged under a fresh id instead.
Only these characters are used so that neither Django nor a browser quotes
the value.
"""

import re
import secrets
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

ID_SALT = "consent.cookie.consent_id"

COOKIE_VALUE = re.compile(
    r"^version:(?P<version>\d{1,9})\|analytics:(?P<analytics>[01])"
    r"\|marketing:(?P<marketing>[01])\|id:(?P<consent_id>[0-9a-f]{32})$"
)


@dataclass(frozen=True)
class ConsentState:
    version: int
    analytics: bool
    marketing: bool
    consent_id: uuid.UUID

    @property
    def purposes_key(self):
        return f"analytics:{int(self.analytics)}|marketing:{int(self.marketing)}"

    def to_cookie(self):
        return f"version:{self.version}|{self.purposes_key}|id:{self.consent_id.hex}"

    @classmethod
    def from_cookie(cls, raw):
        """The state in a cookie value, or None when it is missing or malformed."""
        match = COOKIE_VALUE.match(raw or "")
        if match is None:
            return None
        return cls(
            version=int(match["version"]),
            analytics=match["analytics"] == "1",
            marketing=match["marketing"] == "1",
            consent_id=uuid.UUID(match["consent_id"]),
        )


def state_from_request(request):
    return ConsentState.from_cookie(request.COOKIES.get(settings.CONSENT_COOKIE_NAME))


def set_consent_cookie(response, request, state):
    response.set_cookie(
        settings.CONSENT_COOKIE_NAME,
        state.to_cookie(),
        max_age=settings.CONSENT_COOKIE_MAX_AGE,
        # Always in production (SESSION_COOKIE_SECURE), whatever the proxy says.
        secure=request.is_secure() or settings.SESSION_COOKIE_SECURE,
        # Our JavaScript reads the cookie to show or hide the notice.
        httponly=False,
        samesite="Lax",
    )


def new_consent_id():
    """A consent id only this server can have issued (see the module's docstring)."""
    random_half = secrets.token_hex(8)
    return uuid.UUID(random_half + id_signature(random_half))


def issued_here(consent_id):
    hexed = consent_id.hex
    return constant_time_compare(hexed[16:], id_signature(hexed[:16]))


def id_signature(random_half):
    return salted_hmac(ID_SALT, random_half, algorithm="sha256").hexdigest()[:16]
