"""
Word segmentation for Thai (and the English mixed into it).

Thai is written without spaces between words, so a database full-text index
sees a whole Thai sentence as one "word" and a reader's word inside it is
never found. We split text into words with ICU's dictionary-based word
breaker before it is indexed, and split the reader's query the same way, so
both sides agree on where the words are.

Two adjustments make the split the same in a document and in a query:

- A change of script, or between Thai letters and digits, is a word
  boundary: ICU glues ``ฝุ่นPM2.5เกิน`` and ``ปี๒๕๖๙`` into one word each, a
  reader types ``PM2.5`` or ``2569``.
- Thai digits are read as ASCII digits (``๒๕๖๙`` is ``2569``), because
  readers type either.

Only letters and numbers count as words: spaces, punctuation, symbols and
emoji are dropped, which also keeps them out of the search backends' query
syntax.
"""

import re
from dataclasses import dataclass

import icu

# Thai letters, vowels, tone marks and the repetition mark; not Thai digits.
THAI_LETTERS = "\u0e01-\u0e4f"
# Where a Thai letter meets a digit (Thai or ASCII) or a letter of another script.
SCRIPT_CHANGE = re.compile(
    rf"(?<=[{THAI_LETTERS}])(?=[^{THAI_LETTERS}\W_])|(?<=[^{THAI_LETTERS}\W_])(?=[{THAI_LETTERS}])"
)
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# ICU tags each piece with a rule status; below this it is space, punctuation
# or a symbol (UBRK_WORD_NONE_LIMIT), at or above it a number or a word.
ICU_WORD_NONE_LIMIT = 100


@dataclass(frozen=True)
class Word:
    """One word of a text: its characters as written and where they are."""

    text: str
    start: int
    end: int

    @property
    def normalized(self):
        """The form both the index and the query use: Thai digits as ASCII."""
        return self.text.translate(THAI_DIGITS)


def words(text):
    """The words of `text` in order, with their positions in `text`."""
    found = []
    for offset, run in script_runs(text):
        found.extend(
            Word(run[start:end], offset + start, offset + end) for start, end in icu_words(run)
        )
    return found


def segment(text):
    """`text` as its words separated by single spaces, ready to index or query."""
    return " ".join(word.normalized for word in words(text))


def script_runs(text):
    """Split `text` where the script changes, yielding (offset, run) pairs."""
    offset = 0
    for match in SCRIPT_CHANGE.finditer(text):
        yield offset, text[offset : match.start()]
        offset = match.start()
    yield offset, text[offset:]


def icu_words(text):
    """
    (start, end) of each word ICU finds in `text`, as Python string offsets.
    ICU counts in UTF-16 code units, which differ from Python's characters
    after an emoji, so the offsets are mapped back.
    """
    if not text:
        return []
    breaker = icu.BreakIterator.createWordInstance(icu.Locale("th"))
    breaker.setText(text)
    utf16_to_index = utf16_offsets(text)
    spans = []
    start = breaker.first()
    for end in breaker:
        if breaker.getRuleStatus() >= ICU_WORD_NONE_LIMIT:
            spans.append((utf16_to_index[start], utf16_to_index[end]))
        start = end
    return spans


def utf16_offsets(text):
    """Map each UTF-16 offset of `text` that starts a character to its Python index."""
    mapping = {}
    position = 0
    for index, char in enumerate(text):
        mapping[position] = index
        position += 2 if ord(char) > 0xFFFF else 1
    mapping[position] = len(text)
    return mapping
