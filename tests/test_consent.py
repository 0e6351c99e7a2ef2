"""
Consent under the PDPA (consent app), without a browser: the notice in every
page, the same HTML for every reader, the no-JavaScript forms and their
redirect, the cookie and its policy version, declared third-party code and
embeds held back until consent, the consent log and its CSV export, and the
retention command. The browser side is in test_consent_browser.py.
"""

import csv
import io
import uuid
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Revision

from consent.cookie import ConsentState
from consent.models import (
    ConsentNotice,
    ConsentRecord,
    Decision,
    PrivacyPolicyPage,
    ThirdPartyTag,
)
from demo.consent import ensure_demo_consent

COOKIE = "nwd_consent"
DECIDE = "/consent/"
VIDEO_URL = "https://www.youtube.com/watch?v=consent-test"


@pytest.fixture
def policy(home):
    page = PrivacyPolicyPage(
        title="นโยบายความเป็นส่วนตัว",
        slug="privacy",
        effective_date=timezone.localdate(),
        body=[("paragraph", "<p>เราเก็บข้อมูลเท่าที่จำเป็น</p>")],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def notice(home, policy, locale_th):
    return ConsentNotice.objects.create(
        locale=locale_th,
        title="คุกกี้และความเป็นส่วนตัวของคุณ",
        text="เราใช้คุกกี้ที่จำเป็น และใช้คุกกี้อื่นเมื่อคุณยินยอมเท่านั้น",
        privacy_policy=policy,
        analytics_description="นับจำนวนผู้อ่าน",
        marketing_description="วิดีโอจากเว็บไซต์อื่น",
        policy_version=1,
    )


@pytest.fixture
def english(home, policy, notice, locale_en):
    """English home page, privacy page and notice, translated from the Thai ones."""
    for page in (home, policy):
        page.copy_for_translation(locale_en).save_revision().publish()
    translation = notice.copy_for_translation(locale_en)
    translation.title = "Cookies and your privacy"
    translation.text = "We use necessary cookies, and others only with your consent."
    translation.save()
    return translation


@pytest.fixture
def analytics_tag(db):
    return ThirdPartyTag.objects.create(
        name="Readership counter",
        purpose="analytics",
        code="<script>window.readershipCounted = true;</script>",
        cookies="_rc, _rc_*",
    )


def decide(client, decision, language="th", next_url="/th/", **fields):
    data = {"decision": decision, "language": language, "next": next_url, **fields}
    return client.post(DECIDE, data)


def consent_cookie(response):
    return ConsentState.from_cookie(response.cookies[COOKIE].value)


def notice_of(soup_page):
    return soup_page.select_one("#consent-notice")


def in_thai(message):
    """A message as Thai readers and editors see it (the default language, also of the admin)."""
    with translation.override("th"):
        return str(message)


# --- The notice in every page ------------------------------------------------------------


def test_first_anonymous_visit_sets_no_cookie_and_stays_cacheable(client, notice, section, soup):
    for url in ("/th/", section.url, "/th/cookie-settings/", notice.privacy_policy.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, f"{url} set {list(response.cookies)}"
        assert "public" in response["Cache-Control"], url
        page = soup(response)
        shown = notice_of(page)
        assert shown is not None, url
        assert shown["data-policy-version"] == "1"
        assert "คุกกี้และความเป็นส่วนตัวของคุณ" in shown.get_text()


def test_the_page_is_the_same_for_every_reader(client, notice, section):
    """A shared cache may serve one reader's copy to all: nothing in it depends on the cookie."""
    first = client.get(section.url).content
    decide(client, "accept")
    assert client.cookies[COOKIE].value
    assert client.get(section.url).content == first


def test_notice_links_the_privacy_policy_and_offers_equal_choices(client, notice, soup):
    shown = notice_of(soup(client.get("/th/")))
    assert shown.select_one(f'a[href="{notice.privacy_policy.url}"]')
    form = shown.select_one("form")
    assert form["method"] == "post" and form["action"] == DECIDE
    accept = form.select_one('button[value="accept"]')
    decline = form.select_one('button[value="decline"]')
    # Equally prominent: the same element, class and type, side by side.
    assert accept["class"] == decline["class"] == ["consent-button"]
    assert accept.parent is decline.parent
    assert form.select_one('input[name="next"]')["value"] == "/th/"
    # Purposes are never pre-ticked; strictly necessary is on and cannot be switched off.
    assert not form.select_one('input[name="analytics"]').has_attr("checked")
    assert not form.select_one('input[name="marketing"]').has_attr("checked")
    necessary = form.select_one('input[id$="-necessary"]')
    assert necessary.has_attr("checked") and necessary.has_attr("disabled")


def test_english_pages_show_the_english_notice(client, english, soup):
    page = soup(client.get("/en/"))
    shown = notice_of(page)
    assert "Cookies and your privacy" in shown.get_text()
    assert shown.select_one('a[href="/en/privacy/"]'), shown
    assert shown.select_one('input[name="language"]')["value"] == "en"
    assert "คุกกี้" not in shown.get_text()


def test_without_a_notice_readers_still_get_one(client, home, soup):
    shown = notice_of(soup(client.get("/th/")))
    assert shown is not None
    assert shown["data-policy-version"] == "1"
    assert shown.select_one('button[value="decline"]')


def test_every_page_has_a_cookie_settings_link_in_its_footer(client, notice, section, soup):
    for url in ("/th/", section.url, "/th/search/?q=x", "/th/no-such-page/"):
        link = soup(client.get(url)).select_one(".site-footer a[data-consent-open]")
        assert link is not None, url
        assert link["href"].startswith("/th/cookie-settings/?next="), url


def test_head_hides_the_notice_for_decided_readers_before_the_first_paint(client, notice, soup):
    page = soup(client.get("/th/"))
    early = next(s for s in page.head.select("script") if "data-consent" in s.get_text())
    assert f'"{COOKIE}=version:1|"' in early.get_text()
    fallback = page.head.select_one("noscript link[rel=stylesheet]")
    assert fallback["href"] == "/consent/state.css?version=1"


# --- Deciding without JavaScript ---------------------------------------------------------


def test_accept_all_sets_the_cookie_records_it_and_goes_back(client, notice, section):
    response = decide(client, "accept", next_url=section.url)
    assert response.status_code == 303
    assert response["Location"] == section.url
    assert "private" in response["Cache-Control"]
    state = consent_cookie(response)
    assert (state.version, state.analytics, state.marketing) == (1, True, True)
    morsel = response.cookies[COOKIE]
    assert morsel["samesite"] == "Lax" and morsel["max-age"] == 180 * 24 * 60 * 60
    record = ConsentRecord.objects.get()
    assert record.consent_id == state.consent_id
    assert (record.decision, record.analytics, record.marketing) == ("accept", True, True)
    assert (record.policy_version, record.language) == (1, "th")


def test_decline_keeps_only_strictly_necessary(client, notice):
    response = decide(client, "decline", analytics="1", marketing="1")
    state = consent_cookie(response)
    assert (state.analytics, state.marketing) == (False, False)
    assert ConsentRecord.objects.get().decision == "decline"


def test_preferences_record_each_purpose(client, notice):
    response = decide(client, "custom", analytics="1")
    state = consent_cookie(response)
    assert (state.analytics, state.marketing) == (True, False)
    record = ConsentRecord.objects.get()
    assert (record.decision, record.analytics, record.marketing) == ("custom", True, False)


def test_changing_ones_mind_keeps_the_consent_id(client, notice):
    decide(client, "accept")
    decide(client, "decline")
    first, second = ConsentRecord.objects.order_by("pk")
    assert first.consent_id == second.consent_id
    assert (first.decision, second.decision) == ("accept", "decline")


def test_javascript_gets_json_instead_of_a_redirect(client, notice):
    response = client.post(
        DECIDE,
        {"decision": "custom", "marketing": "1", "language": "th", "next": "/th/"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200
    assert response.json() == {"version": 1, "analytics": False, "marketing": True}
    assert consent_cookie(response).marketing is True


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/th/",
        "/\\evil.example",
        "javascript:alert(1)",
        "http://testserver\x00.evil.example/",
        "/th/" + "x" * 3000,
        "",
    ],
)
def test_the_redirect_refuses_off_site_targets(client, notice, next_url):
    response = decide(client, "decline", next_url=next_url)
    assert response.status_code == 303
    assert response["Location"] == "/th/"
    # The choice itself is kept: refusing the target loses nothing.
    assert consent_cookie(response).analytics is False
    assert ConsentRecord.objects.count() == 1


def test_the_redirect_goes_home_in_the_notices_language(client, english):
    response = decide(client, "accept", language="en", next_url="https://evil.example/")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
    ],
)
def test_a_decision_posted_from_another_site_is_refused(client, notice, headers):
    data = {"decision": "accept", "language": "th", "next": "/th/"}
    response = client.post(DECIDE, data, headers=headers)
    assert response.status_code == 403
    assert COOKIE not in response.cookies
    assert not ConsentRecord.objects.exists()


def test_a_decision_posted_from_our_own_pages_is_accepted(client, notice):
    data = {"decision": "accept", "language": "th", "next": "/th/"}
    for headers in (
        {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
        {"Origin": "http://testserver"},
    ):
        assert client.post(DECIDE, data, headers=headers).status_code == 303


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"decision": "maybe", "language": "th"},
        {"decision": "accept", "language": "xx"},
        {"decision": "accept"},
        {"decision": "accept\x00", "language": "th"},
        {"decision": "a" * 100_000, "language": "th"},
    ],
)
def test_a_malformed_decision_is_a_clear_400(client, notice, data, soup):
    response = client.post(DECIDE, data)
    assert response.status_code == 400
    expected = in_thai(gettext_lazy("Your choice could not be read. Please choose again."))
    assert expected in soup(response).select_one("main").get_text()
    assert COOKIE not in response.cookies
    assert not ConsentRecord.objects.exists()


def test_only_posts_decide(client, notice):
    assert client.get(DECIDE).status_code == 405


def test_malformed_json_post_is_a_400_with_the_errors(client, notice):
    response = client.post(DECIDE, {"decision": "maybe"}, headers={"Accept": "application/json"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"decision", "language"}


# --- The per-reader stylesheet for readers without JavaScript ----------------------------


def test_state_css_hides_the_notice_once_the_reader_has_decided(client, notice):
    assert client.get("/consent/state.css?version=1").content == b""
    decide(client, "custom", analytics="1")
    response = client.get("/consent/state.css?version=1")
    assert response["Content-Type"].startswith("text/css")
    assert b".consent-notice{display:none}" in response.content
    assert b'[data-consent-current="analytics:1|marketing:0"]' in response.content
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("version", ["", "x", "-1", "1.5", "١", "9" * 20])
def test_state_css_refuses_a_malformed_version(client, notice, version):
    response = client.get("/consent/state.css", {"version": version})
    assert response.status_code == 400


def test_a_malformed_cookie_counts_as_undecided(client, notice):
    client.cookies[COOKIE] = "version:1|analytics:1|marketing:1|id:not-a-uuid"
    assert client.get("/consent/state.css?version=1").content == b""
    response = decide(client, "accept")
    assert consent_cookie(response) is not None


# --- Raising the policy version ----------------------------------------------------------


def test_a_version_bump_asks_every_reader_again(client, notice, soup):
    decide(client, "accept")
    assert b"display:none" in client.get("/consent/state.css?version=1").content

    notice.policy_version = 2
    notice.save()  # as the admin does; the cached notice is dropped

    page = soup(client.get("/th/"))
    assert notice_of(page)["data-policy-version"] == "2"
    assert page.head.select_one("noscript link")["href"] == "/consent/state.css?version=2"
    assert client.get("/consent/state.css?version=2").content == b""

    response = decide(client, "decline")
    assert consent_cookie(response).version == 2
    assert ConsentRecord.objects.order_by("-pk").first().policy_version == 2


def test_editing_the_notice_text_shows_at_once(client, notice):
    client.get("/th/")  # cached
    notice.text = "ข้อความใหม่เรื่องคุกกี้"
    notice.save()
    assert "ข้อความใหม่เรื่องคุกกี้" in client.get("/th/").content.decode()


# --- The cookie-settings page ------------------------------------------------------------


def test_cookie_settings_page_offers_the_choices_and_goes_back(client, notice, section, soup):
    response = client.get("/th/cookie-settings/", {"next": section.url})
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    form = soup(response).select_one("main form[data-consent-form]")
    assert form.select_one('input[name="next"]')["value"] == section.url
    assert form.select_one("details").has_attr("open")
    for value in ("accept", "decline", "custom"):
        assert form.select_one(f'button[value="{value}"]'), value


def test_cookie_settings_page_drops_an_off_site_next(client, notice, soup):
    response = client.get("/th/cookie-settings/", {"next": "https://evil.example/"})
    form = soup(response).select_one("main form[data-consent-form]")
    assert form.select_one('input[name="next"]')["value"] == "/th/cookie-settings/"


# --- Nothing non-essential before consent ------------------------------------------------


def test_declared_code_is_inert_in_the_page(client, notice, analytics_tag, soup):
    page = soup(client.get("/th/"))
    template = page.select_one("template[data-consent-tag]")
    assert template["data-consent-purpose"] == "analytics"
    assert template["data-consent-cookies"] == "_rc,_rc_*"
    assert "readershipCounted" in template.decode_contents()
    live_scripts = [s for s in page.select("script") if not s.find_parent("template")]
    assert not any("readershipCounted" in s.get_text() for s in live_scripts)
    assert not page.select("template[data-consent-google]")


def test_a_disabled_tag_is_not_in_the_page(client, notice, analytics_tag):
    analytics_tag.enabled = False
    analytics_tag.save()
    assert b"readershipCounted" not in client.get("/th/").content


def test_google_tags_are_marked_for_consent_mode(client, notice, soup):
    ThirdPartyTag.objects.create(
        name="Google Analytics",
        purpose="analytics",
        code='<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>',
    )
    assert soup(client.get("/th/")).select_one("template[data-consent-google]")


def test_code_that_would_escape_its_template_is_refused(db):
    tag = ThirdPartyTag(name="Bad", purpose="marketing", code="</TEMPLATE ><script>x()</script>")
    with pytest.raises(ValidationError) as error:
        tag.full_clean()
    assert "code" in error.value.message_dict


def test_embeds_wait_for_consent_with_a_plain_link(client, notice, make_article, soup):
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/consent-test" title="A video"></iframe>',
        provider_name="YouTube",
    )
    article = make_article(body=[("embed", {"url": VIDEO_URL, "caption": "วิดีโอ"})])
    figure = soup(client.get(article.url)).select_one("figure.embed")
    gate = figure.select_one("[data-consent-embed]")
    template = gate.select_one("template[data-consent-purpose=marketing]")
    assert "youtube.com/embed" in template.decode_contents()
    assert [i for i in figure.select("iframe") if not i.find_parent("template")] == []
    assert gate.select_one(f'a[href="{VIDEO_URL}"]')
    assert "www.youtube.com" in gate.get_text()
    assert gate.select_one("button[data-consent-load]").has_attr("hidden")  # shown by JS


def test_an_embed_that_could_escape_its_template_is_only_a_link(client, notice, make_article, soup):
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="rich",
        html="</template><script>track()</script>",
    )
    article = make_article(body=[("embed", {"url": VIDEO_URL, "caption": ""})])
    figure = soup(client.get(article.url)).select_one("figure.embed")
    assert "track()" not in figure.decode()
    assert figure.select_one(f'a[href="{VIDEO_URL}"]')


# --- Editors ----------------------------------------------------------------------------


def test_editors_edit_the_notice_in_the_admin(admin_client, notice, client):
    url = f"/admin/snippets/consent/consentnotice/edit/{notice.pk}/"
    data = {
        "title": "คุกกี้บนเว็บไซต์ของเรา",
        "text": "ข้อความที่แก้แล้ว",
        "privacy_policy": notice.privacy_policy_id,
        "analytics_description": "นับผู้อ่าน",
        "marketing_description": "วิดีโอ",
        "policy_version": "3",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    notice.refresh_from_db()
    assert (notice.title, notice.policy_version) == ("คุกกี้บนเว็บไซต์ของเรา", 3)
    assert Revision.objects.for_instance(notice).count() == 1
    assert 'data-policy-version="3"' in client.get("/th/").content.decode()


def test_one_notice_per_language(admin_client, notice, soup):
    data = {
        "title": "อีกอัน",
        "text": "ข้อความ",
        "analytics_description": "a",
        "marketing_description": "m",
        "policy_version": "1",
    }
    response = admin_client.post("/admin/snippets/consent/consentnotice/add/?locale=th", data)
    assert response.status_code == 200
    expected = gettext_lazy("This language already has a consent notice. Edit that one instead.")
    assert in_thai(expected) in response.content.decode()
    assert ConsentNotice.objects.count() == 1


def test_a_policy_version_must_be_a_whole_number(admin_client, notice):
    url = f"/admin/snippets/consent/consentnotice/edit/{notice.pk}/"
    for bad in ("0", "two", "1.5", "-3", ""):
        data = {
            "title": "t",
            "text": "x",
            "analytics_description": "a",
            "marketing_description": "m",
            "policy_version": bad,
        }
        assert admin_client.post(url, data).status_code == 200, bad
    notice.refresh_from_db()
    assert notice.policy_version == 1


def test_editors_declare_a_tag_and_a_template_closing_tag_is_a_form_error(admin_client):
    url = "/admin/snippets/consent/thirdpartytag/add/"
    bad = {"name": "X", "purpose": "analytics", "code": "</template><script>x()</script>"}
    response = admin_client.post(url, bad)
    assert response.status_code == 200
    expected = gettext_lazy("The code may not contain '</template>': it would run before consent.")
    assert escape(in_thai(expected)) in response.content.decode()
    good = {**bad, "code": "<script>x()</script>", "enabled": "on"}
    assert admin_client.post(url, good).status_code == 302
    assert ThirdPartyTag.objects.get().purpose == "analytics"


# --- Records, the log and retention ------------------------------------------------------


def make_records(**counts):
    now = timezone.now()
    for decision, number in counts.items():
        for _ in range(number):
            ConsentRecord.objects.create(
                consent_id=uuid.uuid4(),
                decision=decision,
                analytics=decision == "accept",
                marketing=decision == "accept",
                policy_version=1,
                language="th",
                created_at=now,
            )


def test_the_log_counts_each_choice(admin_client, db, soup):
    make_records(accept=3, decline=2, custom=1)
    response = admin_client.get("/admin/consent_log/")
    assert response.status_code == 200
    counts = log_counts(soup(response))
    assert counts[in_thai(Decision.ACCEPT_ALL.label)] == "3"
    assert counts[in_thai(Decision.DECLINE.label)] == "2"
    assert counts[in_thai(Decision.CUSTOM.label)] == "1"
    assert counts[in_thai(gettext_lazy("All decisions"))] == "6"
    filtered = soup(admin_client.get("/admin/consent_log/", {"decision": "decline"}))
    assert log_counts(filtered)[in_thai(gettext_lazy("All decisions"))] == "2"


def log_counts(page):
    """{label: count} from the summary table above the log."""
    table = page.select_one("table[aria-label]")
    return {
        row.select("td")[0].get_text(strip=True): row.select("td")[1].get_text(strip=True)
        for row in table.select("tbody tr")
    }


def test_the_log_exports_csv(admin_client, client, notice):
    decide(client, "custom", analytics="1")
    response = admin_client.get("/admin/consent_log/", {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert "consent-log-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header, (row,) = rows[0], rows[1:]
    fields = ["consent_id", "created_at", "decision", "analytics", "marketing"]
    fields += ["policy_version", "language"]
    assert header == [
        capfirst(in_thai(ConsentRecord._meta.get_field(name).verbose_name)) for name in fields
    ]
    record = ConsentRecord.objects.get()
    assert row[0] == str(record.consent_id)
    assert row[2:] == ["custom", "True", "False", "1", "th"]


def test_records_hold_no_ip_address_or_user_agent(db):
    fields = {field.name for field in ConsentRecord._meta.get_fields()}
    assert fields == {
        "id",
        "consent_id",
        "decision",
        "analytics",
        "marketing",
        "policy_version",
        "language",
        "created_at",
    }


def test_the_log_needs_its_permission(client, django_user_model, db):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get("/admin/consent_log/")
    assert response.status_code in (302, 403)
    assert b"consent_log" not in client.get("/admin/").content

    editor.user_permissions.add(Permission.objects.get(codename="view_consentrecord"))
    assert client.get("/admin/consent_log/").status_code == 200


@override_settings(CONSENT_RECORD_RETENTION_DAYS=30)
def test_retention_command_deletes_records_past_the_retention_period(db):
    make_records(accept=2)
    old = ConsentRecord.objects.first()
    ConsentRecord.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))

    out = io.StringIO()
    call_command("purge_consent_records", "--dry-run", stdout=out)
    assert "1" in out.getvalue() and ConsentRecord.objects.count() == 2

    call_command("purge_consent_records", stdout=io.StringIO())
    assert list(ConsentRecord.objects.all()) == [ConsentRecord.objects.exclude(pk=old.pk).get()]


@override_settings(CONSENT_RECORD_RETENTION_DAYS=30)
def test_a_retention_shorter_than_the_cookie_is_flagged(db):
    from consent.checks import check_consent_settings

    assert [issue.id for issue in check_consent_settings(None)] == ["consent.W001"]


# --- The privacy policy ------------------------------------------------------------------


def test_privacy_policy_lists_declared_services(client, policy, analytics_tag, soup):
    page = soup(client.get(policy.url))
    assert page.select_one("h1").get_text() == "นโยบายความเป็นส่วนตัว"
    row = page.select_one("table.consent-tags tbody tr")
    assert "Readership counter" in row.get_text() and "_rc, _rc_*" in row.get_text()


def test_demo_consent_content_in_thai_and_english_runs_twice_unchanged(home, locale_en):
    home.copy_for_translation(locale_en).save_revision().publish()
    ensure_demo_consent(lambda line: None)
    counts = (PrivacyPolicyPage.objects.count(), ConsentNotice.objects.count())
    ensure_demo_consent(lambda line: None)
    assert (PrivacyPolicyPage.objects.count(), ConsentNotice.objects.count()) == counts == (2, 2)
    thai, english = (
        PrivacyPolicyPage.objects.get(locale__language_code=code) for code in ("th", "en")
    )
    assert thai.translation_key == english.translation_key and thai.live and english.live
    assert english.title == "Privacy policy"
    notice = ConsentNotice.objects.get(locale__language_code="en")
    assert notice.title == "Cookies and your privacy"
    with translation.override("en"):
        assert notice.privacy_policy.localized.pk == english.pk


def test_the_notice_adds_no_queries_once_cached(client, notice, analytics_tag):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/th/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/th/")
    consent_tables = [q["sql"] for q in queries if "consent_" in q["sql"]]
    assert consent_tables == []


def test_translators_translate_the_notice_with_wagtail_localize(
    admin_client, client, notice, home, policy, locale_en, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import StringTranslation, Translation

    for page in (home, policy):
        page.copy_for_translation(locale_en).save_revision().publish()
    english_text = {
        notice.title: "Cookies and your privacy",
        notice.text: "We use necessary cookies, and others only with your consent.",
    }
    url = f"/admin/localize/submit/snippet/consent/consentnotice/{notice.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(url, {"locales": [locale_en.pk]}).status_code == 302
        translation = Translation.objects.get(
            source__object_id=notice.translation_key, target_locale=locale_en
        )
        for segment in translation.source.stringsegment_set.select_related("string", "context"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale_en,
                context=segment.context,
                data=english_text.get(segment.string.data, segment.string.data),
            )
        translation.save_target(publish=True)

    english = ConsentNotice.objects.get(locale=locale_en)
    assert english.title == "Cookies and your privacy"
    assert english.policy_version == notice.policy_version
    assert "Cookies and your privacy" in client.get("/en/").content.decode()

    # Raising the version in the source and syncing carries it to the translation.
    notice.policy_version = 2
    notice.save()
    with django_capture_on_commit_callbacks(execute=True):
        translation.source.update_from_db()
        translation.save_target(publish=True)
    english.refresh_from_db()
    assert english.policy_version == 2
    assert 'data-policy-version="2"' in client.get("/en/").content.decode()


def test_the_cookie_settings_link_on_its_own_page_does_not_nest(client, notice, soup):
    url = "/th/cookie-settings/?next=%2Fth%2F"
    link = soup(client.get(url)).select_one(".site-footer a[data-consent-open]")
    assert link["href"] == url


def test_the_admin_lists_notices_and_tags(admin_client, notice, analytics_tag):
    for url in (
        "/admin/snippets/consent/consentnotice/",
        "/admin/snippets/consent/thirdpartytag/",
        "/admin/snippets/consent/thirdpartytag/add/",
        "/admin/consent_log/",
    ):
        assert admin_client.get(url).status_code == 200, url


def test_a_post_too_large_to_read_is_a_400(client, notice):
    data = {"decision": "accept", "language": "th", "next": "/th/" + "x" * 3_000_000}
    response = client.post(DECIDE, data)
    assert response.status_code == 400
    assert not ConsentRecord.objects.exists()
