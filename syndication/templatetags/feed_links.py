"""
`{% feed_links %}` in base.html's <head>: the RSS and Atom feeds a feed
reader finds from any page, the language's feeds everywhere and, on a
section or an article, that section's feeds too.
"""

from django import template
from django.urls import reverse

from home.site_settings import SiteIdentity
from news.models import ArticlePage, SectionPage

register = template.Library()


@register.inclusion_tag("syndication/feed_links.html", takes_context=True)
def feed_links(context):
    name = SiteIdentity.for_request(context["request"]).name
    feeds = [
        {"title": name, "rss": reverse("syndication:rss"), "atom": reverse("syndication:atom")}
    ]
    section = section_of(context)
    if section is not None:
        kwargs = {"section_slug": section.slug}
        feeds.append(
            {
                "title": f"{name}: {section.title}",
                "rss": reverse("syndication:section_rss", kwargs=kwargs),
                "atom": reverse("syndication:section_atom", kwargs=kwargs),
            }
        )
    return {"feeds": feeds}


def section_of(context):
    page = context.get("page")
    if isinstance(page, SectionPage):
        return page
    if isinstance(page, ArticlePage):
        return context.get("section")
    return None
