"""
The chrome around every public page: masthead, section navigation, language
switch and footer. Built once per request and shared by header and footer;
the homes and sections come from the cached navigation (home/navigation.py).
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from home.navigation import navigation_for

register = template.Library()


@register.inclusion_tag("includes/header.html", takes_context=True)
def site_header(context):
    return chrome_for(context)


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    return chrome_for(context)


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
