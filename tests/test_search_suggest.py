"""
Suggestions while typing in the search box: half-typed Thai words, whole
words first, public and short-lived JSON per language, bad input answered.
"""

import json

import pytest
from django.utils import translation

from search.suggestions import candidate_statement, headline_suggestions
from tests.search_helpers import at

pytestmark = pytest.mark.django_db


def suggest(client, q, lang="th"):
    return client.get(f"/{lang}/search/suggest/", {"q": q})


def titles(client, q):
    return [s["title"] for s in json.loads(suggest(client, q).content)["suggestions"]]


def test_suggestions_find_a_half_typed_thai_word(client, make_article):
    make_article(title="กนง.คงอัตราดอกเบี้ยนโยบาย")
    make_article(title="ข่าวกีฬา")
    response = suggest(client, "ดอกเบ")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert [s["title"] for s in data["suggestions"]] == ["กนง.คงอัตราดอกเบี้ยนโยบาย"]
    assert data["suggestions"][0]["url"].startswith("/th/world/")


def test_a_suggestions_url_is_wagtails_with_or_without_the_cached_home(client, make_article, rf):
    story = make_article(title="กนง.คงอัตราดอกเบี้ยนโยบาย")
    routed = json.loads(suggest(client, "ดอกเบ").content)["suggestions"]
    with translation.override("th"):  # no home noted on this request: Wagtail's get_url
        unrouted = headline_suggestions(rf.get("/th/search/suggest/"), "ดอกเบ")
    assert [s["url"] for s in routed] == [s["url"] for s in unrouted] == [story.url]


def test_suggestions_put_whole_words_first(client, make_article):
    make_article(title="ข่าวตามติดสถานการณ์", display_date=at(2))
    make_article(title="คุณตาวัยเก้าสิบปีวิ่งมาราธอน", display_date=at(1))
    titles = [s["title"] for s in json.loads(suggest(client, "ตา").content)["suggestions"]]
    assert titles == ["คุณตาวัยเก้าสิบปีวิ่งมาราธอน", "ข่าวตามติดสถานการณ์"]


def test_suggestions_are_public_short_lived_and_per_language(client, english_section, make_article):
    make_article(title="ข่าวน้ำท่วม")
    make_article(parent=english_section, locale=english_section.locale, title="Flood news")
    response = suggest(client, "Flood", lang="en")
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert not response.cookies
    assert [s["title"] for s in json.loads(response.content)["suggestions"]] == ["Flood news"]
    assert json.loads(suggest(client, "Flood", lang="th").content)["suggestions"] == []


@pytest.mark.parametrize(
    ("q", "status"), [("", 200), ("ข", 200), ("x" * 5000, 400), ("a\x00b", 400)]
)
def test_suggestions_answer_bad_input(client, section, q, status):
    response = suggest(client, q)
    assert response.status_code == status
    body = json.loads(response.content)
    assert body.get("suggestions") == [] if status == 200 else body["error"]


def test_each_keystroke_reuses_the_compiled_statement_with_its_own_words(client, make_article):
    """The statement is compiled once per language and number of words; the words are its own."""
    make_article(title="ธนาคารแห่งประเทศไทยคงดอกเบี้ย")
    make_article(title="ราคาทุเรียนส่งออกสูงขึ้น")
    candidate_statement.cache_clear()
    assert titles(client, "ดอกเบ") == ["ธนาคารแห่งประเทศไทยคงดอกเบี้ย"]
    assert titles(client, "ทุเรี") == ["ราคาทุเรียนส่งออกสูงขึ้น"]
    assert titles(client, "ธนาคาร ดอก") == ["ธนาคารแห่งประเทศไทยคงดอกเบี้ย"]
    assert titles(client, "ธนาคาร ทุเรียน") == []
    info = candidate_statement.cache_info()
    assert (info.misses, info.hits) == (2, 2)


@pytest.mark.parametrize("typed", ["%%", "__", "\\%", "%ดอก"])
def test_like_wildcards_typed_are_searched_as_text(client, make_article, typed):
    make_article(title="ธนาคารแห่งประเทศไทยคงดอกเบี้ย")
    assert titles(client, typed) == []
    make_article(title=f"ข่าว {typed} พิเศษ")
    assert titles(client, typed) == [f"ข่าว {typed} พิเศษ"]
