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

from home.listing_sections import attach_sections
from news.models import SectionPage
from search.forms import MAX_QUERY_LENGTH, NEWEST, SearchForm
from search.locales import active_locale_id
from search.promotions import promoted_pages
from search.query import ReaderQuery
from search.query_log import log_search
from search.snippets import story_snippet
from search.stories import dated_between, stories, story_date, url_maker
from search.suggestions import headline_suggestions

RESULTS_PER_PAGE = 10
# Fewer characters than this match too much to be worth suggesting.
SUGGEST_MIN_CHARS = 2
SUGGEST_MAX_AGE = 60


def search(request):
    # The active locale as a subquery of each query that filters on it, not
    # a query of its own (search/locales.py).
    locale = active_locale_id()
    sections = sections_of(locale)
    form = SearchForm(request.GET, sections=sections)
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
    results = matching_stories(form, locale, reader_query, exclude=promotions)
    try:
        page = SearchPaginator(results, RESULTS_PER_PAGE).page(page_number)
    except EmptyPage:
        context["page_error"] = _("There is no page %(number)s of results.") % {
            "number": page_number
        }
        context["first_page_query"] = query_without_page(request)
        return render_search(request, context, status=400)
    if page_number == 1:
        log_search(request, text)

    page.object_list = attach_sections(page.object_list, sections)
    story_url = url_maker(request)
    for story in page.object_list:
        story.link = story_url(story)
        story.snippet = story_snippet(story, reader_query)
    context.update(
        results=page,
        promotions=promotions if page_number == 1 else [],
        filtered=is_filtered(form),
        other_languages=searches_in_other_languages(text),
    )
    return render_search(request, context)


class SearchPaginator(Paginator):
    """
    Fetches the page's results before counting them: on PostgreSQL each row
    carries the number of all matches (search/database_backend.py), which
    saves the count query. With no row (no match, or past the last page) or
    no such number (SQLite), the paginator counts as usual.
    """

    def page(self, number):
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom : bottom + self.per_page])
        total = getattr(rows[0], "search_total", None) if rows else None
        if total is not None:
            self.__dict__["count"] = total  # Paginator.count is a cached_property
        return self._get_page(rows, self.validate_number(number), self)


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def render_search(request, context, status=200):
    return TemplateResponse(request, "search/search.html", context, status=status)


def sections_of(locale):
    """
    The language's sections, in one query: the section filter offers the
    live ones (and `descendant_of` reads the chosen one's path), and each
    result is labelled with its section, live or not, as listings do
    (home/listing_sections.py).
    """
    sections = SectionPage.objects.filter(locale=locale).order_by("path")
    return list(sections.only("title", "slug", "path", "depth", "live"))


def matching_stories(form, locale, reader_query, exclude=()):
    """Live stories (articles, live blogs) of the locale that match, filtered and sorted."""
    found = stories().live().filter(locale=locale).specific()
    section = form.cleaned_data["section"]
    if section:
        found = found.descendant_of(section)
    start, end = form.date_range()
    if start or end:
        found = found.filter(dated_between(start, end))
    promoted_ids = [promoted.pk for promoted in exclude if promoted.pk]
    if promoted_ids:
        found = found.exclude(id__in=promoted_ids)
    newest = form.cleaned_data["sort"] == NEWEST
    if newest:
        found = found.order_by(story_date().desc(), "-id")
    return found.search(reader_query.as_backend_query(), order_by_relevance=not newest)


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


def suggest(request):
    """
    Headlines for the search box as the reader types, as JSON
    (search/suggestions.py).
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
