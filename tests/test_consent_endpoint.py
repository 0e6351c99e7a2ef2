"""
Deciding without JavaScript (the consent endpoint): accept, decline and
preferences set the cookie, record the choice and redirect back, only ever
to our own pages; decisions from other sites and malformed or oversized
posts are refused with a clear 4xx; JavaScript gets JSON instead; and the
per-reader stylesheet hides the notice once a reader has decided.
"""

import pytest
from django.utils.translation import gettext_lazy

from consent.models import ConsentRecord
from tests.consent_helpers import COOKIE, DECIDE, consent_cookie, decide, in_thai

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


def test_the_redirect_goes_home_in_the_notices_language(client, english_notice):
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


def test_a_post_too_large_to_read_is_a_400(client, notice):
    data = {"decision": "accept", "language": "th", "next": "/th/" + "x" * 3_000_000}
    response = client.post(DECIDE, data)
    assert response.status_code == 400
    assert not ConsentRecord.objects.exists()
