"""
Site search finds words as readers write them: ICU splits unspaced Thai
sentences into dictionary words, a Thai word is found inside a sentence (and
letters that only start a longer word are not), every text of a story is
searched and highlighted, English words are found by their stem, and each
language searches only its own stories. Helpers: tests/search_helpers.py.
"""

import pytest
from django.conf import settings
from django.db import connection

from localization.segmentation import segment, words
from tests.search_helpers import RATE_SENTENCE, found, search

pytestmark = pytest.mark.django_db


# Segmentation


def test_icu_splits_an_unspaced_thai_sentence_into_dictionary_words():
    assert segment(RATE_SENTENCE).split()[:8] == [
        "ธนาคาร",
        "แห่ง",
        "ประเทศไทย",
        "ประกาศ",
        "คง",
        "อัตรา",
        "ดอกเบี้ย",
        "นโยบาย",
    ]


def test_segmentation_keeps_words_only_and_maps_offsets_past_emoji():
    text = "😀 ฝุ่นPM2.5เกิน ๒๕๖๙!"
    assert segment(text) == "ฝุ่น PM2.5 เกิน 2569"
    assert [text[w.start : w.end] for w in words(text)] == ["ฝุ่น", "PM2.5", "เกิน", "๒๕๖๙"]


# Finding Thai words


@pytest.mark.parametrize(
    "query",
    ["ดอกเบี้ย", "นโยบาย", "ประเทศไทย", "อัตราดอกเบี้ย", "ดอกเบี้ย นโยบาย", "ร้อยละ"],
)
def test_a_thai_word_inside_an_unspaced_sentence_is_found(client, make_article, soup, query):
    make_article(title="ข่าวเศรษฐกิจ", body=[("paragraph", f"<p>{RATE_SENTENCE}</p>")])
    assert found(search(client, query), soup) == ["ข่าวเศรษฐกิจ"]


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("น้ำท่วม", "a word that is not in the story"),
        ("ดอกเบี่ย", "the same letters with another tone mark"),
        ("ตา", "letters that are the start of a longer word (ตาม)"),
        ("นโยบายอัตรา", "the story's words in another order"),
    ],
)
def test_words_that_are_not_in_the_story_are_not_found(client, make_article, soup, query, why):
    make_article(
        title="ข่าวเศรษฐกิจ",
        body=[("paragraph", f"<p>{RATE_SENTENCE} ตามที่คาดไว้</p>")],
    )
    assert found(search(client, query), soup) == [], why


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("เลือกตั้ง", "headline"),
        ("ผู้ว่าการ", "standfirst"),
        ("ชาวนา", "pull quote"),
        ("สมชาย", "pull quote speaker"),
        ("มหาวิทยาลัยขอนแก่น", "pull quote role"),
        ("ภัยแล้ง", "heading"),
        ("ชลประทาน", "fact box"),
        ("ธนพล", "author"),
        ("เศรษฐกิจ", "tag"),
    ],
)
def test_every_text_of_the_story_is_searched(client, make_article, make_author, soup, query, field):
    article = make_article(
        title="การเลือกตั้งท้องถิ่นเริ่มขึ้นแล้ว",
        standfirst="ผู้ว่าการธนาคารแห่งประเทศไทยให้สัมภาษณ์",
        authors=[make_author(name="ธนพล วงศ์สุวรรณ")],
        body=[
            ("heading", {"text": "ภัยแล้งที่ยาวนาน", "level": "h2"}),
            (
                "pull_quote",
                {"quote": "ชาวนาต้องการน้ำ", "speaker": "สมชาย ใจดี", "role": "มหาวิทยาลัยขอนแก่น"},
            ),
            ("fact_box", {"title": "ตัวเลข", "facts": ["เขื่อนชลประทานสี่แห่ง"], "source": ""}),
        ],
    )
    article.tags.add("เศรษฐกิจไทย")
    article.save_revision().publish()
    assert found(search(client, query), soup) == [article.title], field


def test_mixed_thai_and_english_and_thai_digits_are_found(client, make_article, soup):
    make_article(title="ฝุ่นPM2.5เกินมาตรฐานในปี๒๕๖๙")
    assert found(search(client, "PM2.5"), soup) == ["ฝุ่นPM2.5เกินมาตรฐานในปี๒๕๖๙"]
    assert found(search(client, "ฝุ่น 2569"), soup) == ["ฝุ่นPM2.5เกินมาตรฐานในปี๒๕๖๙"]


def test_the_matching_words_are_highlighted_in_the_snippet(client, make_article, soup):
    make_article(
        title="ข่าวเศรษฐกิจ",
        standfirst="สรุปข่าว",
        body=[("paragraph", f"<p>{RATE_SENTENCE}</p>")],
    )
    html = soup(search(client, "อัตราดอกเบี้ย"))
    snippet = html.select_one(".search-result__snippet")
    assert [mark.text for mark in snippet.select("mark")] == ["อัตราดอกเบี้ย"]
    assert RATE_SENTENCE in snippet.text


# English


@pytest.mark.parametrize("query", ["plant", "planting", "farmers", "Farmer", "RICE"])
def test_english_words_are_found_by_their_stem(client, english_section, make_article, soup, query):
    make_article(
        parent=english_section,
        title="Farmers are planting rice early",
        locale=english_section.locale,
    )
    assert found(search(client, query, lang="en"), soup) == ["Farmers are planting rice early"]


def test_english_highlighting_follows_the_stem(client, english_section, make_article, soup):
    make_article(
        parent=english_section,
        locale=english_section.locale,
        title="Harvest",
        standfirst="The farmers planted early this year.",
    )
    marks = soup(search(client, "planting", lang="en")).select(".search-result__snippet mark")
    assert [mark.text for mark in marks] == ["planted"]


def test_each_language_searches_only_its_own_stories(client, english_section, make_article, soup):
    make_article(title="ข่าวGDPไทย")
    make_article(parent=english_section, locale=english_section.locale, title="Thai GDP news")
    assert found(search(client, "GDP", lang="th"), soup) == ["ข่าวGDPไทย"]
    assert found(search(client, "GDP", lang="en"), soup) == ["Thai GDP news"]


# PostgreSQL's text-search configuration

on_postgres = pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="the thai_english text-search configuration exists only on PostgreSQL",
)


@on_postgres
def test_thai_english_keeps_thai_words_and_stems_english():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('thai_english', %s)::text", ["ดอกเบี้ย running farmers"])
        vector = cursor.fetchone()[0]
    assert vector == "'farmer':3 'run':2 'ดอกเบี้ย':1"
