"""
A Wagtail frontend-cache backend for Varnish with the xkey vmod.

Wagtail's own HTTPBackend sends one `PURGE <url>` per URL and only logs a
failure. This one sends the keys of a whole batch in one request per
`PURGE_BATCH_BYTES` (deploy/varnish/newsroom.vcl drops every object tagged
with any of them) and raises `PurgeFailed`, so the purge task can retry.
"""

from urllib.error import URLError
from urllib.request import urlopen

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest

from frontcache.keys import PURGE_HEADER, url_key

# Varnish refuses request headers over 8 KB (http_req_hdr_len); stay well below.
PURGE_BATCH_BYTES = 4000
TIMEOUT_SECONDS = 5


class PurgeFailed(Exception):
    """The cache did not confirm a purge: the caller retries later."""


class VarnishXkeyBackend(HTTPBackend):
    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        for keys in key_batches(sorted({url_key(url) for url in urls})):
            self.purge_keys(keys)

    def purge_keys(self, keys):
        request = PurgeRequest(
            url=f"{self.cache_scheme}://{self.cache_netloc}/",
            headers={PURGE_HEADER: " ".join(keys), "User-Agent": f"Wagtail/{wagtail_version}"},
        )
        try:
            with urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - our LOCATION
                response.read()
        except (URLError, OSError) as error:
            raise PurgeFailed(f"{self.cache_netloc}: {error}") from error


def key_batches(keys):
    """`keys` in lists whose header stays under PURGE_BATCH_BYTES."""
    batch, size = [], 0
    for key in keys:
        if batch and size + len(key) + 1 > PURGE_BATCH_BYTES:
            yield batch
            batch, size = [], 0
        batch.append(key)
        size += len(key) + 1
    if batch:
        yield batch
