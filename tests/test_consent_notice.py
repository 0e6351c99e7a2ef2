"""
The consent notice in every page (consent app), without a browser: the same
cacheable HTML for every reader, equal choices and the privacy-policy link,
the notice in the reader's language, the footer's cookie-settings link and
page, a raised policy version asking everyone again, and no extra queries
once the notice is cached. Fixtures and helpers: tests/consent_helpers.py;
the browser side is in test_consent_browser.py.
"""

from consent.models import ConsentRecord
from tests.consent_helpers import COOKIE, DECIDE, consent_cookie, decide, notice_of

# --- The notice in every page ------------------------------------------------------------


def test_first_anonymous_visit_sets_no_cookie_and_stays_cacheable(client, notice, section, soup):
    for url in ("/th/", section.url, "/th/cookie-settings/", notice.privacy_policy.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, f"{url} set {list(response.cookies)}"
        assert "public" in response["Cache-Control"], url
        page = soup(response)
        shown = notice_of(page)
        assert shown is not None, url
        assert shown["data-policy-version"] == "1"
        assert "คุกกี้และความเป็นส่วนตัวของคุณ" in shown.get_text()


def test_the_page_is_the_same_for_every_reader(client, notice, section):
    """A shared cache may serve one reader's copy to all: nothing in it depends on the cookie."""
    first = client.get(section.url).content
    decide(client, "accept")
    assert client.cookies[COOKIE].value
    assert client.get(section.url).content == first


def test_notice_links_the_privacy_policy_and_offers_equal_choices(client, notice, soup):
    shown = notice_of(soup(client.get("/th/")))
    assert shown.select_one(f'a[href="{notice.privacy_policy.url}"]')
    form = shown.select_one("form")
    assert form["method"] == "post" and form["action"] == DECIDE
    accept = form.select_one('button[value="accept"]')
    decline = form.select_one('button[value="decline"]')
    # Equally prominent: the same element, class and type, side by side.
    assert accept["class"] == decline["class"] == ["consent-button"]
    assert accept.parent is decline.parent
    assert form.select_one('input[name="next"]')["value"] == "/th/"
    # Purposes are never pre-ticked; strictly necessary is on and cannot be switched off.
    assert not form.select_one('input[name="analytics"]').has_attr("checked")
    assert not form.select_one('input[name="marketing"]').has_attr("checked")
    necessary = form.select_one('input[id$="-necessary"]')
    assert necessary.has_attr("checked") and necessary.has_attr("disabled")


def test_english_pages_show_the_english_notice(client, english_notice, soup):
    page = soup(client.get("/en/"))
    shown = notice_of(page)
    assert "Cookies and your privacy" in shown.get_text()
    assert shown.select_one('a[href="/en/privacy/"]'), shown
    assert shown.select_one('input[name="language"]')["value"] == "en"
    assert "คุกกี้" not in shown.get_text()


def test_without_a_notice_readers_still_get_one(client, home, soup):
    shown = notice_of(soup(client.get("/th/")))
    assert shown is not None
    assert shown["data-policy-version"] == "1"
    assert shown.select_one('button[value="decline"]')


def test_every_page_has_a_cookie_settings_link_in_its_footer(client, notice, section, soup):
    for url in ("/th/", section.url, "/th/search/?q=x", "/th/no-such-page/"):
        link = soup(client.get(url)).select_one(".site-footer a[data-consent-open]")
        assert link is not None, url
        assert link["href"].startswith("/th/cookie-settings/?next="), url


def test_head_hides_the_notice_for_decided_readers_before_the_first_paint(client, notice, soup):
    page = soup(client.get("/th/"))
    early = page.head.select_one("script[data-cookie-prefix]")
    assert early["data-cookie-prefix"] == f"{COOKIE}=version:1|"
    assert early["src"].endswith("consent/decided.js") and "defer" not in early.attrs
    fallback = page.head.select_one("noscript link[rel=stylesheet]")
    assert fallback["href"] == "/consent/state.css?version=1"


# --- Raising the policy version ----------------------------------------------------------


def test_a_version_bump_asks_every_reader_again(client, notice, soup):
    decide(client, "accept")
    assert b"display:none" in client.get("/consent/state.css?version=1").content

    notice.policy_version = 2
    notice.save()  # as the admin does; the cached notice is dropped

    page = soup(client.get("/th/"))
    assert notice_of(page)["data-policy-version"] == "2"
    assert page.head.select_one("noscript link")["href"] == "/consent/state.css?version=2"
    assert client.get("/consent/state.css?version=2").content == b""

    response = decide(client, "decline")
    assert consent_cookie(response).version == 2
    assert ConsentRecord.objects.order_by("-pk").first().policy_version == 2


def test_editing_the_notice_text_shows_at_once(client, notice):
    client.get("/th/")  # cached
    notice.text = "ข้อความใหม่เรื่องคุกกี้"
    notice.save()
    assert "ข้อความใหม่เรื่องคุกกี้" in client.get("/th/").content.decode()


# --- The cookie-settings page ------------------------------------------------------------


def test_cookie_settings_page_offers_the_choices_and_goes_back(client, notice, section, soup):
    response = client.get("/th/cookie-settings/", {"next": section.url})
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    form = soup(response).select_one("main form[data-consent-form]")
    assert form.select_one('input[name="next"]')["value"] == section.url
    assert form.select_one("details").has_attr("open")
    for value in ("accept", "decline", "custom"):
        assert form.select_one(f'button[value="{value}"]'), value


def test_cookie_settings_page_drops_an_off_site_next(client, notice, soup):
    response = client.get("/th/cookie-settings/", {"next": "https://evil.example/"})
    form = soup(response).select_one("main form[data-consent-form]")
    assert form.select_one('input[name="next"]')["value"] == "/th/cookie-settings/"


def test_the_notice_adds_no_queries_once_cached(client, notice, analytics_tag):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/th/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/th/")
    consent_tables = [q["sql"] for q in queries if "consent_" in q["sql"]]
    assert consent_tables == []


def test_the_cookie_settings_link_on_its_own_page_does_not_nest(client, notice, soup):
    url = "/th/cookie-settings/?next=%2Fth%2F"
    link = soup(client.get(url)).select_one(".site-footer a[data-consent-open]")
    assert link["href"] == url
