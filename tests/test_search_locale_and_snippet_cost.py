"""
What the search's speed-ups must not change: the active locale found inside
the queries (search/locales.py) chooses as `Locale.get_active()` does, and a
snippet reads a story's paragraphs only up to the first that matches.
"""

import json

import pytest
from wagtail.models import Locale

import search.snippets
from search.query import ReaderQuery
from search.snippets import story_snippet

pytestmark = pytest.mark.django_db


@pytest.fixture
def stripped(monkeypatch):
    """The stored values whose text the snippet code read (rich text: its tags stripped)."""
    read = []

    def counted(block, raw):
        read.append(raw)
        return original(block, raw)

    original = search.snippets.block_text
    monkeypatch.setattr(search.snippets, "block_text", counted)
    return read


def suggested_titles(client, q, lang):
    response = client.get(f"/{lang}/search/suggest/", {"q": q})
    return [s["title"] for s in json.loads(response.content)["suggestions"]]


def test_a_language_without_a_locale_suggests_from_the_default_one(client, make_article):
    make_article(title="ข่าวน้ำท่วมใหญ่")
    assert not Locale.objects.filter(language_code="en").exists()
    # Locale.get_active() falls back to the default locale: so does the subquery.
    assert suggested_titles(client, "น้ำท่วม", "en") == ["ข่าวน้ำท่วมใหญ่"]


def test_each_language_suggests_from_its_own_locale(client, english_section, make_article):
    make_article(title="ข่าวน้ำท่วมใหญ่")
    make_article(parent=english_section, locale=english_section.locale, title="Flood news")
    assert suggested_titles(client, "ท่วม", "th") == ["ข่าวน้ำท่วมใหญ่"]
    assert suggested_titles(client, "Flood", "en") == ["Flood news"]
    assert suggested_titles(client, "ท่วม", "en") == []


def test_a_snippet_stops_reading_at_the_first_matching_paragraph(make_article, stripped):
    body = [("paragraph", "<p>ฝนตกหนักทำให้น้ำท่วมถนน</p>")]
    body += [("paragraph", f"<p>ย่อหน้าที่ {n} ไม่เกี่ยวข้อง</p>") for n in range(5)]
    article = make_article(title="ข่าวฝน", body=body)
    parts = story_snippet(type(article).objects.get(pk=article.pk), ReaderQuery.parse("น้ำท่วม"))
    assert [part.text for part in parts if part.is_match] == ["น้ำท่วม"]
    assert len(stripped) == 1


def test_a_snippet_strips_the_tags_of_the_matching_paragraph_only(make_article, stripped):
    """Paragraphs whose stored text lacks the word are skipped before their tags are stripped."""
    body = [("paragraph", f"<p>ย่อหน้าที่ {n} ไม่เกี่ยวข้อง</p>") for n in range(5)]
    body += [("paragraph", "<p>ฝนตกหนักทำให้น้ำท่วมถนน</p>")]
    article = make_article(title="ข่าวฝน", body=body)
    parts = story_snippet(type(article).objects.get(pk=article.pk), ReaderQuery.parse("น้ำท่วม"))
    assert [part.text for part in parts if part.is_match] == ["น้ำท่วม"]
    assert stripped == ["<p>ฝนตกหนักทำให้น้ำท่วมถนน</p>"]


def test_a_word_split_by_a_tag_or_written_as_entities_is_still_highlighted(make_article):
    body = [
        ("paragraph", '<p>ดูที่ <a href="/น้ำท่วม/">ลิงก์</a> นี้</p>'),  # in a link's address only
        ("paragraph", "<p>ฝนตกหนักทำให้น้ำ<b>ท่วม</b>ถนน Q&amp;A</p>"),
    ]
    article = make_article(title="ข่าวฝน", body=body)
    article = type(article).objects.get(pk=article.pk)
    parts = story_snippet(article, ReaderQuery.parse("น้ำท่วม"))
    assert [part.text for part in parts if part.is_match] == ["น้ำท่วม"]
    assert "".join(part.text for part in parts) == "ฝนตกหนักทำให้น้ำท่วมถนน Q&A"
    parts = story_snippet(article, ReaderQuery.parse("Q&A"))
    assert [part.text for part in parts if part.is_match] == ["Q&A"]


@pytest.mark.parametrize(
    ("query", "marked"),
    [("city", "cities"), ("cities", "city"), ("happy", "happiness"), ("possible", "possibility")],
)
def test_an_english_word_is_highlighted_in_any_form_of_it(make_article, query, marked):
    """The index stems English ("city" and "cities" are one word): so does the highlighting."""
    body = [("paragraph", f"<p>Council members in three {marked} voted on Tuesday.</p>")]
    article = make_article(title="Council vote", body=body)
    parts = story_snippet(type(article).objects.get(pk=article.pk), ReaderQuery.parse(query))
    assert [part.text for part in parts if part.is_match] == [marked]
