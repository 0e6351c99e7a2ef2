"""
Editors' promoted results (Settings > Promoted search results) on the
results page.

Almost every search is for a term nobody promoted, and asking the database
so on every results page cost a query (a few ms of a page that must stay
fast on the day a story breaks). The terms that have promotions are kept in
the shared cache under a generation that saving or deleting any promotion
replaces (search/signal_handlers.py), so a search for any other term asks
nothing, and an editor's new promotion shows on the next search.
"""

from django.db.models import F
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from web.generations import Generation

PROMOTIONS = Generation("search:promotions-generation")
PROMOTED_TERMS_KEY = "search:promoted-terms"
PROMOTED_TERMS_TIMEOUT = 24 * 60 * 60


def promoted_terms():
    """The normalised query strings that have at least one promotion."""
    return PROMOTIONS.kept(PROMOTED_TERMS_KEY, read_promoted_terms, PROMOTED_TERMS_TIMEOUT)


def read_promoted_terms():
    return frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True))


def promoted_pages(text, locale):
    """
    The editors' promoted results for this query, in order: each page in the
    reader's language (its live translation; left out when there is none),
    or an external link.
    """
    term = normalise_query_string(text)
    if term not in promoted_terms():
        return []
    # The promoted page's translation key only, not the whole page row.
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=term)
        .annotate(page_translation_key=F("page__translation_key"))
        .order_by("sort_order")
    )
    keys = [p.page_translation_key for p in promotions if p.page_id]
    translated = {}
    if keys:
        live = Page.objects.live().filter(translation_key__in=keys, locale=locale)
        translated = {page.translation_key: page for page in live.specific()}
    shown = []
    for promotion in promotions:
        page = translated.get(promotion.page_translation_key) if promotion.page_id else None
        if page is not None or promotion.external_link_url:
            shown.append(Promoted(promotion, page))
    return shown


class Promoted:
    """One promoted result as the page shows it."""

    def __init__(self, promotion, page):
        self.page = page
        self.pk = page.pk if page else None
        self.title = page.title if page else promotion.external_link_text
        self.url = page.url if page else promotion.external_link_url
        self.description = promotion.description
