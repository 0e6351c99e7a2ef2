"""
Site search: the results page and the search box's suggestions.

Both answer the same for every reader, so shared caches keep them (the page
through config.cache.public_cache, the suggestions with their own short
max-age). A bad parameter is a 400 that says what is wrong, on the search
page itself so the reader can fix it.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from localization.segmentation import words
from news.listings import attach_sections
from news.models import ArticlePage, SectionPage
from search.forms import MAX_QUERY_LENGTH, NEWEST, SearchForm
from search.query import ReaderQuery
from search.query_log import log_search
from search.snippets import article_snippet, match_spans

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
# Suggestions are looked for among this many newest matching headlines.
SUGGESTION_CANDIDATES = 50
# Fewer characters than this match too much to be worth suggesting.
SUGGEST_MIN_CHARS = 2
SUGGEST_MAX_AGE = 60


def search(request):
    locale = Locale.get_active()
    form = SearchForm(request.GET, sections=sections_of(locale))
    context = {"form": form, "page_title": _("Search"), "search_query": ""}
    if not form.is_valid():
        return render_search(request, context, status=400)
    text = " ".join(form.cleaned_data["q"].split())
    reader_query = ReaderQuery.parse(text)
    context.update(search_query=text, has_words=bool(reader_query))
    if not reader_query:
        return render_search(request, context)

    page_number = form.cleaned_data["page"]
    # Promoted pages are left out of the results on every page, so that
    # the pages of results stay the same list; they are shown on the first.
    promotions = promoted_pages(text, locale)
    results = matching_articles(form, locale, reader_query, exclude=promotions)
    try:
        page = Paginator(results, RESULTS_PER_PAGE).page(page_number)
    except EmptyPage:
        context["page_error"] = _("There is no page %(number)s of results.") % {
            "number": page_number
        }
        context["first_page_query"] = query_without_page(request)
        return render_search(request, context, status=400)
    if page_number == 1:
        log_search(request, text)

    page.object_list = attach_sections(page.object_list)
    for article in page.object_list:
        article.snippet = article_snippet(article, reader_query)
    context.update(
        results=page,
        promotions=promotions if page_number == 1 else [],
        filtered=is_filtered(form),
        other_languages=searches_in_other_languages(text),
    )
    return render_search(request, context)


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def render_search(request, context, status=200):
    return TemplateResponse(request, "search/search.html", context, status=status)


def sections_of(locale):
    return SectionPage.objects.live().filter(locale=locale).order_by("path")


def matching_articles(form, locale, reader_query, exclude=()):
    """Live articles of the locale that match, filtered and sorted as the form asks."""
    articles = ArticlePage.objects.live().filter(locale=locale)
    section = form.cleaned_data["section"]
    if section:
        articles = articles.descendant_of(section)
    start, end = form.date_range()
    if start:
        articles = articles.filter(display_date__gte=start)
    if end:
        articles = articles.filter(display_date__lt=end)
    promoted_ids = [promoted.pk for promoted in exclude if promoted.pk]
    if promoted_ids:
        articles = articles.exclude(id__in=promoted_ids)
    newest = form.cleaned_data["sort"] == NEWEST
    if newest:
        articles = articles.order_by("-display_date", "-id")
    return articles.search(reader_query.as_backend_query(), order_by_relevance=not newest)


def is_filtered(form):
    data = form.cleaned_data
    return bool(data["section"] or data["date_from"] or data["date_to"])


def searches_in_other_languages(text):
    """(language name, URL) of the same query in each other language, for "no results"."""
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if code != current:
            with translation.override(code):
                url = reverse("search") + "?" + urlencode({"q": text})
            links.append((get_language_info(code)["name_local"], url))
    return links


def promoted_pages(text, locale):
    """
    The editors' promoted results for this query, in order: each page in the
    reader's language (its live translation; left out when there is none),
    or an external link.
    """
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order")
    )
    keys = [p.page.translation_key for p in promotions if p.page]
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=keys, locale=locale).specific()
    }
    shown = []
    for promotion in promotions:
        page = translated.get(promotion.page.translation_key) if promotion.page else None
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


def suggest(request):
    """
    Headlines for the search box as the reader types, as JSON. Matches are
    substrings of the headline, so a Thai word half typed (``ดอกเบ``) already
    finds ``ดอกเบี้ย``; headlines where the typed words are whole words come
    first, then the rest, newest first within each.
    """
    raw = request.GET.get("q", "")
    if len(raw) > MAX_QUERY_LENGTH or "\x00" in raw:
        message = _("Type at most %(count)s characters, without control characters.") % {
            "count": MAX_QUERY_LENGTH
        }
        return JsonResponse({"error": message}, status=400)
    text = " ".join(raw.split())
    suggestions = headline_suggestions(request, text) if len(text) >= SUGGEST_MIN_CHARS else []
    response = JsonResponse(
        {"query": text, "suggestions": suggestions}, json_dumps_params={"ensure_ascii": False}
    )
    patch_cache_control(response, public=True, max_age=SUGGEST_MAX_AGE, s_maxage=SUGGEST_MAX_AGE)
    return response


def headline_suggestions(request, text):
    articles = ArticlePage.objects.live().filter(locale=Locale.get_active())
    for chunk in text.split():
        articles = articles.filter(title__icontains=chunk)
    candidates = list(articles.newest_first()[:SUGGESTION_CANDIDATES])
    keys = ReaderQuery.parse(text).match_keys
    candidates.sort(key=lambda article: not match_spans(words(article.title), keys))
    return [
        {"title": article.title, "url": article.get_url(request)}
        for article in candidates[:SUGGESTIONS]
    ]
