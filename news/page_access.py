"""
View restrictions checked with the page's ancestry already in hand.

Wagtail checks a served page's view restrictions with two queries (its
ancestors, then their restrictions). The one-query routing of the home page
(home/routing.py) loads the ancestors anyway and learns in the same query
whether any of them, or the page an alias copies, carries a restriction; it
records that on the page. When none does, the page answers "no restrictions"
without a query; when one does, or the page was not routed that way (a
preview, a page fetched elsewhere), Wagtail's own check runs unchanged.
"""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import PageViewRestriction


def restriction_flag():
    """An annotation: does this page, or the page it is an alias of, carry a restriction?"""
    return Exists(
        PageViewRestriction.objects.filter(
            Q(page_id=OuterRef("pk")) | Q(page_id=OuterRef("alias_of_id"))
        )
    )


class KnownRestrictionsMixin:
    """Skips Wagtail's restriction queries when routing found no restriction above the page."""

    # None: not known, ask Wagtail. False: routing saw no restriction on the page or above it.
    ancestry_restricted = None

    def get_view_restrictions(self):
        if self.ancestry_restricted is False:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
