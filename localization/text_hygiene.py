"""
Text hygiene for what readers type that other readers see: display names and
comments.

- **NFKC**, so full-width letters and other look-alike compatibility forms
  become the plain ones ("ｍａｎｅｅ" is "manee"), except Thai and Lao SARA AM
  (U+0E33, U+0EB3): NFKC splits them into NIKHAHIT + SARA AA, which looks the
  same but is another word to search, matching and the reader's own eyes
  (``น้ำ`` would no longer be found). Everything else in Thai (vowels, tone
  marks, as typed) is unchanged by NFKC.
- **Invisible characters removed**: format characters (Unicode category Cf:
  zero-width space and joiners, bidi embeddings, overrides and isolates, the
  BOM, soft hyphen), controls other than line ends and tabs (Cc), and the
  blank "filler" letters (Hangul fillers, Khmer inherent vowels, the braille
  blank). A right-to-left override turned "evil" into a name that reads
  "live"; a comment of zero-width spaces looked empty. The zero-width joiner
  is kept between two pictographs (emoji families and flags stay whole).
- What is left may be empty: the callers refuse it.
"""

import re
import unicodedata

KEPT_AS_WRITTEN = "\u0e33\u0eb3"
KEPT_CONTROLS = "\n\t"
ZWJ = "\u200d"
# Letters (Lo/So) that draw nothing: each has been used to fake an empty name.
BLANK_LETTERS = frozenset("\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0\u034f")
_AROUND_AS_WRITTEN = re.compile(f"([{KEPT_AS_WRITTEN}])")


def nfkc_keeping_thai(text):
    """NFKC everywhere but on SARA AM, which is kept as typed."""
    parts = _AROUND_AS_WRITTEN.split(text)
    return "".join(
        part if part in KEPT_AS_WRITTEN else unicodedata.normalize("NFKC", part) for part in parts
    )


def is_invisible(char):
    category = unicodedata.category(char)
    if category == "Cc":
        return char not in KEPT_CONTROLS
    return category in ("Cf", "Co", "Cn") or char in BLANK_LETTERS


def strip_invisible(text):
    return "".join(
        char
        for index, char in enumerate(text)
        if not is_invisible(char) or (char == ZWJ and joins_pictographs(text, index))
    )


def joins_pictographs(text, index):
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    return bool(before and after) and all(
        unicodedata.category(char) == "So" or char == "\ufe0f" for char in (before, after)
    )


def clean_text(text):
    """NFKC (Thai kept) with invisible characters removed; line ends become LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return strip_invisible(nfkc_keeping_thai(text))


def clean_name(text):
    """A one-line name: clean, with every run of spacing one plain space."""
    return " ".join(clean_text(text).split())


def name_key(text):
    """Two names with this equal read the same: compared so for uniqueness."""
    return clean_name(text).casefold()
