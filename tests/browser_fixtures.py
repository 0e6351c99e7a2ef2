"""
Shared by the tests against the live server (the browser tests and a few
others): browser tabs that stay on the test server, and the page tree they
read::

    Root
      HomePage "หน้าแรก" (locale th, root of the default Site)   /th/
        SectionPage "ข่าวโลก" (show_in_menus)                   /th/world/
          ArticlePage ...                                       /th/world/<slug>/

live_server answers from another thread, so these tests commit their data
(``django_db(transaction=True)``) and often start on a database that an
earlier transactional test flushed of even the rows Wagtail's migrations made
(the Thai locale, the root page, the root collection): the tree is rebuilt
from the root. The autouse ``_clear_caches`` fixture has already emptied the
caches that remember the previous tree (site root paths, renditions, embeds).

Registered for the whole suite by tests/conftest.py (``pytest_plugins``).
"""

import re
import threading

import pytest
from django.conf import settings
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage
from news.models import ArticlePage, SectionPage

DESKTOP = {"width": 1280, "height": 900}


class OneRequestAtATimeServer(ThreadedWSGIServer):
    """
    The live server for an in-memory SQLite test database. Its threads still
    read sockets side by side (one thread waiting on a browser's idle
    preconnection must not stall the others), but Django handles one request
    at a time: every server thread shares the test's one SQLite connection,
    and two requests using it at once fail with "database table is locked"
    (the site's 503), which made the admin walks flaky under load.
    """

    django_lock = threading.Lock()

    def set_app(self, application):
        def one_at_a_time(environ, start_response):
            with self.django_lock:
                response = application(environ, start_response)
                try:
                    return [b"".join(response)]
                finally:
                    if hasattr(response, "close"):
                        response.close()  # request_finished: still under the lock

        super().set_app(one_at_a_time)


@pytest.fixture(scope="session", autouse=True)
def _one_request_at_a_time_on_sqlite():
    """Before the session's live server starts (it is created on first use)."""
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3") and not database.get("TEST", {}).get("NAME"):
        LiveServerThread.server_class = OneRequestAtATimeServer


@pytest.fixture
def open_page(browser, live_server):
    """
    Open a tab in a fresh browser profile (no cookies) at a given viewport,
    with JavaScript on or off and any other Playwright context option (say a
    ``user_agent``). Requests to any other site are aborted: nothing may depend
    on, or reach, another site. The profiles are closed after the test.
    """
    contexts = []
    local = re.compile(rf"^{re.escape(live_server.url)}/")

    def opener(viewport=DESKTOP, javascript=True, **context_options):
        context = browser.new_context(
            viewport=viewport, java_script_enabled=javascript, **context_options
        )
        context.set_default_timeout(15_000)
        context.route(lambda url: not local.match(url), lambda route: route.abort())
        contexts.append(context)
        return context.new_page()

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def tab(open_page):
    """One desktop tab, for tests that need no other."""
    return open_page()


@pytest.fixture
def live_home(live_server, committed_home):
    """The Thai HomePage, root of the default Site, with nothing under it."""
    return committed_home


@pytest.fixture
def committed_home(transactional_db):
    """
    The Thai HomePage for tests whose data other processes read (a live
    server, app servers started by the test): rebuilt from the root, since an
    earlier transactional test may have flushed the migrations' rows.
    """
    thai, _created = Locale.objects.get_or_create(language_code="th")
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=thai)
    )
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home", locale=thai))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def live_section(live_home):
    """The World section (ข่าวโลก, /th/world/), in the menu."""
    return live_home.add_child(
        instance=SectionPage(
            title="ข่าวโลก", slug="world", show_in_menus=True, intro="ข่าวต่างประเทศล่าสุด"
        )
    )


@pytest.fixture
def make_live_article(live_section):
    """
    Publish an ArticlePage under `parent` (the `live_section` by default)
    through a revision, as the admin does, with its `authors` and `tags`. A
    standfirst is required, so there is a default one.
    """

    def make(title, slug, parent=None, authors=(), tags=(), standfirst="ย่อหน้าเปิด", **fields):
        article = (parent or live_section).add_child(
            instance=ArticlePage(
                title=title, slug=slug, standfirst=standfirst, live=False, **fields
            )
        )
        for author in authors:
            article.article_authors.create(author=author)
        if tags:
            article.tags.add(*tags)
        article.save_revision().publish()
        return ArticlePage.objects.get(pk=article.pk)

    return make


def wait_until(page, expression, timeout_ms=15_000):
    """
    Wait until `expression` is true in the page. Playwright's wait_for_function
    compiles its predicate with eval inside the page, which the site's
    Content-Security-Policy forbids ('unsafe-eval'); evaluate() is not subject
    to it, so the polling is done from here.
    """
    for _ in range(timeout_ms // 100):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"never true in the page: {expression}")
