"""
Headlines suggested under the search box as the reader types.

Matches are substrings of the headline, so a Thai word half typed
(``ดอกเบ``) already finds ``ดอกเบี้ย``; headlines where the typed words are
whole words come first, then the rest, newest first within each. On
PostgreSQL the headline match is answered by a trigram index
(search/migrations/0002), in the active locale looked up inside the same
query (search/locales.py).

The endpoint answers every keystroke, and Django building and compiling the
same query each time took a third of its time: the statement is compiled
once per process for each language and number of typed chunks
(`candidate_statement`), and each request sends only its own patterns.
"""

from collections import namedtuple
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils.translation import get_language, override
from wagtail.search.models import IndexEntry

from localization.segmentation import words
from news.stories import story_models
from search.locales import active_locale_id
from search.query import ReaderQuery
from search.snippets import contains_phrase, match_spans
from search.stories import stories, story_date, url_maker

SUGGESTIONS = 8
# Suggestions are looked for among this many newest matching headlines.
SUGGESTION_CANDIDATES = 50
# What a suggestion is read as: enough for its link, and its indexed words.
CANDIDATE_FIELDS = ("id", "title", "url_path", "headline_words")
Candidate = namedtuple("Candidate", CANDIDATE_FIELDS)


def headline_suggestions(request, text):
    """
    Up to eight {"title", "url"} for `text`. The fifty candidates are read as
    plain values, the headline's words from the search index, split already
    (splitting fifty headlines again took longer than the query); the eight
    shown get their URLs from their paths (`url_maker`).
    """
    chunks = text.split()
    sql, params = candidate_statement(get_language(), len(chunks), story_type_ids())
    with connection.cursor() as cursor:
        cursor.execute(sql, with_patterns(params, chunks))
        candidates = [Candidate(*row) for row in cursor.fetchall()]
    keys = ReaderQuery.parse(text).match_keys
    candidates.sort(key=lambda story: not has_whole_words(story, keys))
    story_url = url_maker(request)
    return [{"title": story.title, "url": story_url(story)} for story in candidates[:SUGGESTIONS]]


@lru_cache(maxsize=64)
def candidate_statement(language, chunk_count, type_ids):
    """
    (SQL, parameters) of the newest fifty live stories of the language whose
    headline contains each of `chunk_count` chunks; each chunk's pattern is
    a `placeholder` parameter. The story models' content type ids
    (`type_ids`) are written into the statement, so they are part of its
    key: a flushed database (tests) numbers them anew.
    """
    with override(language):
        found = stories().live().filter(locale=active_locale_id())
    for number in range(chunk_count):
        found = found.filter(title__icontains=placeholder(number))
    newest = found.order_by(story_date().desc(), "-id")
    newest = newest.annotate(headline_words=indexed_headline_words())
    candidates = newest.values_list(*CANDIDATE_FIELDS)[:SUGGESTION_CANDIDATES]
    sql, params = candidates.query.sql_with_params()
    return sql, tuple(params)


def story_type_ids():
    """The story models' content type ids, from Django's cache of them (no query once read)."""
    types = ContentType.objects.get_for_models(*story_models(), for_concrete_models=False)
    return tuple(sorted(content_type.pk for content_type in types.values()))


def placeholder(number):
    """Chunk `number`'s text while the statement is compiled: its parameter is ``%<this>%``."""
    return f"suggestion-chunk-{number}"


def with_patterns(params, chunks):
    """The statement's parameters with each chunk's LIKE pattern in its placeholder's place."""
    patterns = {
        f"%{connection.ops.prep_for_like_query(placeholder(n))}%": chunk
        for n, chunk in enumerate(chunks)
    }
    return [
        f"%{connection.ops.prep_for_like_query(patterns[p])}%" if p in patterns else p
        for p in params
    ]


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


def has_whole_words(story, keys):
    if story.headline_words is None:  # not indexed yet
        return bool(match_spans(words(story.title), keys))
    return contains_phrase(story.headline_words.split(), keys)
