"""
`{% archive_url 'author' author.slug %}`, `{% archive_url 'tag' tag.name %}`,
`{% archive_url 'corrections' %}`: the address of an archive route of the home
page in the active language (home/archives.py), built without a query.

An article names a few of them (its authors, its tags), and each costs two
reverse() calls; an address depends only on its arguments, the language and
the URL configuration, so each is built once per process (a bounded number,
forgotten when a setting changes, as in tests).
"""

from functools import lru_cache

from django import template
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import get_language

from home.archives import archive_url as build_archive_url

register = template.Library()


@register.simple_tag
def archive_url(name, *args):
    return known_archive_url(name, args, get_language(), get_urlconf(), get_script_prefix())


@lru_cache(maxsize=2048)
def known_archive_url(name, args, language, urlconf, script_prefix):
    """The arguments after `args` are the key only: build_archive_url reads them itself."""
    return build_archive_url(name, *args)


def forget_known_urls(**kwargs):
    known_archive_url.cache_clear()


setting_changed.connect(forget_known_urls, dispatch_uid="home.archive_urls.forget_known_urls")
