"""
The highlighted snippet under each search result.

The standfirst and the body's paragraphs are read in order; the first one in
which one of the reader's phrases occurs (its words split as the index splits
them) gives the snippet, cut to a window around the first occurrence, with
every occurrence in it marked. A story found by its headline, tags or
authors alone shows the start of its standfirst.

Only paragraphs that contain a phrase's first word as plain text are split
into words, so a long story costs little. The snippet is a list of parts,
``(text, is_match)``, and the template marks the matches: no HTML is built
here, so nothing a reader or an editor typed reaches the page unescaped.
"""

from dataclasses import dataclass

from localization.indexing import stream_text
from localization.segmentation import THAI_DIGITS, words
from search.query import match_key

SNIPPET_CHARS = 220
CONTEXT_BEFORE_CHARS = 60
ELLIPSIS = "…"


@dataclass(frozen=True)
class Part:
    text: str
    is_match: bool


def article_snippet(article, reader_query):
    """Snippet parts for `article` and the reader's query."""
    body = stream_text(article.body.stream_block, article.body)
    paragraphs = [" ".join(text.split()) for text in [article.standfirst, *body.splitlines()]]
    paragraphs = [text for text in paragraphs if text]
    for text in paragraphs:
        if might_contain(text, reader_query):
            document = words(text)
            spans = match_spans(document, reader_query.match_keys)
            if spans:
                return marked_window(text, document, spans)
    return marked_window(paragraphs[0], words(paragraphs[0]), []) if paragraphs else []


def might_contain(text, reader_query):
    """A cheap test before splitting into words: is some phrase's first word in the text?"""
    folded = text.translate(THAI_DIGITS).casefold()
    return any(phrase[0] in folded for phrase in reader_query.match_keys)


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
