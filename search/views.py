"""
Site search: the results page and the search box's suggestions.

Both answer the same for every reader, so shared caches keep them (the page
through config.cache.public_cache, the suggestions with their own short
max-age). A bad parameter is a 400 that says what is wrong, on the search
page itself so the reader can fix it.
"""

from collections import namedtuple
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db import connection
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from home.listing_sections import attach_sections
from home.site_root_cache import home_of
from localization.segmentation import words
from news.models import SectionPage
from news.stories import url_under
from search.forms import MAX_QUERY_LENGTH, NEWEST, SearchForm
from search.locales import active_locale_id
from search.promotions import promoted_pages
from search.query import ReaderQuery
from search.query_log import log_search
from search.snippets import contains_phrase, match_spans, story_snippet
from search.stories import dated_between, stories, story_date

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
# Suggestions are looked for among this many newest matching headlines.
SUGGESTION_CANDIDATES = 50
# Fewer characters than this match too much to be worth suggesting.
SUGGEST_MIN_CHARS = 2
SUGGEST_MAX_AGE = 60
# What a suggestion is read as: enough for its link, and its indexed words.
CANDIDATE_FIELDS = ("id", "title", "url_path", "headline_words")
Candidate = namedtuple("Candidate", CANDIDATE_FIELDS)


def search(request):
    # The active locale as a subquery of each query that filters on it, not
    # a query of its own (search/locales.py).
    locale = active_locale_id()
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

    page.object_list = attach_sections(page.object_list)
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
    """The section filter's choices: what the filter shows and `descendant_of` reads."""
    sections = SectionPage.objects.live().filter(locale=locale).order_by("path")
    return sections.only("title", "slug", "path", "depth")


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
    """
    On PostgreSQL the headline match is answered by a trigram index
    (search/migrations/0002), in the active locale looked up inside the
    same query (search/locales.py). The fifty candidates are read as plain
    values, the headline's words from the search index, split already
    (splitting fifty headlines again took longer than the query); the
    eight shown get their URLs from their paths (`url_maker`).
    """
    found = stories().live().filter(locale=active_locale_id())
    for chunk in text.split():
        found = found.filter(title__icontains=chunk)
    newest = found.order_by(story_date().desc(), "-id")
    newest = newest.annotate(headline_words=indexed_headline_words())
    candidates = list(newest.values_list(*CANDIDATE_FIELDS)[:SUGGESTION_CANDIDATES])
    keys = ReaderQuery.parse(text).match_keys
    candidates.sort(key=lambda row: not has_whole_words(row[1], row[3], keys))
    story_url = url_maker(request)
    shown = [Candidate(*row) for row in candidates[:SUGGESTIONS]]
    return [{"title": story.title, "url": story_url(story)} for story in shown]


def url_maker(request):
    """
    A story's URL from its page (or anything with `url_path`, `id` and
    `title`): under the language's home page the request was routed from
    (home/site_root_cache.py), the home's URL and the rest of the story's
    path, as listings build theirs (news/stories.py); otherwise (the cache
    was bypassed, a story outside that home) Wagtail's own `get_url`, which
    takes a few times as long.
    """
    home = home_of(request)
    root_url = home.get_url(request) if home is not None else None

    def story_url(story):
        if root_url is not None and story.url_path.startswith(home.url_path):
            return url_under(root_url, home.url_path, story.url_path)
        if not isinstance(story, Page):
            story = Page.from_db(
                None, ("id", "title", "url_path"), (story.id, story.title, story.url_path)
            )
        return story.get_url(request)

    return story_url


def indexed_headline_words():
    """
    The story's title as its index entry holds it, words split by spaces. A
    subquery rather than a join, so PostgreSQL looks it up for the fifty rows
    kept only, after sorting, not for every headline that matched.
    """
    column = "title_text" if connection.vendor == "postgresql" else "title"
    entry = IndexEntry.objects.filter(
        content_type_id=OuterRef("content_type_id"),
        object_id=Cast(OuterRef("pk"), CharField()),
    )
    return Subquery(entry.values(column)[:1])


def has_whole_words(title, headline_words, keys):
    if headline_words is None:  # not indexed yet
        return bool(match_spans(words(title), keys))
    return contains_phrase(headline_words.split(), keys)
