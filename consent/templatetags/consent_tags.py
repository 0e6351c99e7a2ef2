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

The head and the notice are rendered once per notice, tags and language
(web/chrome_fragments.py); the notice's next= address is filled per page.
"""

from urllib.parse import urlencode, urlsplit

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext as _

from consent.models import TEMPLATE_END_TAG, Purpose
from consent.notice import consent_chrome_for
from consent.tag_sources import sources_of_tags
from home.templatetags.site_chrome import once_per_request
from web.chrome_fragments import fill, fragment, marker, url_for
from web.content_policy import allow_on_this_page

register = template.Library()

SETTINGS_LINK = '<a class="consent-settings-link" href="{}" data-consent-open>{}</a>'


def consent_chrome(context):
    """The notice and tags, looked up once per request like the rest of the chrome."""
    return once_per_request(context["request"], "consent_chrome", consent_chrome_for)


@register.simple_tag(takes_context=True)
def consent_head(context):
    """The same for every page of a language and policy version: rendered once for them."""
    notice = consent_chrome(context).notice
    parts = fragment(
        "consent/includes/head.html",
        (notice.policy_version, settings.CONSENT_COOKIE_NAME),
        {"notice": notice, "cookie_name": settings.CONSENT_COOKIE_NAME},
    )
    return fill(parts)


@register.simple_tag(takes_context=True)
def consent_notice(context):
    """
    The notice and the declared tags, which this page's policy then lets run
    (by hash). Rendered once per notice, tags and language; only the address
    the choices come back to is this page's.
    """
    request = context["request"]
    chrome = consent_chrome(context)
    allow_on_this_page(request, sources_of_tags(chrome.tags))
    parts = fragment(
        "consent/includes/notice.html",
        (chrome, settings.CONSENT_COOKIE_NAME),
        {
            "request": request,
            "notice": chrome.notice,
            "tags": chrome.tags,
            "cookie_name": settings.CONSENT_COOKIE_NAME,
            "next": marker("next"),
        },
    )
    return fill(parts, next=request.get_full_path())


@register.simple_tag(takes_context=True)
def consent_settings_link(context):
    """
    To the cookie-settings page, which sends the reader back here (there: to
    itself). A string, not a template: the footer takes it as
    `{% consent_settings_link as consent_link %}` on every page.
    """
    request = context["request"]
    here = request.get_full_path()
    match = request.resolver_match
    if match is None or match.url_name != "consent_preferences":
        here = f"{url_for('consent_preferences')}?{urlencode({'next': here})}"
    return format_html(SETTINGS_LINK, here, _("Cookie settings"))


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
