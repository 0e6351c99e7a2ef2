"""
Site search (the search app): Thai words are found inside unspaced sentences,
English words by their stem, each language in its own stories; filters,
sorting, pagination, promoted results, query statistics, suggestions; bad
input answered with a 200 or a 400 that says what is wrong; the index follows
publishing, unpublishing, translation, deletion and byline changes.

Every test runs on SQLite and on PostgreSQL (`DATABASE_URL`): the same
behaviour is expected from both database backends.
"""

import json
from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import StringTranslation, Translation

from localization.segmentation import segment, words
from news.models import ArticlePage
from search.backends import search_backends

pytestmark = pytest.mark.django_db

RATE_SENTENCE = "ธนาคารแห่งประเทศไทยประกาศคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสองจุดห้า"


def search(client, q=None, lang="th", **params):
    if q is not None:
        params["q"] = q
    return client.get(f"/{lang}/search/", params)


def found(response, soup):
    assert response.status_code == 200, response.content[:2000]
    return [a.text for a in soup(response).select(".search-results .teaser__headline a")]


def error_text(response, soup):
    return soup(response).select_one("[role=alert]").get_text(" ", strip=True)


def at(day, month=11, year=2026):
    return datetime(year, month, day, 3, 0, tzinfo=UTC)


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


# Filters, sorting, pagination


@pytest.fixture
def rice_stories(make_article, make_section):
    """Three stories about rice (ข้าว) in two sections and three months."""
    business = make_section(title="ธุรกิจ", slug="business")
    return {
        "world-sep": make_article(title="ข้าวโลก กันยายน", display_date=at(10, 9)),
        "world-nov": make_article(
            title="ข้าวหอมมะลิราคาขึ้น",
            display_date=at(20, 11),
            body=[("paragraph", "<p>ข้าวหอมมะลิ ข้าวเหนียว ข้าวโพด</p>")],
        ),
        "business-oct": make_article(
            title="ส่งออกข้าว ตุลาคม", display_date=at(15, 10), parent=business
        ),
    }


def test_the_section_filter_keeps_that_sections_stories(client, rice_stories, soup):
    assert found(search(client, "ข้าว", section="business"), soup) == ["ส่งออกข้าว ตุลาคม"]


def test_the_date_range_is_inclusive_in_bangkok_days(client, rice_stories, soup):
    response = search(client, "ข้าว", date_from="2026-10-01", date_to="2026-10-15")
    assert found(response, soup) == ["ส่งออกข้าว ตุลาคม"]
    assert found(search(client, "ข้าว", date_from="2026-11-01"), soup) == ["ข้าวหอมมะลิราคาขึ้น"]


def test_sorting_by_newest_or_by_relevance(client, rice_stories, soup):
    newest = found(search(client, "ข้าว", sort="newest"), soup)
    assert newest == ["ข้าวหอมมะลิราคาขึ้น", "ส่งออกข้าว ตุลาคม", "ข้าวโลก กันยายน"]
    best = found(search(client, "ข้าวหอมมะลิ", sort="relevance"), soup)
    assert best == ["ข้าวหอมมะลิราคาขึ้น"]


def test_the_filters_keep_their_values_in_the_form(client, rice_stories, soup):
    html = soup(search(client, "ข้าว", section="business", date_from="2026-10-01", sort="newest"))
    assert html.select_one("#id_q")["value"] == "ข้าว"
    assert html.select_one("#id_section option[selected]")["value"] == "business"
    assert html.select_one("#id_date_from")["value"] == "2026-10-01"
    assert html.select_one("#id_sort option[selected]")["value"] == "newest"


def test_results_are_paginated_ten_at_a_time(client, make_article, soup):
    for n in range(12):
        make_article(title=f"ข่าวน้ำท่วม {n}", display_date=at(1 + n))
    first = search(client, "น้ำท่วม", sort="newest")
    second = search(client, "น้ำท่วม", sort="newest", page="2")
    assert len(found(first, soup)) == 10
    assert found(second, soup) == ["ข่าวน้ำท่วม 1", "ข่าวน้ำท่วม 0"]
    assert "12" in soup(first).select_one(".search-summary").text
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert "page=2" in next_link and "sort=newest" in next_link


@pytest.mark.parametrize("page", ["3", "0", "-1", "abc", "1.5", "99999999999999999999", "1e3"])
def test_a_bad_page_number_is_a_400_that_says_so(client, make_article, soup, page):
    for n in range(12):
        make_article(title=f"ข่าวน้ำท่วม {n}")
    response = search(client, "น้ำท่วม", page=page)
    assert response.status_code == 400
    assert error_text(response, soup)


def test_no_results_helps_the_reader(client, english_section, make_article, soup):
    make_article(title="ข่าวเศรษฐกิจ")
    html = soup(search(client, "ช้างเผือก", section="world"))
    help_box = html.select_one(".search-no-results")
    assert "ช้างเผือก" in help_box.text
    links = [a["href"] for a in help_box.select("a")]
    assert (
        "?q=%E0%B8%8A%E0%B9%89%E0%B8%B2%E0%B8%87%E0%B9%80%E0%B8%9C%E0%B8%B7%E0%B8%AD%E0%B8%81"
        in links
    )
    assert any(link.startswith("/en/search/?q=") for link in links)


# Bad input


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "ดอกเบี้ย AND OR NOT NEAR(",
        "*",
        "ดอกเบี้ย:*",
        "\\",
        "%",
        "😀",
        "😀ดอกเบี้ย👍🏽",
        "ข่าวGDPไทย economy",
        "\u200bดอกเบี้ย\u200b",
        "x" * 200,
    ],
)
def test_odd_queries_are_answered_not_crashed(client, make_article, soup, query):
    make_article(title="ข่าวเศรษฐกิจ", body=[("paragraph", f"<p>{RATE_SENTENCE}</p>")])
    response = search(client, query)
    assert response.status_code == 200
    assert soup(response).select_one("main h1") is not None


def test_html_in_a_query_is_shown_as_text(client, make_article, soup):
    response = search(client, "<script>alert(1)</script>")
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content
    assert soup(response).select_one("#id_q")["value"] == "<script>alert(1)</script>"


def test_emoji_only_asks_for_a_word(client, make_article, soup):
    html = soup(search(client, "😀🙏"))
    assert html.select_one(".search-message").text.strip()
    assert not html.select(".search-results")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "x" * 5000}, "q"),
        ({"q": "ข่าว\x00"}, "q"),
        ({"q": "ข่าว", "section": "no-such-section"}, "section"),
        ({"q": "ข่าว", "date_from": "2026-13-45"}, "date_from"),
        ({"q": "ข่าว", "date_to": "9999-12-31"}, "date_to"),
        ({"q": "ข่าว", "date_from": "2026-11-02", "date_to": "2026-11-01"}, "date_to"),
        ({"q": "ข่าว", "sort": "bogus"}, "sort"),
    ],
)
def test_bad_parameters_are_a_400_with_the_message_on_the_search_page(
    client, section, soup, params, field
):
    response = client.get("/th/search/", params)
    assert response.status_code == 400
    html = soup(response)
    assert html.select_one("form.search-form") is not None
    assert error_text(response, soup)
    assert "Cache-Control" in response and "public" not in response["Cache-Control"]


# The index follows the content


def test_a_draft_is_found_only_once_published_and_never_after_unpublishing(
    client, make_article, soup
):
    article = make_article(title="ข่าวแผ่นดินไหว", publish=False)
    assert found(search(client, "แผ่นดินไหว"), soup) == []
    article.save_revision().publish()
    assert found(search(client, "แผ่นดินไหว"), soup) == ["ข่าวแผ่นดินไหว"]
    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert found(search(client, "แผ่นดินไหว"), soup) == []


def test_a_republished_edit_replaces_the_old_words(client, make_article, soup):
    article = make_article(title="ข่าวแผ่นดินไหว")
    article.title = "ข่าวพายุฤดูร้อน"
    article.save_revision().publish()
    assert found(search(client, "แผ่นดินไหว"), soup) == []
    assert found(search(client, "พายุ"), soup) == ["ข่าวพายุฤดูร้อน"]


def test_a_saved_draft_does_not_change_what_readers_find(client, make_article, soup):
    article = make_article(title="ข่าวแผ่นดินไหว")
    article.title = "ข่าวพายุฤดูร้อน"
    article.save_revision()
    assert found(search(client, "แผ่นดินไหว"), soup) == ["ข่าวแผ่นดินไหว"]
    assert found(search(client, "พายุ"), soup) == []


def test_a_deleted_story_leaves_the_index(client, make_article, soup):
    article = make_article(title="ข่าวแผ่นดินไหว")
    entries = get_index_entries(article)
    assert entries.exists()
    ArticlePage.objects.get(pk=article.pk).delete()
    assert not entries.exists()
    assert found(search(client, "แผ่นดินไหว"), soup) == []


def get_index_entries(page):
    from wagtail.search.models import IndexEntry

    return IndexEntry.objects.filter(object_id=str(page.pk))


def test_authors_and_tags_added_in_the_publishing_edit_are_found(
    client, make_article, make_author, soup
):
    article = make_article(title="ข่าวการเมือง")
    article.article_authors.create(author=make_author(name="วรรณา ศรีสุข"))
    article.tags.add("รัฐสภา")
    article.save_revision().publish()
    assert found(search(client, "วรรณา"), soup) == ["ข่าวการเมือง"]
    assert found(search(client, "รัฐสภา"), soup) == ["ข่าวการเมือง"]


def test_renaming_an_author_reindexes_their_stories(client, make_article, make_author, soup):
    author = make_author(name="วรรณา ศรีสุข")
    make_article(title="ข่าวการเมือง", authors=[author])
    author.name = "วรรณี ทองดี"
    author.save()
    assert found(search(client, "วรรณี"), soup) == ["ข่าวการเมือง"]
    assert found(search(client, "วรรณา"), soup) == []


def test_a_translation_is_found_in_its_language_once_published(
    admin_client,
    client,
    make_article,
    english_section,
    locale_en,
    soup,
    django_capture_on_commit_callbacks,
):
    thai = make_article(title="ชาวนาเริ่มปลูกข้าวรอบใหม่", standfirst="ฝนมาตามฤดู")
    response = admin_client.post(
        f"/admin/localize/submit/page/{thai.pk}/", {"locales": [locale_en.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=thai.translation_key)
    english_text = {
        "ชาวนาเริ่มปลูกข้าวรอบใหม่": "Farmers plant a new rice crop",
        "ฝนมาตามฤดู": "The rains came on time",
    }
    for segment_ in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment_.string,
            locale=locale_en,
            context=segment_.context,
            data=english_text.get(segment_.string.data, segment_.string.data),
        )
    assert found(search(client, "rains", lang="en"), soup) == []
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    assert found(search(client, "rains", lang="en"), soup) == ["Farmers plant a new rice crop"]
    assert found(search(client, "rains", lang="th"), soup) == []
    assert found(search(client, "ชาวนา", lang="th"), soup) == ["ชาวนาเริ่มปลูกข้าวรอบใหม่"]


# Editors: promoted results and query statistics


def test_promoted_results_come_first_and_are_not_repeated(client, make_article, soup):
    promoted = make_article(title="คู่มือเลือกตั้ง", display_date=at(1))
    make_article(title="ข่าวเลือกตั้งวันนี้", display_date=at(2))
    query = Query.get("เลือกตั้ง")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/ect",
        external_link_text="กกต.",
        sort_order=1,
    )
    html = soup(search(client, "เลือกตั้ง"))
    promoted_titles = [a.text for a in html.select(".search-promotions a")]
    assert promoted_titles == ["คู่มือเลือกตั้ง", "กกต."]
    assert found(search(client, "เลือกตั้ง"), soup) == ["ข่าวเลือกตั้งวันนี้"]


def test_a_promoted_page_is_shown_in_the_readers_language(
    client, english_section, make_article, soup
):
    thai = make_article(title="คู่มือเลือกตั้ง")
    english = thai.copy_for_translation(english_section.locale)
    english.title = "Election guide"
    english.save_revision().publish()
    SearchPromotion.objects.create(query=Query.get("election"), page=thai, sort_order=0)
    html = soup(search(client, "election", lang="en"))
    assert [a.text for a in html.select(".search-promotions a")] == ["Election guide"]


def test_searches_are_counted_for_the_search_terms_report(client, make_article, admin_client):
    for n in range(12):
        make_article(title=f"ข่าวน้ำท่วม {n}")
    search(client, "น้ำท่วม")
    search(client, "  น้ำท่วม ")
    search(client, "น้ำท่วม", page="2")  # reading on is not a new search
    assert Query.get("น้ำท่วม").hits == 2
    report = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert report.status_code == 200
    assert "น้ำท่วม" in report.content.decode()


def test_editors_reach_promoted_results_in_the_admin(admin_client):
    assert admin_client.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    assert admin_client.get(reverse("wagtailsearchpromotions:add")).status_code == 200


# The page itself


def test_the_search_page_is_not_indexed_and_the_header_box_points_to_it(client, section, soup):
    html = soup(search(client, "ข่าว"))
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"
    assert html.select_one("form.masthead__search")["action"] == "/th/search/"


def test_a_results_page_costs_the_same_queries_for_two_or_ten_results(
    client, make_article, make_author
):
    def queries_for(query):
        search(client, query)  # warm the site-root cache
        with CaptureQueriesContext(connection) as captured:
            assert search(client, query).status_code == 200
        return len(captured)

    for n in range(2):
        make_article(title=f"ข่าวพายุ {n}", authors=[make_author()])
    for n in range(10):
        make_article(title=f"ข่าวหมอก {n}", authors=[make_author()])
    assert queries_for("พายุ") == queries_for("หมอก")


# Suggestions


def suggest(client, q, lang="th"):
    return client.get(f"/{lang}/search/suggest/", {"q": q})


def test_suggestions_find_a_half_typed_thai_word(client, make_article):
    make_article(title="กนง.คงอัตราดอกเบี้ยนโยบาย")
    make_article(title="ข่าวกีฬา")
    response = suggest(client, "ดอกเบ")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert [s["title"] for s in data["suggestions"]] == ["กนง.คงอัตราดอกเบี้ยนโยบาย"]
    assert data["suggestions"][0]["url"].startswith("/th/world/")


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


# Scale-out: OpenSearch / Elasticsearch settings


def test_the_database_backend_is_the_default():
    backends = search_backends({})
    assert backends["default"]["BACKEND"] == "search.database_backend"
    assert backends["default"]["SEARCH_CONFIG"] == "thai_english"


@pytest.mark.parametrize(
    "environ",
    [
        {"SEARCH_BACKEND": "solr"},
        {"SEARCH_BACKEND": "opensearch"},
        {"SEARCH_BACKEND": "opensearch", "SEARCH_URLS": "http://x:9200", "SEARCH_TOKENIZER": "x"},
    ],
)
def test_a_cluster_backend_needs_a_known_kind_urls_and_tokenizer(environ):
    with pytest.raises(ImproperlyConfigured):
        search_backends(environ)


@pytest.mark.parametrize("tokenizer", ["thai", "icu_tokenizer"])
def test_opensearch_is_configured_for_thai_words_and_english_stems(make_article, tokenizer):
    environ = {
        "SEARCH_BACKEND": "opensearch",
        "SEARCH_URLS": "https://search-1.internal:9200, https://search-2.internal:9200",
        "SEARCH_TOKENIZER": tokenizer,
    }
    article = make_article(title="ข่าวเศรษฐกิจ", body=[("paragraph", f"<p>{RATE_SENTENCE}</p>")])
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends(environ)):
        backend = get_search_backend("default")  # builds the client; connects to nothing

    assert [host["host"] for host in backend.hosts] == ["search-1.internal", "search-2.internal"]
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["tokenizer"] == tokenizer
    assert "english_stemmer" in analysis["analyzer"]["default"]["filter"]
    assert analysis["analyzer"]["edgengram_analyzer"]["tokenizer"] == tokenizer
    assert "ngram_analyzer" in analysis["analyzer"]  # Wagtail's own analyzers are kept
    # The document sent to the cluster carries the same segmented words.
    document = backend.mapping_class(ArticlePage).get_document(article)
    body = next(value for key, value in document.items() if key.endswith("__body"))
    assert "อัตรา ดอกเบี้ย นโยบาย" in body


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
