"""
Thai compounds that a sub-editor keeps on one line in a headline.

Browsers break Thai at dictionary word boundaries, and the dictionary splits
these compounds (measured in Chromium: หน้า/แล้ง, ช้า/ลง, กะ/กลางคืน,
หมอก/ควัน, เอฟ/ซี), which reads like a typo at the end of a headline line.
Wrapping a known compound in ``<span class="nobr">`` (white-space: nowrap)
keeps it whole and adds nothing to the text: no <wbr>, no U+200B in a
reader's clipboard. Add a compound here when the desk finds one split.
"""

import re

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

HEADLINE_COMPOUNDS = (
    "หน้าแล้ง",
    "หน้าฝน",
    "หน้าหนาว",
    "ช้าลง",
    "กะกลางคืน",
    "หมอกควัน",
    "ฝุ่นควัน",
    "ไฟป่า",
    "น้ำท่วม",
    "ค่าครองชีพ",
    "เอฟซี",
)

# Longest first, so a compound inside a longer one is not wrapped on its own.
_PATTERN = re.compile("|".join(sorted(map(re.escape, HEADLINE_COMPOUNDS), key=len, reverse=True)))


def keep_compounds_whole(text):
    """`text`, HTML-escaped, with each known compound in a no-wrap span."""
    escaped = str(conditional_escape(text))
    return mark_safe(_PATTERN.sub(r'<span class="nobr">\g<0></span>', escaped))  # noqa: S308 - escaped above
