"""
The chrome of every public page (masthead, footer, consent notice, feed
links, view count, comments placeholder) is rendered once and then reused
(web/chrome_fragments.py): a warm page renders none of those templates, the
per-page parts still follow the page, and what editors change still shows at
once, because the cached HTML is keyed by the values it is made from.
"""

import datetime
from unittest import mock

from django.test.signals import template_rendered
from django.utils import timezone
from wagtail.models import Site

from home.site_settings import SiteIdentity
from web.chrome_fragments import fill, forget_all, marker, split

CHROME_TEMPLATES = {
    "includes/header.html",
    "includes/footer.html",
    "consent/includes/head.html",
    "consent/includes/notice.html",
    "consent/includes/choices_form.html",
    "syndication/feed_links.html",
    "analytics/includes/view_count.html",
    "comments/includes/placeholder.html",
}


def templates_rendered(client, url):
    names = []

    def record(sender, template, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    try:
        assert client.get(url).status_code == 200
    finally:
        template_rendered.disconnect(record)
    return set(names)


def test_a_warm_page_renders_none_of_the_chrome_templates(client, make_article):
    forget_all()  # an earlier test in this process may have rendered the same chrome
    article = make_article()
    first = templates_rendered(client, article.url)
    assert first >= CHROME_TEMPLATES, "the first article renders them all"

    assert not CHROME_TEMPLATES & templates_rendered(client, article.url)
    assert not CHROME_TEMPLATES & templates_rendered(client, make_article().url)


def test_the_per_page_parts_follow_each_page(client, soup, section, make_article):
    article = make_article()
    for url in ("/th/", section.url, article.url, "/th/", article.url):
        page = soup(client.get(url))
        login = page.select_one(".masthead__account")
        assert login["href"].endswith(f"?next={url}")
        assert page.select_one("#consent-notice input[name=next]")["value"] == url
        settings_link = page.select_one(".site-footer__consent a")["href"]
        assert settings_link.endswith("?next=" + url.replace("/", "%2F"))
        current = page.select(".section-nav a[aria-current]")
        assert [a["href"] for a in current] == ([] if url == "/th/" else [section.url])


def test_the_view_count_and_comments_link_are_each_articles(client, soup, make_article):
    first, second = make_article(), make_article()
    for article in (first, second, first):
        page = soup(client.get(article.url))
        beacon = page.select_one(".view-count")["data-view-beacon"]
        assert f"/{article.pk}/" in beacon
        comments = page.select_one("#comments")
        assert f"/{article.pk}/" in comments["data-comments-src"]


def test_a_new_name_reaches_masthead_footer_and_feed_links(client, soup, section):
    assert client.get(section.url).status_code == 200
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.name_th = "ข่าวค่ำ"
    identity.contact_email = "desk@example.com"
    identity.save()

    page = soup(client.get(section.url))
    assert page.select_one(".masthead__brand").text == "ข่าวค่ำ"
    assert page.select_one(".site-footer__name").text == "ข่าวค่ำ"
    assert page.select_one(".site-footer__contact a")["href"] == "mailto:desk@example.com"
    titles = [link["title"] for link in page.select("link[type='application/rss+xml']")]
    assert titles and all(title.startswith("ข่าวค่ำ") for title in titles)


def test_a_changed_notice_reaches_the_page(client, soup, notice):
    assert notice.text in client.get("/th/").content.decode()
    notice.text = "ข้อความใหม่เรื่องคุกกี้"
    notice.policy_version = 2
    notice.save()

    page = soup(client.get("/th/"))
    assert "ข้อความใหม่เรื่องคุกกี้" in page.select_one("#consent-notice").text
    assert page.select_one("#consent-notice")["data-policy-version"] == "2"
    assert "version:2|" in page.select_one("script[data-cookie-prefix]")["data-cookie-prefix"]


def test_the_footer_year_turns_with_the_calendar(client, soup, home):
    assert client.get("/th/").status_code == 200
    next_year = datetime.datetime(2031, 6, 1, tzinfo=datetime.UTC)
    with mock.patch.object(timezone, "now", return_value=next_year):
        footer = soup(client.get("/th/")).select_one(".site-footer__copyright").text
    assert "2574" in footer, "2031 in the Buddhist calendar"


def test_markers_are_filled_escaped_and_text_that_looks_like_one_is_left():
    parts = split(f"<a href='{marker('next')}'>\ue000next\ue000</a>")
    assert fill(parts, next="/th/?q=<b>") == "<a href='/th/?q=&lt;b&gt;'>\ue000next\ue000</a>"
