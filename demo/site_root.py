"""The top of the demo's page tree: no Wagtail welcome page, the default site at our home."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site


def remove_welcome_page(root, site, log):
    """
    Delete the "Welcome to your new Wagtail site!" page a fresh database
    starts with: a plain Page with nothing under it. Anything else at the
    top of the tree is someone's work and is left alone.
    """
    plain_page = ContentType.objects.get_for_model(Page)
    for page in root.get_children().filter(content_type=plain_page, numchild=0):
        if site is not None and site.root_page_id == page.pk:
            # Deleting a site's root page deletes the Site too (CASCADE),
            # so the site points at the tree's root until the new home exists.
            site.root_page = root
            site.save()
        log(f"Removing Wagtail's default page: {page.title}")
        page.delete()


def point_default_site_at(home):
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    wanted = {"hostname": "localhost", "port": 80, "root_page_id": home.pk}
    if site.pk is None or any(getattr(site, k) != v for k, v in wanted.items()):
        for key, value in wanted.items():
            setattr(site, key, value)
        site.site_name = site.site_name or "News World Daily"
        site.save()
