"""
The chrome around every public page: masthead, section navigation, language
switch and footer. Built once per request and shared by header and footer;
the homes and sections come from the cached navigation (home/navigation.py).
The masthead's and footer's HTML is rendered once per name, navigation,
current section (year, for the footer) and language (web/chrome_fragments.py),
and what is the page's own (the language switch, the next= address, the
cookie-settings link) is filled in per request.
"""

from urllib.parse import quote
from zoneinfo import ZoneInfo

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from home.navigation import navigation_for
from home.site_settings import SiteIdentity
from news import render_cache
from web.chrome_fragments import fill, fragment, marker

register = template.Library()

# One language of the masthead's switch, as the template's loop wrote it.
LANGUAGE_LINK = '\n        <li><a href="{}" hreflang="{}" lang="{}"{}>{}</a></li>\n      '
CURRENT_LANGUAGE = mark_safe(' aria-current="true"')  # noqa: S308 - a constant


@register.simple_tag(takes_context=True)
def site_header(context):
    """
    The masthead, rendered once per name, navigation and current section
    (web/chrome_fragments.py); the language switch and the address to come
    back to after logging in are this page's.
    """
    chrome = chrome_for(context)
    request = chrome["request"]
    identity = {"name": SiteIdentity.for_request(request).name}
    sections, current = chrome["sections"], chrome["current_section_id"]
    key = (identity["name"], chrome["home"], sections, current)
    parts = fragment(
        "includes/header.html",
        key,
        {
            "identity": identity,
            "home": chrome["home"],
            "sections": sections,
            "current_section_id": current,
            "language_switch": marker("language_switch"),
            "next_path": marker("next_path"),
        },
    )
    return fill(
        parts,
        language_switch=language_switch(chrome["language_links"]),
        next_path=quote(request.path),  # as the urlencode filter did
    )


def language_switch(links):
    return format_html_join(
        "",
        LANGUAGE_LINK,
        (
            (
                link["url"],
                link["code"],
                link["code"],
                CURRENT_LANGUAGE if link["is_current"] else "",
                link["name"],
            )
            for link in links
        ),
    )


@register.simple_tag(takes_context=True)
def site_footer(context, consent_link=""):
    """
    The footer, rendered once per name, contact, navigation and year;
    `consent_link` ({% consent_settings_link %}, which comes back to this
    page) is filled in per page.
    """
    chrome = chrome_for(context)
    found = SiteIdentity.for_request(chrome["request"])
    identity = {"name": found.name, "contact_email": found.contact_email}
    key = (identity["name"], identity["contact_email"], chrome["sections"], this_year())
    parts = fragment(
        "includes/footer.html",
        key,
        {"identity": identity, "sections": chrome["sections"], "consent_link": marker("link")},
    )
    return fill(parts, link=consent_link)


def this_year():
    """The year in the site's time zone, where {% current_year %} counts it."""
    return timezone.localtime(timezone.now(), ZoneInfo(settings.TIME_ZONE)).year


@register.inclusion_tag("includes/alternates.html", takes_context=True)
def language_alternates(context):
    """<link rel="alternate" hreflang> for each live translation, plus x-default."""
    chrome = chrome_for(context)
    request = chrome["request"]
    translations = [link for link in chrome["language_links"] if link["is_translation"]]
    by_code = {link["code"]: link for link in translations}
    default = by_code.get(settings.LANGUAGE_CODE) or by_code.get(get_language())
    return {
        "alternates": [
            {"code": link["code"], "href": request.build_absolute_uri(link["url"])}
            for link in translations
        ],
        "x_default": request.build_absolute_uri(default["url"]) if default else None,
    }


def once_per_request(request, name, build):
    """
    `build(request)`, kept on the request as `name`: the <head>, header,
    notice and footer tags of one page all ask for the same chrome, and it is
    built the first time only. Every app's chrome goes through here.
    """
    if not hasattr(request, name):
        setattr(request, name, build(request))
    return getattr(request, name)


def chrome_for(context):
    """Masthead, navigation and language links for the page being rendered."""
    return once_per_request(
        context["request"],
        "site_chrome",
        lambda request: build_chrome(request, context.get("page")),
    )


def build_chrome(request, page):
    navigation = navigation_for(Site.find_for_request(request), request)
    home, sections = navigation.get(get_language(), (None, ()))
    return {
        "request": request,
        "home": home,
        "sections": sections,
        "current_section_id": current_section_id(page, sections),
        "language_links": language_links(request, page, navigation),
    }


def current_section_id(page, sections):
    """The section the current page is, or belongs to, for aria-current."""
    if page is None:
        return None
    for section in sections:
        if page.path.startswith(section.path):
            return section.pk
    return None


def language_links(request, page, navigation):
    """
    One link per language: to the translation of the current page when there
    is a live one, else to that language's home page. Views that are not
    Wagtail pages (search) link to the same view in the other language.
    """
    urls = navigation_translation_urls(page, navigation) or translation_urls(request, page)
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = urls.get(code) or (navigation[code].home.url if code in navigation else None)
        if url is None:
            continue
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "is_current": code == current,
                "is_translation": code in urls,
            }
        )
    return links


def navigation_translation_urls(page, navigation):
    """
    For a home or menu section (the front and section pages), the URLs of its
    translations in the cached navigation, with no query; else {}.
    """
    linked = nav_pages(navigation)
    if page is None or page.pk not in {nav_page.pk for _code, nav_page in linked}:
        return {}
    key = str(page.translation_key)
    return {code: nav_page.url for code, nav_page in linked if nav_page.translation_key == key}


def nav_pages(navigation):
    """(language code, NavPage) for every home and menu section of the navigation."""
    return [(code, p) for code, (home, sections) in navigation.items() for p in (home, *sections)]


def translation_urls(request, page):
    """URL of the current page (or view) in each language it exists in."""
    if page is None:
        return view_translation_urls(request)
    if getattr(page, "is_story", False):
        # Kept with the story's live revision: a translation published,
        # unpublished, moved or deleted is a story's change (news/render_cache.py).
        compute = lambda: live_translation_urls(request, page)  # noqa: E731
        return render_cache.for_live_revision("translations", page, request, compute)
    return live_translation_urls(request, page)


def live_translation_urls(request, page):
    live = Page.objects.live().filter(translation_key=page.translation_key)
    return {p.locale.language_code: p.get_url(request) for p in live.select_related("locale")}


def view_translation_urls(request):
    """
    For our own views (search) and the home page's archive routes
    (home/archives.py), the same address and query in each language.
    Wagtail's catch-all pattern matches any path, so another page that was not
    found or failed gets no translations: the switch leads to the other home page.
    """
    match = request.resolver_match
    archive_route = getattr(request, "routable_resolver_match", None)
    if match is None or (match.url_name == "wagtail_serve" and archive_route is None):
        return {}
    path = request.get_full_path()
    return {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
