"""
The public pages in a real browser: Debian's Chromium driven by Playwright.

These check what only a browser can: that Thai text is drawn with our own
webfont (the test machine has no Thai system font, so without it Thai shows
as empty boxes), that the skip link works from the keyboard, that a long Thai
headline does not make a phone screen scroll sideways, and that every image
reserves its space before it loads. Screenshots land in test-artifacts/ for a
human to look at.

Run them alone with `pytest -m browser`. They are skipped when Chromium is not
installed at /usr/bin/chromium; Playwright's own browser downloads are not used.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from news.authors import Author
from tests.browser_fixtures import wait_until

# live_server answers from another thread, so the data must be committed
# (the page tree: tests/browser_fixtures.py).
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PHONE = {"width": 375, "height": 812}
THAI_FONT_FILE = "fonts/sarabun-thai-400-normal.woff2"

# One long Thai headline with no spaces to break at: the browser has to find
# word boundaries itself.
LONG_HEADLINE = (
    "คณะรัฐมนตรีอนุมัติงบประมาณฉุกเฉินเพื่อช่วยเหลือเกษตรกรผู้ได้รับผลกระทบจากภัยแล้ง"
    "ที่ยาวนานที่สุดในรอบสามสิบปีในภาคตะวันออกเฉียงเหนือ"
)


def sample_image(title, size, colour):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, colour).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


@pytest.fixture
def news(live_server, live_home, live_section, make_live_article):
    """
    Two articles in the World section of the shared live page tree: the
    second has the long headline, a pull quote, a hero picture, an author
    with a photo, tags and a related-story box pointing at the first.
    """
    picture = sample_image("hero", (1280, 720), (40, 90, 140))
    author = Author.objects.create(
        name="อนัญญา สุขใจ",
        role="ผู้สื่อข่าวเศรษฐกิจ",
        photo=sample_image("face", (200, 200), (150, 60, 50)),
        locale=live_home.locale,
    )
    earlier = make_live_article(
        "ราคาข้าวหอมมะลิสูงสุดในรอบห้าปี",
        "rice",
        standfirst="เกษตรกรยิ้มรับราคาข้าวที่พุ่งสูงขึ้น",
        hero_image=picture,
        body=[("paragraph", "<p>ราคาข้าวหอมมะลิในตลาดกลางปรับตัวสูงขึ้นต่อเนื่อง</p>")],
    )
    article = make_live_article(
        LONG_HEADLINE,
        "drought",
        standfirst="ชาวนาในภาคอีสานเตรียมรับมือฤดูแล้งที่ยาวนานขึ้น",
        hero_image=picture,
        hero_caption="ชาวนาตรวจดูระดับน้ำในนาข้าว",
        hero_credit="ภาพ: ธนพล วงศ์ศิริ",
        body=[
            ("paragraph", "<p>เจ้าหน้าที่กล่าวว่าปริมาณน้ำในเขื่อนลดลงต่ำกว่าค่าเฉลี่ย</p>"),
            ("related_story", {"article": earlier, "headline": ""}),
            (
                "pull_quote",
                {
                    "quote": "ไม่มีใครวางแผนการเก็บเกี่ยวจากพยากรณ์ที่เชื่อถือไม่ได้",
                    "speaker": "ดร.กันยา วงศ์ศิริ",
                    "role": "นักเศรษฐศาสตร์การเกษตร",
                },
            ),
            ("paragraph", "<p>ภาษาไทย อ่านง่าย สบายตา</p>"),
        ],
        authors=[author],
        tags=["ภัยแล้ง", "เกษตร"],
    )
    return {
        "home": live_server.url + live_home.get_url(),
        "section": live_server.url + live_section.get_url(),
        "article": live_server.url + article.get_url(),
    }


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def test_thai_text_is_drawn_with_the_served_webfont(news, open_page):
    page = open_page()
    font_responses = []
    page.on(
        "response",
        lambda response: (
            font_responses.append(response) if response.url.endswith(THAI_FONT_FILE) else None
        ),
    )
    page.goto(news["article"])
    page.evaluate("document.fonts.ready")

    assert [response.status for response in font_responses][:1] == [200], (
        f"the Thai Sarabun file was not served: {[(r.url, r.status) for r in font_responses]}"
    )
    assert page.evaluate("document.fonts.check('16px Sarabun', 'ภาษาไทย')")
    # check() is also true when no face matches at all, so look for the face itself.
    loaded_thai_faces = page.evaluate(
        """() => [...document.fonts]
            .filter(f => f.family.replaceAll('"', '') === 'Sarabun'
                && f.unicodeRange.includes('E01') && f.status === 'loaded')
            .map(f => `${f.weight} ${f.style}`)"""
    )
    assert "400 normal" in loaded_thai_faces
    headline_font = page.eval_on_selector(
        ".article__headline", "el => getComputedStyle(el).fontFamily"
    )
    assert headline_font.startswith('"Noto Sans Thai"')
    screenshot(page, "article-th-1280")


def test_skip_link_appears_on_tab_and_moves_focus_to_main(news, open_page):
    page = open_page()
    page.goto(news["home"])
    skip_link = page.locator("a.skip-link")
    assert skip_link.bounding_box()["width"] <= 1, "the skip link should be hidden until focused"

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    box = skip_link.bounding_box()
    assert box["width"] > 40 and box["height"] > 20
    assert box["y"] >= 0 and box["x"] >= 0, "the focused skip link should be on screen"
    screenshot(page, "skip-link-focused")

    page.keyboard.press("Enter")
    wait_until(page, "document.activeElement && document.activeElement.id === 'main'")
    assert page.evaluate("location.hash") == "#main"


def test_no_sideways_scrolling_on_a_phone(news, open_page):
    page = open_page(PHONE)
    for name in ("home", "section", "article"):
        page.goto(news[name])
        page.evaluate("document.fonts.ready")
        widths = page.evaluate(
            "({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
        )
        screenshot(page, f"{name}-th-375")
        assert widths["scroll"] <= widths["inner"], f"{name} page scrolls sideways: {widths}"


def test_every_image_has_width_and_height(news, open_page):
    page = open_page()
    for name in ("home", "section", "article"):
        page.goto(news[name])
        images = page.evaluate(
            """() => [...document.images].map(img => ({
                html: img.outerHTML.slice(0, 200),
                sized: img.hasAttribute('width') && img.hasAttribute('height'),
            }))"""
        )
        assert images, f"the {name} page has no images to check"
        unsized = [image["html"] for image in images if not image["sized"]]
        assert not unsized, f"images on the {name} page without width/height: {unsized}"


LINE_BREAKS_JS = """el => {
    const text = el.firstChild;
    const range = document.createRange();
    const breaks = [];
    let lastTop = null;
    for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rects = range.getClientRects();
        if (!rects.length) continue;
        const top = Math.round(rects[0].top);
        if (lastTop !== null && top > lastTop + 2) breaks.push(i);
        lastTop = top;
    }
    return {text: text.data, breaks};
}"""


def test_a_long_thai_headline_wraps_only_between_words(news, open_page):
    """
    The measurement behind the line-breaking choice: Chromium breaks Thai at
    dictionary word boundaries by itself (it uses ICU), given `lang="th"` and
    no `word-break`/`overflow-wrap: anywhere` in our CSS, so the server adds
    no <wbr>. Each line break of the unspaced headline must fall where ICU's
    Thai word breaker puts a boundary.
    """
    import icu

    page = open_page(PHONE)
    page.goto(news["article"])
    page.evaluate("document.fonts.ready")
    measured = page.eval_on_selector(".article__headline", LINE_BREAKS_JS)

    words = icu.BreakIterator.createWordInstance(icu.Locale("th"))
    words.setText(measured["text"])
    boundaries = set(words)
    assert measured["text"] == LONG_HEADLINE
    assert len(measured["breaks"]) >= 3, "the headline should wrap on a phone"
    inside_words = [
        measured["text"][max(0, i - 4) : i] + "|" + measured["text"][i : i + 4]
        for i in measured["breaks"]
        if i not in boundaries
    ]
    assert not inside_words, f"lines broken inside Thai words: {inside_words}"
