"""
Archives: an author's page and a tag's page list their articles in the URL's
language, newest first, a page at a time; bylines and tags link to them.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from home.archives import ARCHIVE_PAGE_SIZE
from news.authors import Author

pytestmark = pytest.mark.django_db


def headlines(page):
    return [h.get_text(strip=True) for h in page.select(".teaser__headline")]


@pytest.fixture
def english_section(home, section):
    locale = Locale.objects.create(language_code="en")
    for page in (home, section):
        page.copy_for_translation(locale).save_revision().publish()
    return section.get_translation(locale)


# Author slugs


def test_author_slugs_are_ascii_unique_and_shared_by_translations(db, make_author):
    english = make_author(name="Ananya Sukjai")
    namesake = make_author(name="Ananya Sukjai")
    thai = make_author(name="วรรณภา สุขเจริญ")

    assert english.slug == "ananya-sukjai"
    assert namesake.slug == "ananya-sukjai-2"
    assert re.fullmatch(r"author-[0-9a-f]{8}", thai.slug)
    translation = thai.copy_for_translation(Locale.objects.create(language_code="en"))
    translation.name = "Wannapa Sukcharoen"
    translation.save()
    assert translation.slug == thai.slug


# Author pages


def test_an_authors_page_lists_their_articles_newest_first_a_page_at_a_time(
    client, soup, make_article, make_author
):
    author = make_author(name="Ananya Sukjai", role="Economics correspondent", bio="ประวัติ")
    other = make_author(name="Somchai Jaidee")
    now = timezone.now()
    for n in range(ARCHIVE_PAGE_SIZE + 1):
        make_article(
            title=f"ข่าวที่ {n}", authors=[author, other], display_date=now - timedelta(hours=n)
        )
    make_article(title="ข่าวของคนอื่น", authors=[other])
    make_article(title="ร่างที่ยังไม่เผยแพร่", authors=[author], publish=False)

    response = client.get("/th/authors/ananya-sukjai/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and not response.cookies
    page = soup(response)
    assert page.h1.get_text() == "Ananya Sukjai"
    assert "Economics correspondent" in page.select_one(".author-card").get_text()
    assert headlines(page) == [f"ข่าวที่ {n}" for n in range(ARCHIVE_PAGE_SIZE)]
    assert (
        page.find("link", rel="canonical")["href"] == "http://testserver/th/authors/ananya-sukjai/"
    )

    second = soup(client.get("/th/authors/ananya-sukjai/?page=2"))
    assert headlines(second) == [f"ข่าวที่ {ARCHIVE_PAGE_SIZE}"]
    assert second.find("link", rel="canonical")["href"].endswith("/ananya-sukjai/?page=2")

    assert client.get("/th/authors/ananya-sukjai/?page=abc").status_code == 400
    assert client.get("/th/authors/ananya-sukjai/?page=3").status_code == 404
    assert client.get("/th/authors/nobody/").status_code == 404


def test_bylines_link_to_the_author_pages(client, soup, make_article, make_author):
    author = make_author(name="วรรณภา สุขเจริญ")
    article = make_article(authors=[author])
    link = soup(client.get(article.url)).select_one(".byline a.byline__name")
    assert link.get_text() == "วรรณภา สุขเจริญ"
    assert link["href"] == f"/th/authors/{author.slug}/"
    assert client.get(link["href"]).status_code == 200


def test_an_author_without_a_translation_has_a_page_in_each_language(
    client, soup, make_article, make_author, english_section
):
    author = make_author(name="Ananya Sukjai")
    make_article(title="ข่าวภาษาไทย", authors=[author])
    make_article(title="English story", authors=[author], parent=english_section)

    english = soup(client.get("/en/authors/ananya-sukjai/"))
    assert headlines(english) == ["English story"]
    assert headlines(soup(client.get("/th/authors/ananya-sukjai/"))) == ["ข่าวภาษาไทย"]


# Tag pages


def test_a_tag_page_lists_the_articles_with_that_tag_in_its_language(
    client, soup, make_article, english_section
):
    for title, tag in (
        ("น้ำท่วมภาคเหนือ", "น้ำท่วม"),
        ("น้ำท่วมกรุงเทพฯ", "น้ำท่วม"),
        ("ข่าวอื่น", "เศรษฐกิจ"),
    ):
        article = make_article(title=title)
        article.tags.add(tag)
        article.save_revision().publish()

    response = client.get("/th/tags/น้ำท่วม/")
    assert response.status_code == 200
    assert sorted(headlines(soup(response))) == ["น้ำท่วมกรุงเทพฯ", "น้ำท่วมภาคเหนือ"]
    assert client.get("/en/tags/น้ำท่วม/").status_code == 404, "no English story has it"
    assert client.get("/th/tags/น้ำท่วม/?page=2").status_code == 404
    assert client.get("/th/tags/น้ำท่วม/?page=%00").status_code == 400


def test_article_tags_link_to_their_pages(client, soup, make_article):
    article = make_article()
    article.tags.add("น้ำท่วม")
    article.save_revision().publish()

    link = soup(client.get(article.url)).select_one(".tag-list a")
    assert link.get_text() == "น้ำท่วม"
    response = client.get(link["href"])
    assert response.status_code == 200
    assert soup(response).h1.get_text() == "น้ำท่วม"


@pytest.mark.parametrize("name", ["ไม่มีแท็กนี้", "x" * 300])
def test_unknown_or_impossible_tags_are_not_found(client, section, name):
    assert client.get(f"/th/tags/{name}/").status_code == 404


def test_authors_keep_their_slug_when_renamed(db, make_author):
    author = make_author(name="Ananya Sukjai")
    author.name = "Ananya Sukjai-Wong"
    author.save()
    assert Author.objects.get(pk=author.pk).slug == "ananya-sukjai"
