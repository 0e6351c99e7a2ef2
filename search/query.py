"""
From what a reader typed to a query for the search backend.

The reader's text is split at spaces into chunks and each chunk into words
(localization/segmentation.py), exactly as the articles were split when indexed. A
chunk is searched as a phrase: a Thai run typed without spaces
(``อัตราดอกเบี้ย``) must appear as those words in that order, not as the words
``อัตรา`` and ``ดอกเบี้ย`` anywhere in the story. All chunks must match.

The site's database backend reads every typed query this way, the admin's
page search and choosers included (`SegmentedQueryMixin`): Wagtail hands the
backend the editor's text, which without segmenting finds a Thai word only
at the start of a headline.
"""

from dataclasses import dataclass

from django.utils.functional import cached_property
from snowballstemmer import stemmer
from wagtail.search.query import MATCH_ALL, And, Not, Or, Phrase, PlainText

from localization.segmentation import words

# A query of more words than this searches the first ones only: enough for
# any real question, and it bounds the work one request can ask for.
MAX_QUERY_WORDS = 24

english = stemmer("english")
# Text with no words in it (only punctuation or emoji) finds nothing.
MATCH_NONE = Not(MATCH_ALL)


@dataclass(frozen=True)
class ReaderQuery:
    """The phrases of a reader's query, each a tuple of normalized words."""

    phrases: tuple

    @classmethod
    def parse(cls, text):
        phrases = []
        budget = MAX_QUERY_WORDS
        for chunk in text.split():
            chunk_words = tuple(word.normalized for word in words(chunk))[:budget]
            if chunk_words:
                phrases.append(chunk_words)
                budget -= len(chunk_words)
            if budget <= 0:
                break
        return cls(tuple(phrases))

    def __bool__(self):
        return bool(self.phrases)

    def as_backend_query(self, operator="and"):
        """And(Phrase, ...) (or Or, as `operator` says) for Wagtail's search backends."""
        phrases = [Phrase(" ".join(phrase)) for phrase in self.phrases]
        if len(phrases) == 1:
            return phrases[0]
        return And(phrases) if operator == "and" else Or(phrases)

    def as_autocomplete_query(self, operator="and"):
        """
        All the words, the last one as a prefix (the backends' autocomplete
        reading of PlainText): an editor picking a story may stop mid-word.
        """
        return PlainText(" ".join(word for phrase in self.phrases for word in phrase), operator)

    @cached_property
    def match_keys(self):
        """The phrases as comparison keys, for highlighting (see `match_key`)."""
        return [tuple(match_key(word) for word in phrase) for phrase in self.phrases]

    @cached_property
    def probes(self):
        """
        Text that any form of each phrase's first word contains, for a cheap
        test before a text is split into words: the word itself, case-folded,
        or for an English one the start of its stem ("city" and "cities" are
        "citi" to the index, and both contain "cit").
        """
        return [match_probe(phrase[0]) for phrase in self.match_keys]


def match_key(word):
    """
    What two words must share to count as the same for highlighting: the
    English stem of a Latin word (the backends stem English, so "rates"
    finds "rate"), else the word itself, case-folded.
    """
    folded = word.casefold()
    if folded.isascii() and folded.isalpha():
        return english.stemWord(folded)
    return folded


def match_probe(key):
    """`key` (from `match_key`) as a substring every word with that key contains."""
    if key.isascii() and key.isalpha():
        # The stemmer rewrites a word's last letters (y -> i, "ility" -> "l"): leave them out.
        return key[: max(len(key) - 2, min(len(key), 3))]
    return key


def segmented_query(query, autocomplete=False):
    """
    A typed query (a string reaches the backend as PlainText) as the words
    the index holds; queries built of words already (the public search's
    phrases) are left as they are.
    """
    if not isinstance(query, PlainText):
        return query
    reader_query = ReaderQuery.parse(query.query_string)
    if not reader_query:
        return MATCH_NONE
    if autocomplete:
        return reader_query.as_autocomplete_query(query.operator)
    return reader_query.as_backend_query(query.operator)


class SegmentedQueryMixin:
    """For a backend's query compilers: search for the words of what was typed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Autocomplete compilers read the last term as a prefix.
        self.query = segmented_query(self.query, autocomplete=self.LAST_TERM_IS_PREFIX)
