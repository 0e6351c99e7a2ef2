"""
The archives (authors, tags, corrections) are routes of each language's home
page, so the page tree answers for every public URL; the slugs those routes
and the language-prefixed URL patterns use are refused to the home's children.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from wagtail.test.utils.form_data import nested_form_data

from consent.models import PrivacyPolicyPage
from home.archives import ARCHIVE_PAGE_SIZE, archive_url
from home.models import HomePage
from news.models import SectionPage
from newsroom.models import ArticleCorrection

pytestmark = pytest.mark.django_db

# Measured after a warm-up render, on SQLite. The views these routes replaced
# took 7, 7 and 4: serving through the page tree adds nothing of the front
# page's own context; the site and the language's home come from
# home/site_root_cache.py, with whether a view restriction covers it.
ARCHIVE_QUERIES = {"author": 6, "tag": 6, "corrections": 3}

# What the routes and config/urls.py use under /<lang>/ today; a new one is
# reserved without being added here.
KNOWN_RESERVED = {
    "authors",
    "tags",
    "corrections",
    "search",
    "feeds",
    "cookie-settings",
    "accounts",
    "comments",
    "analytics",
}
RESERVED = sorted(HomePage.reserved_child_slugs())


@pytest.fixture
def archives(make_article, make_author, image):
    """An author with articles (tagged, corrected) filling just over one archive page."""
    author = make_author(name="Ananya Sukjai", role="Economics correspondent", photo=image)
    for n in range(ARCHIVE_PAGE_SIZE + 1):
        article = make_article(title=f"ข่าวที่ {n}", authors=[author], hero_image=image)
        article.tags.add("น้ำท่วม")
        article.corrections.add(ArticleCorrection(text=f"แก้ไข {n}", date=timezone.now()))
        article.save_revision().publish()
    return {
        "author": f"/th/authors/{author.slug}/",
        "tag": "/th/tags/น้ำท่วม/",
        "corrections": "/th/corrections/",
    }


def head(page, **attrs):
    return page.find("meta", attrs=attrs)["content"]


@pytest.mark.parametrize("name", ["author", "tag", "corrections"])
def test_each_archive_is_a_route_of_the_home_page(client, soup, archives, home, name):
    response = client.get(archives[name])
    assert response.status_code == 200
    route = response.wsgi_request.routable_resolver_match
    assert (route.url_name, route.func.__self__) == (name, home)
    assert "public" in response["Cache-Control"]

    page = soup(response)
    title = page.title.get_text()
    assert home.title not in title, "the archive, not the home page it hangs from"
    canonical = iri_to_uri(f"http://testserver{archives[name]}")
    assert page.find("link", rel="canonical")["href"] == canonical
    assert head(page, property="og:url") == canonical
    assert head(page, property="og:title") == page.h1.get_text(strip=True)


@pytest.mark.parametrize("name", ["author", "tag", "corrections"])
def test_archive_routes_paginate_like_sections(client, soup, archives, name):
    url = archives[name]
    second = client.get(f"{url}?page=2")
    if name == "corrections":  # 20 notes a page: there is no second one
        assert second.status_code == 404
    else:
        assert second.status_code == 200
        assert len(soup(second).select(".teaser__headline")) == 1
        canonical = soup(second).find("link", rel="canonical")["href"]
        assert canonical.endswith(iri_to_uri(f"{url}?page=2"))
    assert client.get(f"{url}?page=abc").status_code == 400
    assert client.get(f"{url}?page=0").status_code == 400
    assert client.get(f"{url}?page=99").status_code == 404


@pytest.mark.parametrize("url", ["/th/authors/nobody/", "/th/tags/ไม่มีแท็กนี้/", "/th/authors/"])
def test_unknown_archives_are_not_found(client, section, url):
    assert client.get(url).status_code == 404


def test_a_nul_byte_in_an_archive_address_is_a_bad_request(client, section):
    assert client.get("/th/tags/a%00b/").status_code == 400  # web/nul_bytes.py


def test_archive_urls_follow_the_language_and_quote_thai_tags(client, soup, archives):
    assert (
        archive_url("tag", "น้ำท่วม")
        == "/th/tags/%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%97%E0%B9%88%E0%B8%A7%E0%B8%A1/"
    )
    footer = soup(client.get(archives["author"])).select_one(".site-footer__corrections a")
    assert footer["href"] == "/th/corrections/"


def test_an_archive_offers_itself_in_the_other_language(client, soup, archives, english_section):
    page = soup(client.get(archives["author"]))
    alternate = page.find("link", rel="alternate", hreflang="en")
    assert alternate["href"] == "http://testserver" + archives["author"].replace("/th/", "/en/")


@pytest.mark.parametrize("name", ["author", "tag", "corrections"])
def test_archive_routes_keep_their_query_count(client, archives, name):
    assert client.get(archives[name]).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(archives[name]).status_code == 200
    queries = "\n".join(q["sql"] for q in captured.captured_queries)
    assert len(captured.captured_queries) == ARCHIVE_QUERIES[name], queries


# Reserved slugs


def test_every_route_and_language_prefixed_pattern_is_reserved():
    assert set(RESERVED) >= KNOWN_RESERVED


def section_form(title, slug):
    return nested_form_data({"title": title, "slug": slug, "intro": "", "action-publish": "1"})


@pytest.mark.parametrize("slug", RESERVED)
def test_the_admin_refuses_a_reserved_slug_for_a_new_section(admin_client, home, slug):
    response = admin_client.post(
        f"/admin/pages/add/news/sectionpage/{home.id}/", section_form("A section", slug)
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["slug"], errors
    assert slug in errors["slug"][0]
    assert not SectionPage.objects.filter(slug=slug).exists()


def test_a_slug_left_empty_is_checked_as_wagtail_will_make_it(admin_client, home):
    response = admin_client.post(
        f"/admin/pages/add/news/sectionpage/{home.id}/", section_form("Search", "")
    )
    assert "search" in response.context["form"].errors["slug"][0]


def test_the_admin_accepts_a_free_slug(admin_client, home):
    response = admin_client.post(
        f"/admin/pages/add/news/sectionpage/{home.id}/", section_form("Sport", "sport")
    )
    assert response.status_code == 302
    assert SectionPage.objects.get(slug="sport").live


@pytest.mark.parametrize("slug", RESERVED)
def test_a_section_saved_through_code_cannot_take_a_reserved_slug(make_section, slug):
    with pytest.raises(ValidationError) as refused:
        make_section(title="A section", slug=slug)
    assert "slug" in refused.value.message_dict


def test_an_existing_page_cannot_be_renamed_to_a_reserved_slug(admin_client, section, home):
    section.slug = "corrections"
    with pytest.raises(ValidationError) as refused:
        section.full_clean()
    assert list(refused.value.message_dict) == ["slug"]

    policy = PrivacyPolicyPage(title="Privacy", slug="tags", effective_date="2026-01-01", body=[])
    with pytest.raises(ValidationError):
        home.add_child(instance=policy)
