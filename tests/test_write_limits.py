"""
Limits on anonymous writes (issue 14, items 7 and 8): consent records,
search statistics, password resets per address and per client, and a sign-up
that does not reveal who has an account. Each limit answers 429 with
Retry-After; the reset and sign-up links come from the configured address.
"""

import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.contrib.search_promotions.models import Query

from consent.cookie import issued_here
from consent.models import ConsentRecord
from tests.consent_helpers import COOKIE, consent_cookie, decide
from tests.readers import PASSWORD, make_reader
from web.rate_limits import RateLimit, retry_after

pytestmark = pytest.mark.django_db
User = get_user_model()


def sign_up(client, email, name="มานี"):
    data = {"display_name": name, "email": email, "password1": PASSWORD, "password2": PASSWORD}
    return client.post("/th/accounts/sign-up/", data)


# --- The counter itself ------------------------------------------------------------------


def test_a_window_lets_the_limit_through_then_says_how_long_to_wait():
    limit = RateLimit(count=3, seconds=60)
    # The window runs from 1,000,020 to 1,000,080.
    answers = [retry_after("t", "client", limit, now=1_000_040.5) for _ in range(4)]
    assert answers == [None, None, None, 40]
    assert retry_after("t", "other client", limit, now=1_000_040.5) is None
    assert retry_after("t", "client", limit, now=1_000_080.0) is None  # the next window


# --- Consent -----------------------------------------------------------------------------


def test_consent_posts_past_the_limit_are_429_and_store_nothing(client, notice, settings):
    settings.CONSENT_RATE_LIMIT = (5, 60)
    statuses = [decide(client, "accept").status_code for _ in range(8)]
    assert statuses == [303] * 5 + [429] * 3
    assert ConsentRecord.objects.count() == 5
    refused = client.post(
        "/consent/",
        {"decision": "decline", "language": "th", "next": "/th/"},
        HTTP_ACCEPT="application/json",
    )
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
    assert refused.json()["retry_after"] == int(refused["Retry-After"])


def test_a_consent_id_chosen_by_the_client_is_not_taken_over(client, notice):
    chosen = uuid.UUID("00000000000000000000000000000001")
    client.cookies[COOKIE] = f"version:1|analytics:1|marketing:1|id:{chosen.hex}"
    state = consent_cookie(decide(client, "decline"))
    assert state.consent_id != chosen and issued_here(state.consent_id)
    assert not ConsentRecord.objects.filter(consent_id=chosen).exists()
    # An id the server issued is kept, so a withdrawal is logged with its consent.
    again = consent_cookie(decide(client, "accept"))
    assert again.consent_id == state.consent_id


# --- Search statistics -------------------------------------------------------------------


def test_one_client_cannot_add_search_terms_without_end(client, article, settings):
    settings.SEARCH_LOG_NEW_TERMS_LIMIT = (3, 3600)
    settings.SEARCH_LOG_RATE_LIMIT = (100, 600)
    for n in range(10):
        assert client.get("/th/search/", {"q": f"term{n}"}).status_code == 200
    assert Query.objects.count() == 3


def test_searches_counted_per_client_are_bounded(client, article, settings):
    settings.SEARCH_LOG_RATE_LIMIT = (4, 600)
    for _ in range(10):
        client.get("/th/search/", {"q": "Article"})
    assert Query.objects.get().hits == 4
    other = client.get("/th/search/", {"q": "Article"}, REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 200
    assert Query.objects.get().hits == 5


# --- Password reset ----------------------------------------------------------------------


def test_password_resets_per_address_are_limited(client, settings):
    settings.PASSWORD_RESET_LIMIT_PER_EMAIL = (2, 3600)
    make_reader(email="dao@example.com")
    statuses = []
    for n in range(5):  # from five different clients
        response = client.post(
            "/th/accounts/password/reset/",
            {"email": "DAO@example.com"},
            REMOTE_ADDR=f"198.51.100.{n}",
        )
        statuses.append(response.status_code)
    assert statuses == [302, 302, 429, 429, 429]
    assert len(mail.outbox) == 2
    assert int(response["Retry-After"]) > 0


def test_password_resets_per_client_are_limited(client, settings):
    settings.PASSWORD_RESET_LIMIT_PER_CLIENT = (3, 3600)
    statuses = [
        client.post("/th/accounts/password/reset/", {"email": f"r{n}@example.com"}).status_code
        for n in range(5)
    ]
    assert statuses == [302, 302, 302, 429, 429]


def test_the_reset_link_comes_from_the_configured_address_not_the_host(client, settings):
    settings.PUBLIC_BASE_URL = "https://news.example"
    settings.ALLOWED_HOSTS = ["testserver", "evil.example"]
    make_reader(email="dao@example.com")
    client.post(
        "/th/accounts/password/reset/", {"email": "dao@example.com"}, HTTP_HOST="evil.example:8666"
    )
    body = mail.outbox[0].body
    assert "evil.example" not in body
    assert re.search(r"https://news\.example/th/accounts/password/reset/\S+/\S+/", body)


# --- Sign-up -----------------------------------------------------------------------------


def test_sign_up_answers_the_same_whether_the_address_has_an_account(client, home):
    make_reader(email="dao@example.com", name="ดาว")
    taken = sign_up(client, "Dao@Example.com", name="ดาวใหม่")
    fresh = sign_up(client, "new@example.com", name="คนใหม่")
    assert (taken.status_code, taken["Location"]) == (fresh.status_code, fresh["Location"])
    page_taken = client.get(taken["Location"]).content
    assert page_taken == client.get(fresh["Location"]).content
    assert b"already" not in page_taken
    # The owner is told by e-mail instead; the newcomer gets an activation link.
    to_owner, to_newcomer = mail.outbox
    assert to_owner.to == ["dao@example.com"] and "/th/accounts/login/" in to_owner.body
    assert to_newcomer.to == ["new@example.com"] and "/accounts/activate/" in to_newcomer.body
    assert User.objects.count() == 2


def test_a_new_account_waits_for_its_link_and_the_link_works_once(client, home, settings):
    settings.PUBLIC_BASE_URL = "https://news.example"
    sign_up(client, "new@example.com")
    user = User.objects.get(username="new@example.com")
    assert not user.is_active
    link = re.search(r"https://news\.example(/th/accounts/activate/\S+/)", mail.outbox[0].body)
    assert client.get(link.group(1)).status_code == 200  # a button: scanners activate nothing
    user.refresh_from_db()
    assert not user.is_active
    assert client.post(link.group(1)).status_code == 302
    user.refresh_from_db()
    assert user.is_active
    client.logout()
    assert client.post(link.group(1)).status_code == 400


def test_sign_ups_per_client_are_limited(client, home, settings):
    settings.SIGN_UP_RATE_LIMIT = (2, 3600)
    statuses = [sign_up(client, f"n{n}@example.com", name=f"ชื่อ {n}").status_code for n in range(4)]
    assert statuses == [302, 302, 429, 429]
    assert User.objects.count() == 2
