"""
A story's body rendered when it is published, before its first reader asks.

The first readers after a publish are the ones the page caches cannot help:
Varnish was purged, and the rendered body (news/render_cache.py) belongs to
the old revision. So once the publish commits, a task renders the new body,
the byline and the <head>'s SEO tags, and reads the section, tags and
corrections (`article_extras`), for the page's site, language and scheme,
through the same template tags a reader's request uses, and stores them. The
task goes on the purges' off-request queue (frontcache/queue.py: the database
queue and its worker in production), so the editor's request does not wait
for it; a reader who comes before the worker has run renders them
themselves, as before.
"""

import logging
from functools import cache, partial

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpRequest
from django.template import Context, Template
from django.utils import translation
from django.utils.html import conditional_escape
from django_tasks import task
from wagtail.signals import page_published

from frontcache.queue import TASK_BACKEND
from news import render_cache
from news.models import ArticlePage

logger = logging.getLogger(__name__)
STANDARD_PORTS = (80, 443)
# The parts of the article page that are kept per revision, as article_page.html
# and base.html render them (the tags, not their modules: frontcache sits beside
# syndication and may not import it).
PARTS = "{% load seo_tags article_parts %}{% article_byline page %}{% seo_head %}"


def warm_after_commit(instance, **kwargs):
    """page_published receiver: queue the body's rendering once the publish commits."""
    transaction.on_commit(partial(enqueue_warming, instance.pk))


def enqueue_warming(page_id):
    try:
        warm_body.enqueue(page_id)
    except Exception:
        # The story is published whatever happens here; its first reader renders the body.
        logger.exception("Could not queue the rendering of page %s's body", page_id)


@task(backend=TASK_BACKEND)
def warm_body(page_id):
    """Render and cache the live body of page `page_id` as a reader of its site would get it."""
    page = ArticlePage.objects.live().filter(pk=page_id).first()
    if page is None:
        return  # unpublished or deleted since
    request = reader_request(page)
    if request is None:
        return
    with translation.override(page.locale.language_code):
        try:
            request.get_host()
        except DisallowedHost:
            return  # readers cannot reach this site under its own name: nothing to warm for them
        render_cache.cached_body(page, request, partial(render, page, request))
        parts_template().render(Context(page.get_context(request)))


@cache
def parts_template():
    return Template(PARTS)


def render(page, request):
    """As `{% article_body %}` renders it (news/templatetags/article_body.py)."""
    context = {"page": page, "self": page, "request": request}
    return conditional_escape(page.body.render_as_block(context=context))


def connect():
    """Called from frontcache/apps.py; news/render_cache.py has already made the old body stale."""
    page_published.connect(warm_after_commit, sender=ArticlePage, dispatch_uid="frontcache-warm")


class ReaderRequest(HttpRequest):
    """A request made here, with the scheme readers use: the SEO tags' URLs are absolute."""

    def __init__(self, scheme):
        super().__init__()
        self.reader_scheme = scheme

    def _get_scheme(self):
        return self.reader_scheme


def reader_scheme(site):
    """https for a site on port 443 (as Site.root_url says), or when plain HTTP is redirected."""
    return "https" if site.port == 443 or settings.SECURE_SSL_REDIRECT else "http"


def reader_request(page):
    """A GET of the page's URL on its site's host name: what `cached_body` keys the body by."""
    site = page.get_site()
    if site is None:
        return None
    host = site.hostname if site.port in STANDARD_PORTS else f"{site.hostname}:{site.port}"
    request = ReaderRequest(reader_scheme(site))
    request.method = "GET"
    request.path = request.path_info = page.get_url(request=None) or "/"
    request.META = {"HTTP_HOST": host, "SERVER_NAME": site.hostname, "SERVER_PORT": site.port}
    return request
