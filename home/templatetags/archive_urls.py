"""
`{% archive_url 'author' author.slug %}`, `{% archive_url 'tag' tag.name %}`,
`{% archive_url 'corrections' %}`: the address of an archive route of the home
page in the active language (home/archives.py), built without a query.
"""

from django import template

from home.archives import archive_url as build_archive_url

register = template.Library()


@register.simple_tag
def archive_url(name, *args):
    return build_archive_url(name, *args)
