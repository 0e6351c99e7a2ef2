"""
Fixes from the newsroom's day with the site (the "readers" items): the
README's scheduling steps, form errors in the reader's language, the
masthead's sign-in link and logout's way back, the byline's update time,
hidden zero view counts, the article's right column, the demo's pictures,
the favicon, headline compounds, and a quiet, honest development server.
Browser measurements are in test_reader_fixes_browser.py.
"""

import io
import itertools
import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core import checks
from django.utils import timezone, translation
from PIL import Image, ImageChops, ImageStat

from accounts.forms import ReaderAuthenticationForm, SignUpForm
from localization.compounds import keep_compounds_whole
from newsroom.models import ArticleCorrection
from tests.readers import PASSWORD, make_reader

pytestmark = pytest.mark.django_db

THAI = re.compile("[\u0e00-\u0e7f]")


# --- 6. README ------------------------------------------------------------------------------


def test_readme_schedules_through_set_schedule_not_a_settings_tab():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    scheduling = readme.split("### Scheduled publishing", 1)[1].split("###", 1)[0]
    assert "Settings tab" not in scheduling
    assert "*Set schedule*" in scheduling


# --- 7. Form errors ---------------------------------------------------------------------------


def errors_of(form, field):
    return [str(message) for message in form.errors[field]]


def test_a_short_display_name_gets_our_message_not_djangos():
    form = SignUpForm({"display_name": "ก", "email": "a@example.com"})
    with translation.override("th"):
        shown = errors_of(form, "display_name")
        expected = translation.gettext(
            "A display name needs at least %(limit_value)d characters."
        ) % {"limit_value": 2}
    assert shown == [expected]
    assert not any("Ensure this value" in message for message in shown)


def test_sign_up_password_errors_are_ours():
    data = {"display_name": "มานี", "email": "manee@example.com"}
    form = SignUpForm({**data, "password1": "12345", "password2": "12345"})
    with translation.override("en"):
        shown = errors_of(form, "password1")
    assert "The password is too short: use at least 8 characters." in shown
    assert "The password cannot be only digits." in shown
    assert not any(message.startswith("This password is too short.") for message in shown)


def test_every_sign_up_error_is_one_of_our_translatable_messages():
    form = SignUpForm({"display_name": "", "email": "not-an-address"})
    with translation.override("en"):
        assert errors_of(form, "display_name") == ["Please choose a display name."]
        assert errors_of(form, "email") == [
            "Please enter a valid email address, such as name@example.com."
        ]
        assert errors_of(form, "password1") == ["Please choose a password."]


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_failed_login_speaks_of_the_email_address_not_a_username(client, home, language):
    make_reader(email="manee@example.com")
    with translation.override(language):
        form = ReaderAuthenticationForm(
            None, data={"username": "manee@example.com", "password": "wrong"}
        )
        form.is_valid()
        message = " ".join(form.non_field_errors())
        expected = str(ReaderAuthenticationForm.error_messages["invalid_login"])
    assert message == expected
    assert "username" not in message
    with translation.override("en"):
        assert "email address" in str(ReaderAuthenticationForm.error_messages["invalid_login"])


# --- 8. Masthead sign-in, login and logout ------------------------------------------------------


def masthead_link(soup, response):
    return soup(response).select_one(".masthead a[data-account-link]")


def test_every_page_offers_the_same_sign_in_link_whoever_reads_it(client, article, soup):
    anonymous = client.get(article.url)
    link = masthead_link(soup, anonymous)
    assert link["href"].startswith("/th/accounts/login/?next=")
    assert link["data-account-url"].startswith("/th/accounts/?next=")
    assert "public" in anonymous["Cache-Control"]

    client.force_login(make_reader())
    signed_in = masthead_link(soup, client.get(article.url))
    assert str(signed_in) == str(link), "no per-reader state in the page's HTML"


def test_login_sets_the_hint_cookie_and_a_signed_in_reader_is_sent_to_the_account(client, home):
    make_reader(email="manee@example.com")
    response = client.post(
        "/th/accounts/login/",
        {"username": "manee@example.com", "password": PASSWORD, "next": "/th/world/x/"},
    )
    assert response.status_code == 302 and response["Location"] == "/th/world/x/"
    hint = response.cookies["nwd_signed_in"]
    assert hint.value == "1" and not hint["httponly"]

    again = client.get("/th/accounts/login/", {"next": "/th/world/x/"})
    assert again.status_code == 302
    assert again["Location"] == "/th/accounts/?next=%2Fth%2Fworld%2Fx%2F"


def test_logout_from_the_account_page_returns_to_the_page_the_reader_was_on(client, home, soup):
    client.force_login(make_reader())
    account = soup(client.get("/th/accounts/", {"next": "/th/world/x/"}))
    logout_form = account.select_one('form[action="/th/accounts/logout/"]')
    assert logout_form.select_one('input[name="next"]')["value"] == "/th/world/x/"

    response = client.post("/th/accounts/logout/", {"next": "/th/world/x/"})
    assert response["Location"] == "/th/world/x/"
    assert response.cookies["nwd_signed_in"]["max-age"] == 0
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", "javascript:x"])
def test_logout_refuses_a_next_off_the_site(client, home, soup, next_url):
    client.force_login(make_reader())
    account = soup(client.get("/th/accounts/", {"next": next_url}))
    assert not account.select_one('form[action="/th/accounts/logout/"] input[name="next"]')
    response = client.post("/th/accounts/logout/", {"next": next_url})
    assert response["Location"] == "/th/"
    assert response.cookies["nwd_signed_in"]["max-age"] == 0, "the masthead hint goes too"


# --- 10. Front page, article column, view counts, demo pictures, favicon ---------------------


@pytest.fixture
def article(make_article):
    return make_article(title="ข่าวทดสอบหน้าแล้ง")


def test_a_count_under_the_threshold_is_not_shown_but_the_beacon_stays(client, article, soup):
    count = soup(client.get(article.url)).select_one(".view-count")
    assert count.has_attr("data-view-beacon")
    assert count.select_one(".view-count__number") is None
    assert count.has_attr("hidden")


def test_the_article_column_shows_the_sections_latest_when_nothing_is_read_yet(
    client, make_article, soup
):
    older = make_article(title="ข่าวเก่ากว่า")
    article = make_article(title="ข่าวนี้")
    aside = soup(client.get(article.url)).select_one(".article-layout__aside")
    assert aside.select_one(".most-read") is None
    links = [a["href"] for a in aside.select(".more-in-section a")]
    assert links == [older.url], "other stories of the section, not the article itself"


def test_the_article_column_lists_a_live_blog_of_the_section_too(
    client, make_article, make_blog, soup
):
    blog = make_blog(coverage_start=timezone.now() + timedelta(minutes=5))
    article = make_article(title="ข่าวนี้")
    aside = soup(client.get(article.url)).select_one(".article-layout__aside")
    links = [a["href"] for a in aside.select(".more-in-section a")]
    assert links == [blog.url]


def test_the_front_page_puts_most_read_in_the_rail_beside_the_lead(client, home, article, soup):
    front = soup(client.get("/th/")).select_one(".front")
    assert front.select_one(".front__rail .front__latest")
    assert front.select_one(".front__lead") and front.select_one(".front__sections")


def test_each_demo_story_of_a_section_gets_a_hero_that_looks_different(monkeypatch):
    """Measured: a section's first four heroes differed by 9-15 before, 21-33 now."""
    from demo import content, pictures

    monkeypatch.setattr(pictures, "image", lambda title, alt, filename, draw: draw())  # no save
    for section in content.SECTIONS:
        stories = [s for s in content.STORIES if s.section == section.slug][:4]
        thumbs = [thumbnail(pictures.hero_image(story)) for story in stories]
        for first, second in itertools.combinations(thumbs, 2):
            difference = sum(ImageStat.Stat(ImageChops.difference(first, second)).mean) / 3
            assert difference > 18, (section.slug, round(difference, 1))


def thumbnail(jpeg):
    return Image.open(io.BytesIO(jpeg)).convert("RGB").resize((64, 36))


def test_the_favicon_is_linked_and_served_at_the_root(client, home, soup):
    page = soup(client.get("/th/"))
    assert page.select_one('link[rel="icon"]')["href"].endswith("/favicon.ico")
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "public" in response["Cache-Control"]
    icon = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert icon.format == "ICO"


# --- 11. Byline ------------------------------------------------------------------------------


def test_the_byline_shows_the_last_change_once_as_the_correction_box_and_json_ld(
    client, make_article, soup
):
    published = timezone.now().replace(second=0, microsecond=0) - timedelta(hours=3)
    article = make_article(
        display_date=published,
        updated_at=published + timedelta(hours=1, minutes=30),
        updated_note="อัปเดตระดับน้ำล่าสุดจากศูนย์บริหารน้ำฯ",
    )
    corrected = published + timedelta(hours=2, minutes=30)
    article.corrections.add(ArticleCorrection(text="แก้ตัวเลข", date=corrected))
    article.save_revision().publish()

    with translation.override("th"):
        page = soup(client.get(article.url))
    updated = page.select_one(".byline__updated")
    box_time = page.select_one(".correction__meta time")
    json_ld = next(
        data
        for script in page.select('script[type="application/ld+json"]')
        if (data := json.loads(script.string)).get("@type") == "NewsArticle"
    )
    assert updated.time["datetime"] == box_time["datetime"] == json_ld["dateModified"]
    assert updated.time.get_text() == box_time.get_text()
    assert updated.get_text().count("อัปเดต") == 1, updated.get_text()


# --- 12. Headline compounds --------------------------------------------------------------------


def test_known_compounds_are_wrapped_and_the_rest_escaped():
    html = keep_compounds_whole("เจรจาแบ่งน้ำหน้าแล้ง <b>& อันดามัน เอฟซี")
    assert html == (
        'เจรจาแบ่งน้ำ<span class="nobr">หน้าแล้ง</span> &lt;b&gt;&amp; อันดามัน '
        '<span class="nobr">เอฟซี</span>'
    )


def test_headlines_on_pages_keep_compounds_whole(client, article, soup):
    assert soup(client.get(article.url)).select_one("h1 .nobr").get_text() == "หน้าแล้ง"
    assert soup(client.get("/th/")).select_one(".teaser__headline .nobr").get_text() == "หน้าแล้ง"


# --- 13. Development server --------------------------------------------------------------------


def test_sqlite_does_not_warn_about_the_covering_index_on_every_start():
    found = checks.run_checks(databases=["default"], include_deployment_checks=False)
    warned = [m for m in found if m.id == "models.W040" and not m.is_silenced()]
    assert not warned
    assert settings.SILENCED_SYSTEM_CHECKS in ([], ["models.W040"])


def test_in_development_a_bad_page_number_shows_the_sites_400(client, section, settings, soup):
    from config.settings import dev

    settings.DEBUG = True
    settings.MIDDLEWARE = dev.MIDDLEWARE
    response = client.get(section.url, {"page": "abc"})
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("header.masthead"), "the site's chrome, not Django's debug page"
    with translation.override("th"):
        message = translation.gettext("The page number must be a whole number of 1 or more.")
    assert message in page.select_one("main").get_text()
