"""
Site search. For now the plain Wagtail database search over published
articles of the reader's language; Thai word segmentation, filters and
autocomplete come with the search issue.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from news.models import ArticlePage, attach_sections, paginate

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = ArticlePage.objects.none()
    if query:
        articles = ArticlePage.objects.live().filter(locale=Locale.get_active())
        results = articles.search(query)
    page = paginate(request, results, RESULTS_PER_PAGE)
    page.object_list = attach_sections(page.object_list)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": page, "page_title": _("Search")},
    )


def clean_query(raw):
    """Drop NUL bytes and control characters, collapse spaces, cap the length."""
    printable = "".join(ch for ch in raw if ch.isprintable())
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]
