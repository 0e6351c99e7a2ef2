"""
The highlighted snippet under each search result.

The story's long texts (an article's standfirst and body paragraphs, a live
blog's standfirst and key points) are read in order; the first one in
which one of the reader's phrases occurs (its words split as the index splits
them) gives the snippet, cut to a window around the first occurrence, with
every occurrence in it marked. A story found by its headline, tags or
authors alone shows the start of its standfirst.

Only paragraphs that contain a phrase's first word as plain text are split
into words, so a long story costs little. The snippet is a list of parts,
``(text, is_match)``, and the template marks the matches: no HTML is built
here, so nothing a reader or an editor typed reaches the page unescaped.
"""

import html
import re
from dataclasses import dataclass
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db.models import TextField
from wagtail.fields import StreamField
from wagtail.search import index

from localization.indexing import block_text
from localization.segmentation import THAI_DIGITS, words
from search.query import match_key

SNIPPET_CHARS = 220
CONTEXT_BEFORE_CHARS = 60
ELLIPSIS = "…"
TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Part:
    text: str
    is_match: bool


def story_snippet(story, reader_query):
    """Snippet parts for `story` (an article, a live blog) and the reader's query."""
    for text in story_paragraphs(story, lambda rough: might_contain(rough, reader_query)):
        if might_contain(text, reader_query):
            document = words(text)
            spans = match_spans(document, reader_query.match_keys)
            if spans:
                return marked_window(text, document, spans)
    first = next(story_paragraphs(story), None)
    return marked_window(first, words(first), []) if first else []


def story_paragraphs(story, may_match=None):
    """
    The story's long texts, one paragraph at a time, spaces collapsed and
    empty ones skipped. A generator: the snippet stops at the first
    paragraph that matches. With `may_match`, a block whose stored value
    fails it is skipped before its rich text's tags are stripped (the costly
    part); see `rough_text`.
    """
    for name, stream_block in long_text_fields(type(story)):
        value = getattr(story, name)
        if stream_block is None:
            texts = [value]
        else:
            items = stream_block_items(stream_block, value, may_match)
            texts = (text for item in items for text in item)
        for text in texts:
            for line in text.splitlines():
                line = " ".join(line.split())
                if line:
                    yield line


def stream_block_items(stream_block, stream_value, may_match=None):
    """Each block's reader-visible text lines (as `stream_text` reads them), block by block."""
    for item in stream_value.raw_data:
        child = stream_block.child_blocks.get(item.get("type"))
        value = item.get("value")
        if child is not None and (may_match is None or may_match(rough_text(value))):
            yield block_text(child, value)


def rough_text(raw):
    """
    A block's stored value with its tags cut out and entities decoded, all
    its parts joined: every word of its text is in it whole (a tag inside a
    word is cut out, which joins the word up again), and some more (a list
    item's id), so a phrase missing here is missing from the text too.
    """
    if isinstance(raw, str):
        return html.unescape(TAG.sub("", raw))
    if isinstance(raw, dict):
        return " ".join(rough_text(item) for item in raw.values())
    if isinstance(raw, list | tuple):
        return " ".join(rough_text(item) for item in raw)
    return ""


@cache
def long_text_fields(model):
    """
    (name, stream block or None) of each text or StreamField column `model`
    indexes for search: an article's standfirst and body, a live blog's
    standfirst and key points. The headline is shown apart; names and tags
    are no column of the story.
    """
    fields = []
    for search_field in model.search_fields:
        if not isinstance(search_field, index.SearchField):
            continue
        try:
            field = model._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, StreamField):
            fields.append((field.name, field.stream_block))
        elif isinstance(field, TextField):
            fields.append((field.name, None))
    return tuple(fields)


def might_contain(text, reader_query):
    """A cheap test before splitting into words: is some phrase's first word in the text?"""
    folded = text.translate(THAI_DIGITS).casefold()
    return any(probe in folded for probe in reader_query.probes)


def match_spans(document, phrase_keys):
    """(start, end) character spans where a phrase's words occur in order."""
    keys = [match_key(word.normalized) for word in document]
    spans = []
    index = 0
    while index < len(keys):
        length = next((len(p) for p in phrase_keys if tuple(keys[index : index + len(p)]) == p), 0)
        if length:
            spans.append((document[index].start, document[index + length - 1].end))
        index += length or 1
    return spans


def contains_phrase(normalized_words, phrase_keys):
    """Whether a phrase's words occur in order in `normalized_words` (as the index has them)."""
    keys = [match_key(word) for word in normalized_words]
    return any(
        tuple(keys[index : index + len(phrase)]) == phrase
        for phrase in phrase_keys
        for index in range(len(keys))
    )


def marked_window(text, document, spans):
    """About SNIPPET_CHARS of `text` from just before the first span, cut at word edges."""
    first = spans[0][0] if spans else 0
    start = next((word.start for word in document if word.start >= first - CONTEXT_BEFORE_CHARS), 0)
    end = len(text)
    if end - start > SNIPPET_CHARS:
        ends = [word.end for word in document if start < word.end <= start + SNIPPET_CHARS]
        end = ends[-1] if ends else start + SNIPPET_CHARS
    parts = [Part(ELLIPSIS + " ", False)] if start > 0 else []
    position = start
    for span_start, span_end in spans:
        if span_start >= position and span_end <= end:
            parts += [Part(text[position:span_start], False), Part(text[span_start:span_end], True)]
            position = span_end
    parts.append(Part(text[position:end], False))
    if end < len(text):
        parts.append(Part(" " + ELLIPSIS, False))
    return [part for part in parts if part.text]
