"""
What makes a comment wait for a moderator: a reader's first comments, a web
address, or a word on the editors' watch list.

Thai is written without spaces between words, so a watched Thai word is
looked for as a substring of the comment, after both are normalized: Unicode
compatibility forms folded, case folded, and spaces, punctuation and
invisible characters taken out, so "ค ว า ย" or "ควาย" with a zero-width
space in it still match. A false match only sends a comment to the queue, it
never rejects it. Words in Latin letters are matched as whole words instead
("ass" must not hold "class").
"""

import re
import unicodedata

from django.utils.translation import gettext_lazy as _

THAI = re.compile(r"[\u0e00-\u0e7f]")
# Characters that can be slipped between the letters of a word without
# changing how it reads: separators (Z*), punctuation (P*), format
# characters such as zero-width spaces (Cf), and symbols (S*).
IGNORABLE_CATEGORIES = ("Z", "P", "Cf", "S")

# A web address: a scheme, "www.", or a host name ending in a common top-level domain.
LINK = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|io|co|th|me|ly|xyz|app|dev|"
    r"site|online|shop|top|club|link|asia|us|uk|ru|cn|in\.th|co\.th|ac\.th|go\.th)\b",
    re.IGNORECASE,
)

# Why a comment was held, stored as these codes and shown to moderators by label.
HOLD_REASONS = {
    "new_reader": _("new reader"),
    "link": _("contains a link"),
    "watched_word": _("contains a watched word"),
}


def fold(text):
    """NFKC and case folding: full-width letters, ligatures and case no longer matter."""
    return unicodedata.normalize("NFKC", text).casefold()


def squeeze(text):
    """`fold(text)` without the characters that can hide inside a word."""
    return "".join(
        char
        for char in fold(text)
        if not unicodedata.category(char).startswith(IGNORABLE_CATEGORIES)
    )


def contains_link(text):
    return LINK.search(fold(text)) is not None


def watched_words_in(text, words):
    """The words of `words` that occur in `text`, by the rules above."""
    squeezed = squeeze(text)
    folded = fold(text)
    found = []
    for word in words:
        if THAI.search(word):
            needle = squeeze(word)
            if needle and needle in squeezed:
                found.append(word)
        elif re.search(rf"(?<!\w){re.escape(fold(word).strip())}(?!\w)", folded):
            found.append(word)
    return found


def hold_reasons(text, watched_words, approved_so_far, held_until):
    """Why a new comment must wait for review: codes of HOLD_REASONS, empty to publish it."""
    reasons = []
    if approved_so_far < held_until:
        reasons.append("new_reader")
    if contains_link(text):
        reasons.append("link")
    if watched_words_in(text, watched_words):
        reasons.append("watched_word")
    return reasons
