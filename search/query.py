"""
From what a reader typed to a query for the search backend.

The reader's text is split at spaces into chunks and each chunk into words
(localization/segmentation.py), exactly as the articles were split when indexed. A
chunk is searched as a phrase: a Thai run typed without spaces
(``อัตราดอกเบี้ย``) must appear as those words in that order, not as the words
``อัตรา`` and ``ดอกเบี้ย`` anywhere in the story. All chunks must match.
"""

from dataclasses import dataclass

from django.utils.functional import cached_property
from snowballstemmer import stemmer
from wagtail.search.query import And, Phrase

from localization.segmentation import words

# A query of more words than this searches the first ones only: enough for
# any real question, and it bounds the work one request can ask for.
MAX_QUERY_WORDS = 24

english = stemmer("english")


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

    def as_backend_query(self):
        """And(Phrase, ...) for Wagtail's search backends."""
        phrases = [Phrase(" ".join(phrase)) for phrase in self.phrases]
        return phrases[0] if len(phrases) == 1 else And(phrases)

    @cached_property
    def match_keys(self):
        """The phrases as comparison keys, for highlighting (see `match_key`)."""
        return [tuple(match_key(word) for word in phrase) for phrase in self.phrases]


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
