"""
Shared by the consent test modules (test_consent_*.py): a published privacy
policy, the Thai consent notice (policy version 1) and its English
translation, a declared analytics tag, and helpers to decide through the
no-JavaScript endpoint and read the cookie it sets.

The fixtures are registered for the whole suite by tests/conftest.py
(``pytest_plugins``), so the split modules share them without importing.
"""

import pytest
from django.utils import timezone, translation

from consent.cookie import ConsentState
from consent.models import ConsentNotice, PrivacyPolicyPage, ThirdPartyTag

COOKIE = "nwd_consent"
DECIDE = "/consent/"


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
def english_notice(home, policy, notice, locale_en):
    """English home page, privacy page and notice, translated from the Thai ones."""
    for page in (home, policy):
        page.copy_for_translation(locale_en).save_revision().publish()
    english = notice.copy_for_translation(locale_en)
    english.title = "Cookies and your privacy"
    english.text = "We use necessary cookies, and others only with your consent."
    english.save()
    return english


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
