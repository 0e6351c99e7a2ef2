"""
Cache-Control on public pages (config/cache.py): shared caches may keep what
is the same for every reader, and nothing else.
"""

import pytest
from django.conf import settings
from django.utils.cache import get_max_age
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

pytestmark = pytest.mark.django_db


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


@pytest.fixture
def article(make_article, image, author):
    return make_article(
        title="ข่าวทดสอบ",
        hero_image=image,
        authors=[author],
        body=[("paragraph", "<p>เนื้อข่าว</p>")],
    )


@pytest.fixture
def public_urls(home, section, article):
    return {
        "home": "/th/",
        "section": section.url,
        "article": article.url,
        "search": "/th/search/?q=ข่าวทดสอบ",
        "empty search": "/th/search/",
    }


def assert_public(response):
    directives = cache_control(response)
    assert "public" in directives, response.get("Cache-Control")
    assert "private" not in directives
    assert "no-cache" not in directives
    assert f"s-maxage={settings.PUBLIC_CACHE_S_MAXAGE}" in directives
    assert get_max_age(response) == settings.PUBLIC_CACHE_BROWSER_MAX_AGE
    assert not response.cookies, f"cookies set: {list(response.cookies)}"
    assert "Cookie" not in response.get("Vary", "")


def assert_private(response):
    directives = cache_control(response)
    assert "public" not in directives, response.get("Cache-Control")
    assert "private" in directives, response.get("Cache-Control")
    assert not any(d.startswith("s-maxage") for d in directives)


@pytest.mark.parametrize("name", ["home", "section", "article", "search", "empty search"])
def test_anonymous_get_is_public_and_sets_no_cookies(client, public_urls, name, soup):
    response = client.get(public_urls[name])
    assert response.status_code == 200
    assert_public(response)
    assert soup(response).select_one("main") is not None


def test_search_finds_the_article_and_is_public(client, public_urls, article, soup):
    response = client.get(public_urls["search"])
    assert [a["href"] for a in soup(response).select(".teaser__headline a")] == [article.url]
    assert_public(response)


def test_anonymous_head_is_public(client, public_urls):
    response = client.head(public_urls["article"])
    assert response.status_code == 200
    assert_public(response)


def test_logged_in_reader_gets_private_pages(client, django_user_model, public_urls):
    user = django_user_model.objects.create_user(username="reader", password="x" * 12)
    client.force_login(user)
    for url in public_urls.values():
        response = client.get(url)
        assert response.status_code == 200
        assert_private(response)
        assert "Cookie" in response.get("Vary", "")


def test_stale_session_cookie_never_gives_a_public_response_with_a_cookie(client, public_urls):
    """
    A reader whose session has expired still sends the session cookie, and
    Django answers by deleting it. That Set-Cookie must not go out on a
    response a shared cache may store and hand to everyone else.
    """
    client.cookies[settings.SESSION_COOKIE_NAME] = "expired0session0key0000000000000"
    response = client.get(public_urls["article"])
    assert response.status_code == 200
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""  # deleted
    assert_private(response)

    # Once the browser has dropped the cookie, the page is public again.
    del client.cookies[settings.SESSION_COOKIE_NAME]
    response = client.get(public_urls["article"])
    assert_public(response)


def test_logged_out_reader_gets_public_pages(client, django_user_model, public_urls):
    user = django_user_model.objects.create_user(username="reader", password="x" * 12)
    client.force_login(user)
    assert_private(client.get(public_urls["home"]))
    client.logout()
    assert_public(client.get(public_urls["home"]))


def test_post_to_a_public_page_is_not_public(client, public_urls):
    for url in (public_urls["article"], public_urls["home"]):
        response = client.post(url, {"anything": "1"})
        assert_private(response)


def test_admin_is_never_cached(admin_client, article):
    for url in ("/admin/", f"/admin/pages/{article.id}/edit/"):
        response = admin_client.get(url)
        assert response.status_code == 200
        directives = cache_control(response)
        assert {"no-cache", "no-store", "private"} <= directives, url
        assert "public" not in directives


def test_revision_preview_is_never_cached(admin_client, article, soup):
    revision = article.latest_revision
    response = admin_client.get(f"/admin/pages/{article.id}/revisions/{revision.id}/view/")
    assert response.status_code == 200
    assert soup(response).select_one("h1.article__headline").get_text() == "ข่าวทดสอบ"
    directives = cache_control(response)
    assert {"no-cache", "no-store", "private"} <= directives
    assert "public" not in directives


def test_edit_preview_is_never_cached(admin_client, article, section, soup):
    preview_url = f"/admin/pages/{article.id}/edit/preview/"
    data = nested_form_data(
        {
            "title": "พาดหัวฉบับร่าง",
            "slug": article.slug,
            "standfirst": "ร่าง",
            "body": streamfield([("paragraph", rich_text("<p>ร่างเนื้อข่าว</p>"))]),
            "article_authors": inline_formset([]),
            "corrections": inline_formset([]),
            "tags": "",
        }
    )
    response = admin_client.post(preview_url, data)
    assert response.status_code == 200
    assert response.json() == {"is_valid": True, "is_available": True}

    response = admin_client.get(preview_url)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("h1.article__headline").get_text() == "พาดหัวฉบับร่าง"
    assert "ร่างเนื้อข่าว" in page.select_one(".article__body").get_text()
    directives = cache_control(response)
    assert {"no-cache", "no-store", "private"} <= directives
    assert "public" not in directives
