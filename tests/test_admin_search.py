"""
The admin's searches find a Thai word inside a headline, a name or a title:
the page search, the page chooser an editor picks a related story with, the
author chooser and the image chooser and listing. They ask the search
backend's autocomplete, which reads the typed text as words
(search/query.py) and matches index entries that hold words
(search/apps.py), the same segmentation as the public search. Run on SQLite
and, with DATABASE_URL, on PostgreSQL.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from newsroom.roles import EDITORS

pytestmark = pytest.mark.django_db

DURIAN_HEADLINE = "ราคาทุเรียนส่งออกพุ่ง"
HEADLINES = [
    DURIAN_HEADLINE,
    "ตลาดไทสร้างห้องเย็นแห่งใหม่",
    "ผู้ค้าโวยค่าเช่าแผงแพงขึ้น",
    "ชาวน่านเตรียมรับมือน้ำป่า",
    "กรุงเทพฯ ฝนตกหนักทั้งคืน",
]


@pytest.fixture
def editor_client(client, home):
    editor = get_user_model().objects.create_user("ananya", "ananya@example.com", "pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    return client


@pytest.fixture
def headlines(make_article):
    return {title: make_article(title=title) for title in HEADLINES}


def html_of(response):
    """The results' HTML, whether the view answers HTML or a modal's JSON."""
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def found_titles(html, candidates):
    return {title for title in candidates if title in html}


@pytest.mark.parametrize(
    ("word", "headline"),
    [
        ("ทุเรียน", DURIAN_HEADLINE),
        ("ห้องเย็น", "ตลาดไทสร้างห้องเย็นแห่งใหม่"),
        ("ค่าเช่า", "ผู้ค้าโวยค่าเช่าแผงแพงขึ้น"),
        ("น่าน", "ชาวน่านเตรียมรับมือน้ำป่า"),
    ],
)
def test_page_search_finds_a_word_inside_a_headline(editor_client, headlines, word, headline):
    response = editor_client.get("/admin/pages/search/", {"q": word})
    assert found_titles(html_of(response), HEADLINES) == {headline}


def test_page_chooser_search_finds_a_word_inside_a_headline(editor_client, headlines):
    response = editor_client.get("/admin/choose-page/search/", {"q": "ทุเรียน"})
    assert found_titles(html_of(response), HEADLINES) == {DURIAN_HEADLINE}


def test_page_chooser_search_reads_words_typed_together_and_a_half_typed_last_word(
    editor_client, headlines
):
    # "ราคาทุเรียน" typed without a space is two words; "ส่งออ" is half typed.
    for query in ("ราคาทุเรียน", "ทุเรียน ส่งออ"):
        response = editor_client.get("/admin/choose-page/search/", {"q": query})
        assert found_titles(html_of(response), HEADLINES) == {DURIAN_HEADLINE}, query


def test_punctuation_is_dropped_and_a_query_of_nothing_else_finds_nothing(editor_client, headlines):
    for query, expected in [("«ทุเรียน»!", {DURIAN_HEADLINE}), ("!!! ???", set())]:
        response = editor_client.get("/admin/choose-page/search/", {"q": query})
        assert found_titles(html_of(response), HEADLINES) == expected, query


def test_author_chooser_finds_a_word_inside_a_name(editor_client, make_author):
    make_author(name="วิไลวรรณ ชาวน่าน")
    make_author(name="อนันยา สุขใจ")
    response = editor_client.get("/admin/snippets/choose/news/author/results/", {"q": "น่าน"})
    assert found_titles(html_of(response), ["วิไลวรรณ ชาวน่าน", "อนันยา สุขใจ"]) == {"วิไลวรรณ ชาวน่าน"}


@pytest.mark.parametrize("url", ["/admin/images/chooser/results/", "/admin/images/results/"])
def test_image_chooser_and_listing_find_a_word_inside_a_title(editor_client, make_image, url):
    titles = ["ภาพทุเรียนหมอนทองในสวน", "Chao Phraya at dawn"]
    for title in titles:
        make_image(title=title)
    for query, expected in [("ทุเรียน", titles[0]), ("Phra", titles[1]), ("dawn", titles[1])]:
        response = editor_client.get(url, {"q": query})
        assert found_titles(html_of(response), titles) == {expected}, query
