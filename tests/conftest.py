"""
Shared fixtures: a small Thai page tree and factories for articles and images.

The tree every page test starts from::

    Root
      HomePage "หน้าแรก" (locale th, root of the default Site)   /th/
        SectionPage "โลก" (show_in_menus)                       /th/world/
          ArticlePage ...                                       /th/world/<slug>/

Wagtail's own welcome page (depth 2) is deleted first. Everything is built per
test inside the test's transaction, so the fixtures stay small and fast.
"""

import itertools
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import caches
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from news.authors import ArticleAuthor, Author
from news.models import ArticlePage, SectionPage

# Fixtures shared by the test modules of one feature, and the live server's page tree.
pytest_plugins = [
    "tests.browser_fixtures",
    "tests.comments_helpers",
    "tests.consent_helpers",
    "tests.live_helpers",
    "tests.outage_helpers",
    "tests.stack_helpers",
    "tests.thai_admin_walk",
]

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _clear_caches():
    """
    Wagtail keeps site root paths and renditions in the cache, and the embed
    block remembers failed look-ups there; none of it may leak between tests
    (page and image ids are reused after a rollback on SQLite).
    """
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def soup():
    """Parse a response (or an HTML string) with BeautifulSoup."""

    def parse(response_or_html):
        html = getattr(response_or_html, "content", response_or_html)
        return BeautifulSoup(html, "html.parser")

    return parse


@pytest.fixture
def locale_th(db):
    return Locale.objects.get(language_code="th")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def english_section(home, section, locale_en):
    """English translations of the home page and the World section, published."""
    for page in (home, section):
        page.copy_for_translation(locale_en).save_revision().publish()
    return section.get_translation(locale_en)


@pytest.fixture
def home(locale_th):
    """The Thai HomePage, root of the default Site, in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    # Deleting the welcome page also deletes the Site rooted there (CASCADE).
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home", locale=locale_th))
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="News World Daily",
    )
    return home


@pytest.fixture
def make_section(home):
    def make(title="โลก", slug=None, show_in_menus=True, **fields):
        slug = slug or f"section-{next(_counter)}"
        section = SectionPage(title=title, slug=slug, show_in_menus=show_in_menus, **fields)
        return home.add_child(instance=section)

    return make


@pytest.fixture
def section(make_section):
    return make_section(title="โลก", slug="world", intro="ข่าวจากทั่วโลก")


@pytest.fixture
def make_image(db):
    Image = get_image_model()

    def make(title=None, size=(640, 360), **fields):
        n = next(_counter)
        return Image.objects.create(
            title=title or f"Test image {n}",
            file=get_test_image_file(filename=f"test-{n}.png", size=size),
            **fields,
        )

    return make


@pytest.fixture
def image(make_image):
    return make_image(title="Chao Phraya at dawn")


@pytest.fixture
def make_author(db):
    def make(name=None, role="", photo=None, **fields):
        return Author.objects.create(
            name=name or f"Author {next(_counter)}", role=role, photo=photo, **fields
        )

    return make


@pytest.fixture
def author(make_author):
    return make_author(name="อนันยา สุขใจ", role="Economics correspondent")


@pytest.fixture
def make_article(section):
    """
    Create an ArticlePage under `parent` (the `section` fixture by default)
    with the given body, as a list of ``(block_type, value)`` tuples, and
    publish it through a revision as the admin does. ``publish=False`` leaves
    it as an unpublished draft.
    """

    def make(
        title=None,
        body=(),
        parent=None,
        publish=True,
        authors=(),
        slug=None,
        standfirst=None,
        **fields,
    ):
        n = next(_counter)
        page = ArticlePage(
            title=title or f"Article {n}",
            slug=slug or f"article-{n}",
            standfirst=standfirst or f"Standfirst of article {n}.",
            body=list(body),
            live=False,
            **fields,
        )
        page.article_authors = [ArticleAuthor(author=a) for a in authors]
        (parent or section).add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page

    return make


CHROMIUM = Path("/usr/bin/chromium")


def thai_font_home(tmp_path_factory):
    """
    A data folder whose fonts/ holds the Thai subsets of the site's fonts, where
    fontconfig looks (Latin text keeps the system's fonts). Chromium's own
    FreeType reads no WOFF2, so they are unpacked to TrueType.
    """
    from fontTools.ttLib import TTFont

    home = tmp_path_factory.mktemp("xdg-data")
    (home / "fonts").mkdir()
    site_fonts = Path(settings.BASE_DIR) / "site" / "static" / "fonts"
    for woff2 in site_fonts.glob("*-thai-[0-9]*.woff2"):
        font = TTFont(woff2)
        font.flavor = None
        font.save(home / "fonts" / f"{woff2.stem}.ttf")
    return home


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """
    One Debian Chromium per browser-test module, driven by Playwright (its own
    browser downloads cannot work here). Skips the test when Chromium or
    Playwright is missing (`apt-get install chromium`).

    Playwright's sync API keeps an asyncio loop running in this thread, and
    Django then refuses ORM calls from it ("cannot call this from an async
    context"). Nothing here is concurrent: the loop only waits on the browser,
    so the check is switched off while the browser is open, and only then.
    """
    if not CHROMIUM.exists():
        pytest.skip(
            f"Browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium)"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        # Debian's Chromium has no Thai system font: the admin, in system fonts, showed boxes.
        patch.setenv("XDG_DATA_HOME", str(thai_font_home(tmp_path_factory)))
        with sync_api.sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM),
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            yield chromium
            chromium.close()


def pytest_collection_modifyitems(config, items):
    """`postgres_only` tests are skipped on SQLite before their fixtures run."""
    from django.conf import settings

    if "sqlite" not in settings.DATABASES["default"]["ENGINE"]:
        return
    skip = pytest.mark.skip(reason="exercises PostgreSQL; the suite runs on SQLite")
    for item in items:
        if item.get_closest_marker("postgres_only"):
            item.add_marker(skip)
