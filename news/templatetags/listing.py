"""Template helpers for listings: pagination links, teaser lists and pictures."""

from functools import partial

from django import template
from django.template.loader import get_template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Filter

from news import render_cache
from news.stories import TEASER_SPECS

register = template.Library()


@register.simple_tag
def teaser_list(listing, heading="h3"):
    """news/includes/teasers.html for `listed_stories`; a kept listing keeps it with its teasers."""
    context = {"teasers": listing.object_list, "heading": heading}
    render = partial(get_template("news/includes/teasers.html").render, context)
    if listing.kept_as is None:
        return mark_safe(render())  # noqa: S308 - the template escapes
    key, version = listing.kept_as
    return mark_safe(render_cache.kept(f"{key}:html:{heading}", version, render))  # noqa: S308


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current URL's query string with `page` set to `number`, other parameters kept."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


# Wagtail's `{% srcset_image %}` parses its filter specs and builds each
# <img> through flatatt on every call: about half of a teaser's cost. The
# filters here are parsed once per process, and the tag is written directly.
TEASER_FILTERS = {
    lead: [Filter(spec) for spec in specs]
    for lead, specs in ((False, TEASER_SPECS[:2]), (True, TEASER_SPECS[1:]))
}
TEASER_SIZES = {False: "(min-width: 60rem) 15rem, 100vw", True: "(min-width: 60rem) 40rem, 100vw"}


@register.simple_tag
def teaser_image(image, lead=False):
    """The teaser's picture at the widths of TEASER_FILTERS, as `{% srcset_image %}` writes it."""
    lead = bool(lead)
    renditions = list(image.get_renditions(*TEASER_FILTERS[lead]).values())
    first = renditions[0]
    return format_html(
        '<img alt="" class="teaser__image" height="{}" {}sizes="{}" src="{}" srcset="{}"'
        ' width="{}">',
        first.height,
        "" if lead else mark_safe('loading="lazy" '),  # noqa: S308 - a constant
        TEASER_SIZES[lead],
        first.url,
        ", ".join(f"{r.url} {r.width}w" for r in renditions),
        first.width,
    )
