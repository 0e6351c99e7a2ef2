"""
Listing helpers shared by every page that lists stories: the article
queryset's listing methods, `?page=` pagination and one page of teasers of
every story type (news/stories.py).
"""

import time

from django.core.exceptions import BadRequest
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from news import render_cache
from news.stories import TEASER_FIELDS, TEASER_SPECS, stories, teasers_from, with_teaser_data


class ArticlePageQuerySet(PageQuerySet):
    def with_listing_data(self):
        """What a teaser needs: the hero image and, in one more query, its renditions."""
        return self.select_related("hero_image").prefetch_related("hero_image__renditions")

    def newest_first(self):
        return self.order_by("-display_date", "-pk")

    def breaking(self):
        """Stories flagged as breaking news whose breaking time has not run out yet."""
        return self.filter(is_breaking=True, breaking_until__gt=timezone.now())


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)

# Longer page numbers are refused before int() sees them: Python refuses to
# convert more than 4,300 digits (a 500), and no listing has a million pages.
MAX_PAGE_DIGITS = 6


def paginate(request, queryset, per_page, count=None):
    """
    One page of `queryset` for the `?page=` in the request. A page number that
    is not a whole number of 1 or more, or is over `MAX_PAGE_DIGITS` digits
    long, is a bad request (400); one past the last page does not exist (404).
    A `count` the caller already has saves the paginator's count query.
    """
    raw = request.GET.get("page", "1")
    if not is_page_number(raw):
        raise BadRequest(_("The page number must be a whole number of 1 or more."))
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count
    try:
        return paginator.page(int(raw))
    except EmptyPage as exc:
        raise Http404(_("There is no page with that number.")) from exc


def listed_stories(request, root, per_page, queryset=None):
    """
    One page of teasers of the live stories of every type (news/stories.py) in
    `queryset`, by default the children of `root` (the home or section the
    listing hangs from: teasers' URLs are made from its own). A root's own is
    kept till a story changes or a minute passes, its renditions made first.
    """

    def listing():
        rows = with_teaser_data(stories().child_of(root) if queryset is None else queryset)
        page = paginate(request, rows.values(*TEASER_FIELDS), per_page)
        teasers = teasers_from(page.object_list, root.url_path, root.get_url(request))
        for image in {teaser.image for teaser in teasers} - {None}:
            image.get_renditions(*TEASER_SPECS[:2])  # as templatetags/listing.py shows them
        return teasers, page.number, page.paginator.count

    kept_as = None
    if queryset is not None or set(request.GET) - {"page"}:
        teasers, number, count = listing()
    else:
        key = f"{render_cache.revision_key('listing', root, request)}:{request.GET.get('page')}"
        kept_as = (key, (per_page, int(time.time() // 60)))
        teasers, number, count = render_cache.kept(*kept_as, listing)
    page = Paginator(range(count), per_page).page(number)
    page.object_list = teasers
    page.kept_as = kept_as  # `{% teaser_list %}` keeps the teasers' HTML beside them
    return page


def is_page_number(raw):
    """Checked on the text, so an overlong number never reaches int()."""
    return raw.isascii() and raw.isdigit() and len(raw) <= MAX_PAGE_DIGITS and int(raw) >= 1
