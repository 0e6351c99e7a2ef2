"""
The site's navigation, cached: each language's home page and its menu
sections, which every public page shows in its header and footer.

They change only when an editor publishes, unpublishes, moves or deletes a
home or section page, so they are kept in the cache until then (the signal
receivers below drop the entry) instead of being queried on every render.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import HomePage
from news.models import SectionPage

CACHE_KEY = "site-navigation:{site_id}"


def navigation_for(site):
    """{language code: (home page, [menu sections])} for the live homes of `site`."""
    if site is None:
        return {}
    key = CACHE_KEY.format(site_id=site.pk)
    navigation = cache.get(key)
    if navigation is None:
        navigation = build_navigation(site)
        cache.set(key, navigation, timeout=None)
    return navigation


def build_navigation(site):
    root_keys = Page.objects.filter(sites_rooted_here=site).values("translation_key")
    homes = HomePage.objects.live().filter(translation_key__in=root_keys).select_related("locale")
    return {home.locale.language_code: (home, list(home.sections())) for home in homes}


def forget_navigation():
    for site_id in Site.objects.values_list("pk", flat=True):
        cache.delete(CACHE_KEY.format(site_id=site_id))


NAVIGATION_PAGE_TYPES = (HomePage, SectionPage)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete)
def forget_navigation_when_it_changes(sender, **kwargs):
    if isinstance(sender, type) and issubclass(sender, NAVIGATION_PAGE_TYPES):
        forget_navigation()


@receiver(post_delete, sender=Site)
def forget_navigation_when_a_site_goes(sender, **kwargs):
    forget_navigation()
