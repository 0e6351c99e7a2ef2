"""
`{% site_identity as identity %}`: the requested site's identity (name, logo,
accounts, contact; home/site_settings.py), read once per request, for the
chrome and every template that names the publication: `{{ identity.name }}`
is the name in the page's language.
"""

from django import template

from home.site_settings import SiteIdentity

register = template.Library()


@register.simple_tag(takes_context=True)
def site_identity(context):
    """
    Without a request (an e-mail, or the 500 page, which must not depend on
    the database) the defaults: the name the project is installed under.
    """
    request = context.get("request")
    if request is None:
        return SiteIdentity()
    return SiteIdentity.for_request(request)
