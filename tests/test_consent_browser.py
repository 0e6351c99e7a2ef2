"""
The consent notice in a real browser: Debian's Chromium driven by Playwright.

What only a browser can show: the notice appears, decline hides it without a
reload, a reload keeps it hidden, the footer link reopens it, declared code
runs only after consent to its purpose (and stops after a withdrawal),
embeds wait for a click, Google's Consent Mode signals, nothing moves when
the notice comes and goes, focus is never hidden behind it, and the whole
thing also works with JavaScript switched off.

Every request that leaves the test server is aborted: nothing here may
depend on, or reach, another site. Run alone with `pytest -m browser`.
"""

import pytest
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from consent.models import ConsentNotice, ConsentRecord, PrivacyPolicyPage, ThirdPartyTag
from tests.browser_fixtures import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 700}
# The buttons by what they send: their labels are translated.
ACCEPT = '#consent-notice button[value="accept"]'
DECLINE = '#consent-notice button[value="decline"]'
SAVE = '#consent-notice button[value="custom"]'
DESKTOP = {"width": 1280, "height": 800}
VIDEO_URL = "https://www.youtube.com/watch?v=browser-consent"
ANALYTICS_CODE = (
    "<script>window.readershipCounted = (window.readershipCounted || 0) + 1;"
    'document.cookie = "_rc_visit=1; path=/";</script>'
)
GOOGLE_CODE = (
    '<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>'
    "<script>window.dataLayer = window.dataLayer || [];"
    "function gtag(){dataLayer.push(arguments);} gtag('js', new Date());"
    "gtag('config', 'G-TEST');</script>"
)


@pytest.fixture
def site(live_server, live_home, make_live_article):
    """
    The shared live page tree with a privacy policy, a consent notice
    (version 1), one declared analytics tag and an article with a video embed.
    Pages open in `open_page`, whose requests never leave the test server.
    """
    policy = live_home.add_child(
        instance=PrivacyPolicyPage(
            title="นโยบายความเป็นส่วนตัว",
            slug="privacy",
            effective_date=timezone.localdate(),
            body=[("paragraph", "<p>เราเก็บข้อมูลเท่าที่จำเป็น</p>")],
        )
    )
    policy.save_revision().publish()
    notice = ConsentNotice.objects.create(
        locale=live_home.locale,
        title="คุกกี้และความเป็นส่วนตัวของคุณ",
        text="เราใช้คุกกี้ที่จำเป็น และใช้คุกกี้อื่นเมื่อคุณยินยอมเท่านั้น",
        privacy_policy=policy,
        analytics_description="นับจำนวนผู้อ่าน",
        marketing_description="วิดีโอจากเว็บไซต์อื่น",
    )
    ThirdPartyTag.objects.create(
        name="Readership counter", purpose="analytics", code=ANALYTICS_CODE, cookies="_rc_*"
    )
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/x" title="วิดีโอ" width="640" '
        'height="360"></iframe>',
        provider_name="YouTube",
    )
    paragraphs = [("paragraph", f"<p>ย่อหน้าที่ {n} ของรายงานข่าว</p>") for n in range(12)]
    article = make_live_article(
        "ฝนตกหนักในภาคเหนือ",
        "rain",
        standfirst="กรมอุตุนิยมวิทยาเตือนน้ำป่าไหลหลาก",
        body=[*paragraphs[:6], ("embed", {"url": VIDEO_URL, "caption": ""}), *paragraphs[6:]],
    )
    return {
        "notice": notice,
        "home": live_server.url + live_home.get_url(),
        "article": live_server.url + article.get_url(),
    }


def notice_visible(page):
    return page.locator("#consent-notice").is_visible()


def consent_cookie(page):
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    return cookies.get("nwd_consent")


def wait_for_notice(page, visible):
    page.locator("#consent-notice").wait_for(state="visible" if visible else "hidden")


def test_notice_shows_decline_hides_it_without_reload_and_a_reload_keeps_it_hidden(site, open_page):
    page = open_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site["home"])
    assert notice_visible(page)
    assert consent_cookie(page) is None
    page.evaluate("window.sameDocument = true")

    page.locator(DECLINE).click()
    wait_for_notice(page, visible=False)
    assert page.evaluate("window.sameDocument") is True, "deciding reloaded the page"
    assert consent_cookie(page).startswith("version:1|analytics:0|marketing:0|id:")
    assert page.evaluate("document.activeElement.id") == "main"
    status = page.locator("[data-consent-status]")
    assert status.text_content() == status.get_attribute("data-saved-message") != ""
    assert ConsentRecord.objects.get().decision == "decline"

    page.reload()
    assert page.evaluate("document.documentElement.dataset.consent") == "decided"
    assert not notice_visible(page)
    # The per-reader stylesheet is for readers without JavaScript only.
    assert not [url for url in requested if "/consent/state.css" in url]


def test_accept_and_decline_look_the_same(site, open_page):
    for viewport in (PHONE, DESKTOP):
        page = open_page(viewport)
        page.goto(site["home"])
        looks = page.evaluate(
            """() => [...document.querySelectorAll('.consent-form__actions button')].map(b => {
                const s = getComputedStyle(b), r = b.getBoundingClientRect();
                return [Math.round(r.width), Math.round(r.height), s.backgroundColor, s.color,
                        s.fontSize, s.fontWeight, s.borderTopWidth];
            })"""
        )
        assert len(looks) == 2 and looks[0] == looks[1], (viewport, looks)


def test_the_footer_link_reopens_the_choices(site, open_page):
    page = open_page()
    page.goto(site["home"])
    page.locator(DECLINE).click()
    wait_for_notice(page, visible=False)

    link = page.locator(".site-footer a[data-consent-open]")
    link.click()
    wait_for_notice(page, visible=True)
    assert page.evaluate("document.activeElement.id") == "consent-notice-title"
    assert page.locator("#consent-notice details").evaluate("d => d.open")
    assert not page.locator("#consent-notice-analytics").is_checked()

    page.keyboard.press("Escape")  # closes, keeping the earlier choice
    wait_for_notice(page, visible=False)
    assert page.evaluate("document.activeElement.dataset.consentOpen") == ""

    link.click()
    page.locator("#consent-notice-marketing").check()
    page.locator(SAVE).click()
    wait_for_notice(page, visible=False)
    assert "|analytics:0|marketing:1|" in consent_cookie(page)
    assert page.evaluate("document.activeElement.dataset.consentOpen") == ""


def test_a_declared_analytics_snippet_runs_only_after_accepting_analytics(site, open_page):
    page = open_page()
    page.goto(site["article"])
    assert page.evaluate("window.readershipCounted") is None
    page.locator(DECLINE).click()
    wait_for_notice(page, visible=False)
    page.reload()
    assert page.evaluate("window.readershipCounted") is None
    assert "_rc_visit" not in {c["name"] for c in page.context.cookies()}

    page.locator(".site-footer a[data-consent-open]").click()
    page.locator("#consent-notice-analytics").check()
    page.locator(SAVE).click()
    wait_until(page, "window.readershipCounted === 1")
    assert "_rc_visit" in {c["name"] for c in page.context.cookies()}

    page.reload()
    wait_until(page, "window.readershipCounted === 1")

    # Withdrawing: the running code cannot be stopped, so the page reloads
    # without it, and the cookie it set is removed.
    page.locator(".site-footer a[data-consent-open]").click()
    page.locator("#consent-notice-analytics").uncheck()
    with page.expect_navigation():
        page.locator(SAVE).click()
    page.wait_for_load_state()
    assert page.evaluate("window.readershipCounted") is None
    assert "_rc_visit" not in {c["name"] for c in page.context.cookies()}
    assert not notice_visible(page)


def test_embeds_load_on_a_click_or_with_marketing_consent(site, open_page):
    page = open_page()
    page.goto(site["article"])
    assert page.locator("figure.embed iframe").count() == 0
    load = page.locator("figure.embed button[data-consent-load]")
    assert load.is_visible()
    load.click()
    assert page.locator("figure.embed iframe").count() == 1
    assert ConsentRecord.objects.count() == 0  # one video, no blanket consent

    page.locator(ACCEPT).click()
    wait_until(page, "document.cookie.includes('marketing:1')")  # the choice is saved
    page.reload()
    page.locator("figure.embed iframe").wait_for(state="attached")


def test_google_consent_mode_is_denied_by_default_and_updated_on_the_choice(site, open_page):
    ThirdPartyTag.objects.create(name="Google Analytics", purpose="analytics", code=GOOGLE_CODE)
    page = open_page()
    page.goto(site["home"])
    wait_until(page, "Array.isArray(window.dataLayer)")
    first = page.evaluate("Array.from(window.dataLayer[0])")
    assert first[:2] == ["consent", "default"]
    assert set(first[2].values()) == {"denied"}
    assert page.evaluate("window.dataLayer.length") == 1  # the tag itself has not run

    page.locator(ACCEPT).click()
    wait_until(page, "window.dataLayer.some(e => e[0] === 'config')")
    update = page.evaluate("Array.from(window.dataLayer[1])")
    assert update[:2] == ["consent", "update"]
    assert set(update[2].values()) == {"granted"}


def test_nothing_moves_and_focus_is_never_hidden_behind_the_notice(site, open_page):
    page = open_page(PHONE)
    page.add_init_script(
        """window.layoutShift = 0;
        new PerformanceObserver(list => {
            for (const entry of list.getEntries()) window.layoutShift += entry.value;
        }).observe({type: 'layout-shift', buffered: true});"""
    )
    page.goto(site["article"])
    page.evaluate("document.fonts.ready")
    # Counted from here: the webfonts' swap at load shifts text a little, notice or not.
    page.wait_for_timeout(500)
    page.evaluate("window.layoutShift = 0")
    headline_top = page.locator("h1").bounding_box()["y"]

    hidden_behind = []
    for _ in range(30):
        page.keyboard.press("Tab")
        hidden_behind += page.evaluate(
            """() => {
                const el = document.activeElement;
                const notice = document.getElementById('consent-notice');
                if (!el || notice.contains(el) || el === document.body) return [];
                const r = el.getBoundingClientRect(), top = notice.getBoundingClientRect().top;
                return r.bottom > top + 1 ? [el.outerHTML.slice(0, 80)] : [];
            }"""
        )
    assert not hidden_behind, f"focused elements under the notice: {hidden_behind}"

    page.evaluate("window.scrollTo(0, 0)")
    page.locator(DECLINE).click()
    wait_for_notice(page, visible=False)
    assert page.locator("h1").bounding_box()["y"] == headline_top
    assert page.evaluate("window.layoutShift") == 0


def test_without_javascript_the_forms_decide_and_the_stylesheet_hides_the_notice(site, open_page):
    page = open_page(javascript=False)
    page.goto(site["article"])
    assert notice_visible(page)
    page.locator(DECLINE).click()
    page.wait_for_load_state()
    assert page.url == site["article"]
    assert consent_cookie(page).startswith("version:1|analytics:0|marketing:0|")
    assert not notice_visible(page)

    page.locator(".site-footer a[data-consent-open]").click()
    page.wait_for_load_state()
    assert "/th/cookie-settings/" in page.url
    assert page.locator('[data-consent-current="analytics:0|marketing:0"]').is_visible()
    main = page.locator("main")
    main.locator('input[name="analytics"]').check()
    main.locator('button[value="custom"]').click()
    page.wait_for_load_state()
    assert page.url == site["article"]
    assert "|analytics:1|marketing:0|" in consent_cookie(page)
    # Without JavaScript the declared code never runs at all.
    assert page.locator("figure.embed iframe").count() == 0


def test_raising_the_policy_version_shows_the_notice_again(site, open_page):
    page = open_page()
    page.goto(site["home"])
    page.locator(ACCEPT).click()
    wait_for_notice(page, visible=False)

    notice = site["notice"]
    notice.policy_version = 2
    notice.save()
    page.reload()
    assert notice_visible(page)
    assert page.evaluate("window.readershipCounted") is None, "old consent must not run the tag"
