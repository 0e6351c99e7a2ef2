"""
The chrome around every public page: masthead, section navigation, language
switch and footer. Built once per request and shared by header and footer.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from home.models import HomePage

register = template.Library()


@register.inclusion_tag("includes/header.html", takes_context=True)
def site_header(context):
    return chrome_for(context)


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    return chrome_for(context)


def chrome_for(context):
    request = context["request"]
    if not hasattr(request, "site_chrome"):
        request.site_chrome = build_chrome(request, context.get("page"))
    return request.site_chrome


def build_chrome(request, page):
    homes = homes_by_language(request)
    home = homes.get(get_language())
    sections = list(home.sections()) if home else []
    return {
        "request": request,
        "home": home,
        "sections": sections,
        "current_section_id": current_section_id(page, sections),
        "language_links": language_links(request, page, homes),
    }


def homes_by_language(request):
    """The live home page of each language of this site, keyed by language code."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root_keys = Page.objects.filter(sites_rooted_here=site).values("translation_key")
    homes = HomePage.objects.live().filter(translation_key__in=root_keys).select_related("locale")
    return {home.locale.language_code: home for home in homes}


def current_section_id(page, sections):
    """The section the current page is, or belongs to, for aria-current."""
    if page is None:
        return None
    for section in sections:
        if page.path.startswith(section.path):
            return section.pk
    return None


def language_links(request, page, homes):
    """
    One link per language: to the translation of the current page when there
    is a live one, else to that language's home page.
    """
    translations = {}
    if page is not None:
        live = Page.objects.live().filter(translation_key=page.translation_key)
        translations = {p.locale.language_code: p for p in live.select_related("locale")}
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": target.get_url(request),
                "is_current": code == current,
                "is_translation": code in translations,
            }
        )
    return links
