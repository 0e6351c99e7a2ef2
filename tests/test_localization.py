"""
Thai first, English second: URLs and language choice, hreflang, dates and
numbers, the slug rule, and translating stories with wagtail-localize.
"""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation

from localization.formats import format_date, format_number, format_relative
from news.authors import Author
from news.models import ArticlePage

NOV_26_2026_14_05_BANGKOK = datetime(2026, 11, 26, 7, 5, tzinfo=UTC)


def translate(page, locale, **fields):
    """An English translation of `page` made with Wagtail's copy, with `fields` set."""
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return ArticlePage.objects.get(pk=translated.pk)


# Dates and numbers


def test_thai_dates_use_the_buddhist_era_and_thai_months():
    assert format_date(NOV_26_2026_14_05_BANGKOK, "th") == "26 พ.ย. 2569"
    assert format_date(NOV_26_2026_14_05_BANGKOK, "th", "long") == "26 พฤศจิกายน 2569"


def test_english_dates_are_gregorian_in_bangkok_time():
    assert format_date(NOV_26_2026_14_05_BANGKOK, "en") == "26 Nov 2026"
    assert format_date(NOV_26_2026_14_05_BANGKOK, "en", with_time=True) == "26 Nov 2026, 14:05"


def test_a_late_evening_story_is_dated_by_the_bangkok_calendar():
    # 18:30 UTC on 25 November is 01:30 on 26 November in Bangkok.
    late = datetime(2026, 11, 25, 18, 30, tzinfo=UTC)
    assert format_date(late, "th") == "26 พ.ย. 2569"


def test_fresh_stories_read_minutes_and_hours_ago_in_both_languages():
    now = NOV_26_2026_14_05_BANGKOK
    assert format_relative(now - timedelta(minutes=5), "th", now=now) == "5 นาทีที่ผ่านมา"
    assert format_relative(now - timedelta(minutes=5), "en", now=now) == "5 minutes ago"
    assert format_relative(now - timedelta(hours=3), "en", now=now) == "3 hours ago"
    assert format_relative(now - timedelta(days=2), "th", now=now) == "24 พ.ย. 2569"


def test_numbers_are_grouped():
    assert format_number(1234567, "th") == "1,234,567"
    assert format_number(1234567, "en") == "1,234,567"


def test_article_page_shows_a_buddhist_era_date_in_thai_and_gregorian_in_english(
    make_article, english_section, locale_en, soup
):
    thai = make_article(title="ข่าวทดสอบวันที่", display_date=NOV_26_2026_14_05_BANGKOK)
    english = translate(thai, locale_en, title="A dated story")

    thai_time = soup(client_get(thai.url)).select_one(".byline time").text
    english_time = soup(client_get(english.url)).select_one(".byline time").text

    assert "2569" in thai_time and "พ.ย." in thai_time
    assert english_time == "26 Nov 2026, 14:05"


def test_listings_show_fresh_stories_as_time_ago(make_article, section, soup):
    make_article(title="ข่าวสด", display_date=timezone.now() - timedelta(minutes=10))
    html = soup(client_get(section.url))
    assert html.select_one(".teaser__date time").text == "10 นาทีที่ผ่านมา"


# URLs and the reader's language


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, "/th/"),
        ({"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"}, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "fr-FR,fr;q=0.9"}, "/th/"),
        ({"HTTP_ACCEPT_LANGUAGE": "th", "HTTP_COOKIE": "django_language=en"}, "/en/"),
    ],
)
def test_the_root_sends_readers_to_their_language(client, english_section, headers, expected):
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "private" in response["Cache-Control"]
    assert {"Accept-Language", "Cookie"} <= set(re.split(r",\s*", response["Vary"]))


@pytest.mark.parametrize("path", ["/xx/", "/fr/world/", "/zh-hant/", "/XX/"])
def test_an_unknown_language_prefix_is_a_404(client, section, path):
    assert client.get(path).status_code == 404


def test_an_old_unprefixed_link_is_redirected_into_thai(client, section):
    response = client.get("/world/")
    assert response.status_code == 302
    assert response["Location"] == "/th/world/"


def test_html_lang_follows_the_page_language(client, english_section, soup):
    assert soup(client.get("/th/")).html["lang"] == "th"
    assert soup(client.get("/en/")).html["lang"] == "en"


def test_switch_and_hreflang_lead_to_the_translation(
    make_article, english_section, locale_en, soup
):
    thai = make_article(title="ข่าวสองภาษา", slug="bilingual")
    english = translate(thai, locale_en, title="A story in two languages")

    html = soup(client_get(thai.url))

    switch = {a["hreflang"]: a["href"] for a in html.select(".language-switch a")}
    assert switch == {"th": "/th/world/bilingual/", "en": "/en/world/bilingual/"}
    alternates = {
        link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')
    }
    assert alternates == {
        "th": "http://testserver/th/world/bilingual/",
        "en": "http://testserver/en/world/bilingual/",
        "x-default": "http://testserver/th/world/bilingual/",
    }
    assert english.url == "/en/world/bilingual/"


def test_switch_falls_back_to_the_other_home_without_a_translation(
    make_article, english_section, soup
):
    thai_only = make_article(title="ข่าวภาษาไทยเท่านั้น")
    html = soup(client_get(thai_only.url))
    switch = {a["hreflang"]: a["href"] for a in html.select(".language-switch a")}
    assert switch["en"] == "/en/"
    hreflangs = {link["hreflang"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert hreflangs == {"th", "x-default"}


def test_search_switches_language_keeping_the_query(client, english_section, soup):
    html = soup(client.get("/th/search/", {"q": "rice"}))
    switch = {a["hreflang"]: a["href"] for a in html.select(".language-switch a")}
    assert switch["en"] == "/en/search/?q=rice"


# Slugs


def add_article(section, title, slug=""):
    return section.add_child(instance=ArticlePage(title=title, slug=slug, standfirst="-"))


def test_a_thai_headline_gets_a_stable_ascii_slug(section):
    article = add_article(section, "ธนาคารกลางขึ้นอัตราดอกเบี้ย")
    assert re.fullmatch(r"story-[0-9a-f]{8}", article.slug)
    assert article.slug == f"story-{article.translation_key.hex[:8]}"


def test_an_english_headline_gets_a_slug_from_its_words(section):
    article = add_article(section, "Rice exports rise again")
    assert article.slug == "rice-exports-rise-again"


def test_a_typed_thai_slug_becomes_the_stable_id(section):
    article = add_article(section, "ดอกเบี้ยขาขึ้น", slug="ดอกเบี้ย")
    assert article.slug.startswith("story-")


def test_editors_create_a_thai_article_in_the_admin_without_a_slug_error(admin_client, section):
    title = "เศรษฐกิจไทยจะฟื้นตัวได้หรือไม่ในปีหน้า"
    post = nested_form_data(
        {
            "title": title,
            "slug": "ดอกเบี้ย",  # what a browser without ASCII slugs might send
            "standfirst": "นักเศรษฐศาสตร์มองต่างกัน",
            "body": streamfield([("paragraph", rich_text("<p>เนื้อข่าว</p>"))]),
            "article_authors": inline_formset([]),
            "corrections": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/news/articlepage/{section.pk}/", post)

    assert response.status_code == 302, response.content.decode()[:2000]
    article = ArticlePage.objects.get(title=title)
    assert article.live and re.fullmatch(r"story-[0-9a-f]{8}", article.slug)

    # Editing the headline of the published story keeps its address.
    article.title = "เศรษฐกิจไทยฟื้นตัวแล้ว"
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.url == f"/th/world/{article.slug}/"
    assert client_get(article.url).status_code == 200


# Translating with wagtail-localize


def test_an_article_translated_in_wagtail_localize_is_read_live_in_english(
    admin_client,
    make_article,
    make_author,
    english_section,
    locale_en,
    soup,
    django_capture_on_commit_callbacks,
):
    thai_author = make_author(name="ธนพล วงศ์สุวรรณ", role="ผู้สื่อข่าว")
    english_author = thai_author.copy_for_translation(locale_en)
    english_author.name, english_author.role = "Thanaphon Wongsuwan", "Reporter"
    english_author.save()
    thai = make_article(
        title="ชาวนาเริ่มปลูกข้าวรอบใหม่",
        slug="new-rice-season",
        standfirst="ฝนมาตามฤดู",
        body=[("pull_quote", {"quote": "ปีนี้น้ำดี", "speaker": "สมชาย ใจดี", "role": "ชาวนา"})],
        authors=[thai_author],
    )

    english_text = {
        "ชาวนาเริ่มปลูกข้าวรอบใหม่": "Farmers plant a new rice crop",
        "ฝนมาตามฤดู": "The rains came on time",
        "ปีนี้น้ำดี": "The water is good this year",
        "สมชาย ใจดี": "Somchai Jaidee",
        "ชาวนา": "Farmer",
    }
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_localize(admin_client, thai, locale_en, english_text)

    english = thai.get_translation(locale_en)
    html = soup(client_get(english.url))

    assert english.live and english.url.startswith("/en/world/")
    assert html.h1.text == "Farmers plant a new rice crop"
    assert html.select_one(".pull-quote blockquote").text.strip() == "The water is good this year"
    assert html.select_one(".pull-quote cite").text == "Somchai Jaidee"
    # The byline shows the author's English translation.
    assert html.select_one(".byline__name").text == "Thanaphon Wongsuwan"
    assert Author.objects.filter(translation_key=thai_author.translation_key).count() == 2


def translate_with_localize(admin_client, page, locale, english_text):
    """
    What a translator does in wagtail-localize: submit the page for translation
    in the admin, translate every string (unknown ones are kept as they are),
    and publish. Run it inside django_capture_on_commit_callbacks: the
    translation is published when the transaction commits.
    """
    response = admin_client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=english_text.get(segment.string.data, segment.string.data),
        )
    translation.save_target(publish=True)
    return translation


def test_a_synced_translation_follows_its_republished_source(
    admin_client,
    make_article,
    make_image,
    english_section,
    locale_en,
    django_capture_on_commit_callbacks,
):
    thai = make_article(title="ข่าวน้ำท่วม", slug="flood", hero_image=make_image())
    with django_capture_on_commit_callbacks(execute=True):
        translation = translate_with_localize(
            admin_client, thai, locale_en, {"ข่าวน้ำท่วม": "Flood news"}
        )
    new_picture = make_image(title="A newer picture")
    thai.hero_image = new_picture
    thai.save_revision().publish()

    # The editor's "Sync translated pages" action, publishing at once.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/localize/update/{translation.source.pk}/", {"publish_translations": "on"}
        )

    assert response.status_code == 302
    english = ArticlePage.objects.get(pk=thai.get_translation(locale_en).pk)
    assert english.live and english.title == "Flood news"
    assert english.hero_image == new_picture


def test_a_related_story_links_to_the_translation_or_is_left_out(
    make_article, english_section, locale_en, soup
):
    translated_target = make_article(title="ข่าวที่แปลแล้ว", slug="translated-target")
    thai_only_target = make_article(title="ข่าวที่ยังไม่แปล", slug="thai-only-target")
    translate(translated_target, locale_en, title="The translated story")
    thai = make_article(
        title="ข่าวหลัก",
        slug="main-story",
        body=[
            ("paragraph", "<p>ย่อหน้าแรก</p>"),
            ("related_story", {"article": translated_target, "headline": ""}),
            ("related_story", {"article": thai_only_target, "headline": ""}),
            ("paragraph", "<p>ย่อหน้าที่สอง</p>"),
            ("related_story", {"article": thai_only_target, "headline": ""}),
        ],
    )
    english = translate(thai, locale_en, title="The main story")

    html = soup(client_get(english.url))

    boxes = html.select("aside.related")
    assert len(boxes) == 1, "a run whose only target has no translation disappears"
    links = [(a.text, a["href"]) for a in boxes[0].select("a.related__link")]
    assert links == [("The translated story", "/en/world/translated-target/")]
    assert "ข่าวที่ยังไม่แปล" not in html.text


def test_the_english_front_page_leads_with_the_translation_of_the_chosen_story(
    home, make_article, english_section, locale_en, soup
):
    chosen = make_article(title="ข่าวเด่น", slug="lead")
    make_article(title="ข่าวใหม่กว่า", slug="newer")
    translate(chosen, locale_en, title="The lead story")
    home.lead_story = chosen
    home.save_revision().publish()
    english_home = home.get_translation(locale_en)
    english_home.lead_story = chosen  # a translated home starts with the source's choice
    english_home.save_revision().publish()

    html = soup(client_get("/en/"))

    assert html.select_one(".front__lead .teaser__headline").text.strip() == "The lead story"


def client_get(url):
    from django.test import Client

    response = Client().get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_the_footer_year_follows_the_calendar_of_the_language(client, english_section, soup):
    year = timezone.localtime().year
    assert f"© {year + 543}" in soup(client.get("/th/")).select_one(".site-footer").text
    assert f"© {year}" in soup(client.get("/en/")).select_one(".site-footer").text
