"""
Nothing non-essential before consent: declared third-party code and embeds
are sent as inert templates (never live scripts or iframes), code or embeds
that could break out of their template are refused or reduced to a link,
and the privacy policy lists the declared services.
"""

import pytest
from django.core.exceptions import ValidationError
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from consent.models import ThirdPartyTag

VIDEO_URL = "https://www.youtube.com/watch?v=consent-test"


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


# --- The privacy policy ------------------------------------------------------------------


def test_privacy_policy_lists_declared_services(client, policy, analytics_tag, soup):
    page = soup(client.get(policy.url))
    assert page.select_one("h1").get_text() == "นโยบายความเป็นส่วนตัว"
    row = page.select_one("table.consent-tags tbody tr")
    assert "Readership counter" in row.get_text() and "_rc, _rc_*" in row.get_text()
