"""
Editors and translators of the consent notice: editing it and its policy
version in the admin, one notice per language, declaring third-party tags,
translating the notice with wagtail-localize (the version follows), and the
demo's consent content in Thai and English.
"""

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy
from wagtail.models import Revision

from consent.models import ConsentNotice, PrivacyPolicyPage, ThirdPartyTag
from demo.consent import ensure_demo_consent
from tests.consent_helpers import in_thai

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


def test_the_admin_lists_notices_and_tags(admin_client, notice, analytics_tag):
    for url in (
        "/admin/snippets/consent/consentnotice/",
        "/admin/snippets/consent/thirdpartytag/",
        "/admin/snippets/consent/thirdpartytag/add/",
        "/admin/consent_log/",
    ):
        assert admin_client.get(url).status_code == 200, url


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
