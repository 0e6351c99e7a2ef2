"""
`{% feed_links %}` in base.html's <head>: the RSS and Atom feeds a feed
reader finds from any page, the language's feeds everywhere and, on a
section or an article, that section's feeds too.
"""

from django import template
from django.urls import reverse

from home.site_settings import SiteIdentity
from news.models import ArticlePage, SectionPage
from web.chrome_fragments import fill, fragment

register = template.Library()


@register.simple_tag(takes_context=True)
def feed_links(context):
    """Rendered once per name, section and language (web/chrome_fragments.py)."""
    name = SiteIdentity.for_request(context["request"]).name
    section = section_of(context)
    key = (name, None, None) if section is None else (name, section.slug, section.title)
    return fill(fragment("syndication/feed_links.html", key, lambda: {"feeds": feeds(*key)}))


def feeds(name, section_slug, section_title):
    found = [
        {"title": name, "rss": reverse("syndication:rss"), "atom": reverse("syndication:atom")}
    ]
    if section_slug is not None:
        kwargs = {"section_slug": section_slug}
        found.append(
            {
                "title": f"{name}: {section_title}",
                "rss": reverse("syndication:section_rss", kwargs=kwargs),
                "atom": reverse("syndication:section_atom", kwargs=kwargs),
            }
        )
    return found


def section_of(context):
    page = context.get("page")
    if isinstance(page, SectionPage):
        return page
    if isinstance(page, ArticlePage):
        return context.get("section")
    return None
