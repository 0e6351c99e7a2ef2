"""
The site's navigation, cached: each language's home page and its menu
sections, which every public page shows in its header and footer, and the
front page in its section blocks.

They change only when an editor publishes, unpublishes, moves or deletes a
home or section page, so they are kept in the cache (the receivers connected
by `connect_receivers` drop the entry) instead of being queried on every
render. The cache holds plain values, never page objects: with Redis an entry
outlives a deploy, and a pickled page would come back with the fields and
code of the previous release. The key carries `NAVIGATION_SCHEMA` (raise it
when `NavPage` changes shape) and entries expire after `NAVIGATION_TTL`
whatever happens.
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import post_delete
from wagtail.models import Page, Site

from home.page_changes import forget_on_page_changes
from news.models import SectionPage

NAVIGATION_SCHEMA = 3
NAVIGATION_TTL = 60 * 60
CACHE_KEY = "site-navigation:v{schema}:{site_id}"


@dataclass(frozen=True)
class NavPage:
    """A home or section page as links and current-section matching need it."""

    pk: int
    title: str
    url: str
    path: str
    depth: int
    translation_key: str  # the language switch finds a home's or section's translations here


class LanguageNavigation(NamedTuple):
    """One language's home and menu sections; unpacks as ``home, sections``."""

    home: NavPage
    sections: tuple[NavPage, ...]


def navigation_for(site, request=None):
    """{language code: LanguageNavigation} for the live homes of `site`."""
    if site is None:
        return {}
    key = cache_key(site.pk)
    navigation = cache.get(key)
    if navigation is None:
        navigation = build_navigation(site, request)
        cache.set(key, navigation, timeout=NAVIGATION_TTL)
    return navigation


def cache_key(site_id):
    return CACHE_KEY.format(schema=NAVIGATION_SCHEMA, site_id=site_id)


def build_navigation(site, request=None):
    # By name: home.models imports this module (through the front page).
    home_model = apps.get_model("home", "HomePage")
    root_keys = Page.objects.filter(sites_rooted_here=site).values("translation_key")
    homes = home_model.objects.live().filter(translation_key__in=root_keys).select_related("locale")
    return {
        home.locale.language_code: LanguageNavigation(
            home=nav_page(home, site, request),
            sections=menu_sections_of(home, site, request),
        )
        for home in homes
    }


def menu_sections_of(home, site, request=None):
    """The live sections of `home` shown in menus, in the editors' order."""
    return tuple(nav_page(section, site, request) for section in home.sections())


def nav_page(page, site, request=None):
    return NavPage(
        pk=page.pk,
        title=page.title,
        url=page.relative_url(site, request),
        path=page.path,
        depth=page.depth,
        translation_key=str(page.translation_key),
    )


def forget_navigation():
    cache.delete_many([cache_key(site_id) for site_id in Site.objects.values_list("pk", flat=True)])


def forget_navigation_of_a_deleted_site(sender, instance, **kwargs):
    # The site is gone from the table by now, so forget_navigation() would miss it.
    cache.delete(cache_key(instance.pk))


def connect_receivers():
    """Called from HomeConfig.ready(), once the page models are loaded."""
    home_model = apps.get_model("home", "HomePage")
    forget_on_page_changes(
        forget_navigation, [home_model, SectionPage], dispatch_uid="home.forget_navigation"
    )
    post_delete.connect(
        forget_navigation_of_a_deleted_site,
        sender=Site,
        dispatch_uid="home.forget_navigation_of_a_deleted_site",
    )
