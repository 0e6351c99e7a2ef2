"""
Strict headers (issue 14, item 6): a Content-Security-Policy without
'unsafe-inline' or 'unsafe-eval' on public pages, a looser one written down
for the admin, a Permissions-Policy, Secure cookies in production and 405 for
the methods a view does not serve.

Public pages are cached whole for every reader, so their policy cannot rest on
a per-request nonce: these tests hold them to no inline code of ours at all.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings

from consent.tag_sources import script_hash
from tests.browser_fixtures import wait_until
from tests.consent_helpers import COOKIE, decide

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"


def directives(response):
    policy = response[CSP]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part
    }


@pytest.fixture
def public_urls(article, section):
    return ["/th/", section.url, article.url, "/th/search/?q=ข่าว", "/th/no-such-page/"]


def test_public_pages_carry_a_policy_without_inline_or_eval(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], url
        assert "'unsafe-inline'" not in response[CSP] and "'unsafe-eval'" not in response[CSP]
        assert "'nonce-" not in response[CSP], "a nonce in a shared cached page is no secret"
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
        assert policy["frame-ancestors"] == ["'self'"]


def test_public_html_has_no_inline_script_or_style(client, public_urls, notice, soup):
    for url in public_urls:
        page = soup(client.get(url))
        for script in page.select("script"):
            is_data_block = script.get("type") == "application/ld+json"
            assert script.get("src") or is_data_block, (url, str(script)[:120])
        assert not page.select("style"), url
        assert not page.select("[style]"), url
        assert not page.select("[onclick], [onload], [onerror], [onsubmit]"), url


def test_a_declared_tag_is_allowed_by_its_hash_and_origin(client, article, notice, analytics_tag):
    analytics_tag.code = (
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>\r\n'
        "<script>\r\nwindow.dataLayer = window.dataLayer || [];\r\n</script>"
    )
    analytics_tag.save()
    script_src = directives(client.get(article.url))["script-src"]
    assert "https://www.googletagmanager.com" in script_src
    # The browser hashes the text with its line ends turned into LF.
    assert script_hash("\nwindow.dataLayer = window.dataLayer || [];\n") in script_src
    assert "'unsafe-inline'" not in script_src


def test_the_admin_has_its_own_written_down_policy(admin_client, home):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in response[CSP]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_the_error_page_style_is_the_one_the_policy_allows():
    html = (Path(settings.BASE_DIR) / "site/templates/500.html").read_text()
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert [script_hash(style) for style in styles] == [settings.ERROR_PAGE_STYLE_HASH]
    assert " style=" not in html
    assert (
        settings.ERROR_PAGE_STYLE_HASH
        in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    )


def test_every_response_has_a_permissions_policy(client, article, admin_client):
    for response in (client.get(article.url), admin_client.get("/admin/")):
        features = dict(part.split("=") for part in response["Permissions-Policy"].split(", "))
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert features[feature] == "()"
        assert "fullscreen" not in features  # embedded videos may still go full screen


def test_the_live_updates_json_allows_nothing_to_load_or_frame_it(client, blog):
    response = client.get(f"/th/live/{blog.pk}/updates/?since=0")
    assert response["Content-Type"] == "application/json"
    assert directives(response) == {"default-src": ["'none'"], "frame-ancestors": ["'none'"]}
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("method", ["options", "trace", "put", "delete", "patch", "post"])
def test_public_views_refuse_methods_they_do_not_serve(client, public_urls, method):
    for url in public_urls[:4] + ["/robots.txt", "/sitemap.xml", "/th/feeds/rss/"]:
        response = getattr(client, method)(url)
        assert response.status_code == 405, (method, url, response.status_code)
        assert response["Allow"] == "GET, HEAD"
        assert b"<main" not in response.content


def test_head_still_answers(client, article):
    assert client.head(article.url).status_code == 200


def test_consent_cookie_is_secure_in_production_behind_any_proxy(client, notice, settings):
    settings.SESSION_COOKIE_SECURE = True
    response = decide(client, "accept")
    assert response.cookies[COOKIE]["secure"]


def test_the_language_cookie_script_marks_it_secure_on_https():
    script = (Path(settings.BASE_DIR) / "site/static/js/language.js").read_text()
    assert 'location.protocol === "https:" ? "; Secure"' in script


@pytest.mark.browser
def test_chromium_reports_no_violation_and_runs_consented_tags(
    tab, live_server, make_live_article, analytics_tag
):
    article = make_live_article("ข่าวทดสอบนโยบาย", "policy-story")
    violations = []
    tab.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    tab.goto(live_server.url + article.url)
    assert tab.evaluate("document.documentElement.dataset.consent") == "undecided"
    tab.click("#consent-notice button[value=accept]")
    wait_until(tab, "window.readershipCounted === true")
    tab.reload()
    assert tab.evaluate("document.documentElement.dataset.consent") == "decided"
    wait_until(tab, "window.readershipCounted === true")
    assert violations == []


@pytest.mark.browser
def test_the_admin_editor_runs_under_its_policy(browser, live_server, make_live_article):
    """The page editor (inline panels, date pickers, Draftail) with no violation reported."""
    from django.contrib.auth import get_user_model

    article = make_live_article("ข่าวในห้องข่าว", "newsroom-story")
    get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    violations = []
    tab.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    tab.goto(f"{live_server.url}/admin/login/")
    tab.locator("input[name=username]").fill("chief")
    tab.locator("input[name=password]").fill("pw")
    tab.locator("input[name=password]").press("Enter")
    tab.wait_for_url(f"{live_server.url}/admin/")
    for path in (f"/admin/pages/{article.pk}/edit/", "/admin/images/", "/admin/pages/"):
        tab.goto(live_server.url + path)
        tab.wait_for_load_state("networkidle")
    context.close()
    assert violations == []
