"""
Where a request comes from, as far as the site can tell.

Behind a proxy every request arrives from the proxy's address; the proxy puts
the reader's address at the end of ``X-Forwarded-For``. Only the entries added
by our own proxies can be trusted (a client can send any header it likes), so
``TRUSTED_PROXY_COUNT`` says how many hops to read back from the end.
"""

from django.conf import settings


def client_ip(request):
    """The reader's network address, or "" when there is none to read."""
    hops = settings.TRUSTED_PROXY_COUNT
    if hops > 0:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")
