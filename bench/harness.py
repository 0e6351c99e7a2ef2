"""
What every benchmark here shares: a throwaway test database (created and
dropped like the test suite's, on whatever DATABASE_URL names), the
benchmark module itself as the URLconf while it runs, and percentiles.
"""

from contextlib import contextmanager

from django.db import connection
from django.test import override_settings
from django.test.utils import setup_test_environment, teardown_test_environment


@contextmanager
def throwaway_database(urlconf=None):
    """A fresh test database for the `with` block; `urlconf` becomes ROOT_URLCONF meanwhile."""
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        if urlconf is None:
            yield
        else:
            with override_settings(ROOT_URLCONF=urlconf):
                yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def thai_home():
    """A Thai home page at the root of the default site (host testserver), in place of Wagtail's."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    Page.objects.filter(depth=2).delete()
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="หน้าแรก", slug="home", locale=Locale.get_default())
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "root_page": home}
    )
    return home


def thai_home_and_section():
    """`thai_home()` with its World section (/th/world/)."""
    from news.models import SectionPage

    home = thai_home()
    section = home.add_child(instance=SectionPage(title="โลก", slug="world", show_in_menus=True))
    return home, section
