"""`{% breaking_banner %}` in base.html: the site-wide banner (live/banner.py), or nothing."""

from django import template
from django.utils.translation import get_language

from live.banner import banner_for

register = template.Library()


@register.inclusion_tag("live/includes/breaking_banner.html")
def breaking_banner():
    found = banner_for(get_language())
    if found is None:
        return {}
    text, url, ends_at = found
    return {"banner": {"text": text, "url": url, "ends_at": ends_at}}
