"""
The consent pieces of every public page, the same HTML for every reader:

- ``{% consent_head %}`` in <head>: the stylesheet, a one-line script that
  hides the notice before the first paint for readers who have decided, and
  for readers without JavaScript the per-reader /consent/state.css.
- ``{% consent_notice %}`` early in <body>: the notice with its choices, the
  declared third-party code (inert until consent) and consent.js.
- ``{% consent_settings_link %}`` in the footer: reopens the choices.
- ``{% consent_choices_form %}``: the choices on the cookie-settings page.
- ``{% consent_embed url html %}``: an article embed behind click-to-load.
"""

from urllib.parse import urlencode, urlsplit

from django import template
from django.conf import settings
from django.urls import reverse

from consent.models import TEMPLATE_END_TAG, Purpose
from consent.notice import consent_chrome_for
from consent.tag_sources import sources_of_tags
from home.templatetags.site_chrome import once_per_request
from web.content_policy import allow_on_this_page

register = template.Library()


def consent_chrome(context):
    """The notice and tags, looked up once per request like the rest of the chrome."""
    return once_per_request(context["request"], "consent_chrome", consent_chrome_for)


@register.inclusion_tag("consent/includes/head.html", takes_context=True)
def consent_head(context):
    return {
        "notice": consent_chrome(context).notice,
        "cookie_name": settings.CONSENT_COOKIE_NAME,
    }


@register.inclusion_tag("consent/includes/notice.html", takes_context=True)
def consent_notice(context):
    """The notice and the declared tags, which this page's policy then lets run (by hash)."""
    chrome = consent_chrome(context)
    allow_on_this_page(context["request"], sources_of_tags(chrome.tags))
    return {
        "request": context["request"],
        "notice": chrome.notice,
        "tags": chrome.tags,
        "cookie_name": settings.CONSENT_COOKIE_NAME,
        "next": context["request"].get_full_path(),
    }


@register.inclusion_tag("consent/includes/settings_link.html", takes_context=True)
def consent_settings_link(context):
    """To the cookie-settings page, which sends the reader back here (there: to itself)."""
    request = context["request"]
    here = request.get_full_path()
    match = request.resolver_match
    if match is not None and match.url_name == "consent_preferences":
        return {"href": here}
    return {"href": f"{reverse('consent_preferences')}?{urlencode({'next': here})}"}


@register.inclusion_tag("consent/includes/choices_form.html", takes_context=True)
def consent_choices_form(context, next, prefix, expanded=False, summary=""):
    """`summary` labels the purposes' toggle; the notice's also opens its full text."""
    return {
        "notice": consent_chrome(context).notice,
        "next": next,
        "prefix": prefix,
        "expanded": expanded,
        "summary": summary,
    }


@register.inclusion_tag("consent/includes/current_choice.html")
def consent_current_choice():
    return {}


@register.inclusion_tag("consent/includes/embed_gate.html")
def consent_embed(url, html):
    # Provider HTML that could close our <template> early is not shown at
    # all: the reader gets the plain link instead of code that runs unasked.
    inert = not TEMPLATE_END_TAG.search(html)
    return {
        "url": url,
        "html": html if inert else "",
        "host": urlsplit(url).hostname or url,
        "purpose": Purpose.MARKETING,
    }
