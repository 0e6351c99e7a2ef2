"""
Search in a real browser (Debian's Chromium through Playwright): the search
box suggests headlines while a Thai word is still half typed, the keyboard
picks one, and the results page marks the words found. A screenshot of the
results lands in test-artifacts/ for a human to look at.

Run alone with `pytest -m browser tests/test_search_browser.py`; skipped when
Chromium is not installed at /usr/bin/chromium.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from news.models import ArticlePage, SectionPage

# live_server answers from another thread, so the data must be committed.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
HEADLINE = "กนง.มีมติคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสองจุดห้า"


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def story(live_server):
    """A Thai home, a section and one published story about interest rates."""
    for cache in caches.all(initialized_only=True):
        cache.clear()
    thai, _ = Locale.objects.get_or_create(language_code="th")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=thai)
    )
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home", locale=thai))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    section = home.add_child(
        instance=SectionPage(title="เศรษฐกิจ", slug="business", show_in_menus=True)
    )
    article = section.add_child(
        instance=ArticlePage(
            title=HEADLINE,
            slug="rates",
            standfirst="ธนาคารแห่งประเทศไทยประกาศผลการประชุมคณะกรรมการนโยบายการเงิน",
            body=[("paragraph", "<p>คณะกรรมการเห็นว่าอัตราดอกเบี้ยระดับนี้เหมาะสมกับเศรษฐกิจ</p>")],
            live=False,
        )
    )
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def test_the_search_box_suggests_a_story_for_a_half_typed_thai_word(tab, live_server, story):
    tab.goto(f"{live_server.url}/th/")
    box = tab.locator("#site-search")
    box.press_sequentially("ดอกเบ", delay=30)
    option = tab.get_by_role("option", name=HEADLINE)
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"

    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    box.press("Enter")
    tab.wait_for_url(f"**{story.url}")
    assert tab.locator("h1").inner_text() == HEADLINE


def test_the_results_page_marks_the_words_found(tab, live_server, story):
    tab.goto(f"{live_server.url}/th/search/?q=อัตราดอกเบี้ย")
    marks = tab.locator(".search-result__snippet mark")
    assert marks.all_inner_texts() == ["อัตราดอกเบี้ย"]
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "search-results.png"), full_page=True)
