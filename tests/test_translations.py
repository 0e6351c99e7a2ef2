"""
The Thai catalog (site/locale/th/LC_MESSAGES/django.po and its compiled .mo).

Source strings are English, so English pages need no catalog: Django never
falls back from an English variant to the default language (Thai), and an
untranslated message is shown as written. `make messages` refreshes the
catalog and compiles it; both files are committed.
"""

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import polib
import pytest
from django.conf import settings
from wagtail.models import Locale

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
PO_PATH = LOCALE_DIR / "th" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")

# Messages whose Thai is the English text itself: the paper's name is its brand.
SAME_IN_THAI = {"News World Daily"}
THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")
# %(name)s, %s, %d and {name}; "%%" is a literal percent sign and is dropped first.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdirf]|%[sdif]|\{\w*\}")

# What `make messages` leaves out (same as the Makefile's --ignore options).
MAKEMESSAGES_IGNORE = [
    ".venv/*",
    "media/*",
    "static_collected/*",
    "node_modules/*",
    "test-artifacts/*",
]
# What the copy of the project for a fresh makemessages run can do without.
COPY_IGNORE = shutil.ignore_patterns(
    *(pattern.removesuffix("/*") for pattern in MAKEMESSAGES_IGNORE),
    ".git",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    "*.sqlite3",
    "*.pyc",
    "*.po",
    "*.mo",
    "*.woff2",
    "*.png",
    "*.jpg",
    "*.webp",
)


def placeholders(text):
    return Counter(PLACEHOLDER.findall(text.replace("%%", "")))


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or None)


def translations(catalog):
    """{(context, msgid, msgid_plural): msgstr or (msgstr[0], ...)} of a .po or .mo."""
    mapping = {}
    for entry in catalog:
        if not entry.msgid or entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            forms = sorted(entry.msgstr_plural.items(), key=lambda item: int(item[0]))
            mapping[key(entry)] = tuple(text for _index, text in forms)
        else:
            mapping[key(entry)] = entry.msgstr
    return mapping


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(PO_PATH))


def live_entries(po):
    return [entry for entry in po if entry.msgid and not entry.obsolete]


def msgstrs(entry):
    """The translation, or each plural form of it."""
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


# The catalog itself


def test_header_declares_thai_utf8_and_one_plural_form(po):
    assert po.metadata["Language"] == "th"
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    assert po.metadata["Plural-Forms"].replace(" ", "") == "nplurals=1;plural=0;"
    assert po.metadata["Project-Id-Version"].startswith("News World Daily")
    assert not po.metadata_is_fuzzy


def test_every_message_is_translated_and_none_is_fuzzy(po):
    entries = live_entries(po)
    assert entries, f"{PO_PATH} has no messages"
    assert [e.msgid for e in entries if not e.translated()] == []
    assert [e.msgid for e in entries if "fuzzy" in e.flags] == []


def test_translations_are_thai(po):
    """A msgstr copied from the English msgid is a translation left undone."""
    not_thai = [
        (e.msgid, e.msgstr)
        for e in live_entries(po)
        if e.msgid not in SAME_IN_THAI and not all(THAI_LETTER.search(text) for text in msgstrs(e))
    ]
    assert not_thai == []


def test_placeholders_match(po):
    mismatched = []
    for e in live_entries(po):
        # Thai has one plural form, which says what the English plural says.
        source = e.msgid_plural or e.msgid
        for text in msgstrs(e):
            if placeholders(text) != placeholders(source):
                mismatched.append((source, text))
    assert mismatched == []


def test_compiled_catalog_matches_the_po_file(po):
    assert MO_PATH.exists(), "run `make messages` to compile the catalog"
    mo = polib.mofile(str(MO_PATH))
    assert translations(mo) == translations(po), "run `make messages` to recompile the catalog"


def test_catalog_has_every_string_of_the_source(po, tmp_path):
    """
    A fresh makemessages run over a copy of the project finds exactly the
    messages the committed catalog has (xgettext does the extraction, so this
    needs GNU gettext, as `make messages` does).
    """
    if not (shutil.which("xgettext") and shutil.which("msguniq")):
        pytest.skip("GNU gettext (xgettext, msguniq) is not installed")
    project = tmp_path / "project"
    shutil.copytree(settings.BASE_DIR, project, ignore=COPY_IGNORE)
    command = [sys.executable, "manage.py", "makemessages", "--locale=th"]
    command += [f"--ignore={pattern}" for pattern in MAKEMESSAGES_IGNORE]
    result = subprocess.run(  # noqa: S603 - our own manage.py, no shell
        command,
        cwd=project,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(project / PO_PATH.relative_to(settings.BASE_DIR)))
    in_source = {key(e) for e in live_entries(fresh)}
    in_catalog = {key(e) for e in live_entries(po)}
    assert sorted(in_source - in_catalog, key=str) == [], "new strings: run `make messages`"
    assert sorted(in_catalog - in_source, key=str) == [], "stale strings: run `make messages`"


# The catalog at work


@pytest.fixture
def thai_article(make_article):
    other = make_article(title="ข่าวอีกเรื่องหนึ่ง")
    return make_article(
        title="ข่าวทดสอบ",
        body=[
            (
                "fact_box",
                {"title": "ตัวเลขสำคัญ", "facts": ["372 กิโลเมตร"], "source": "กรมชลประทาน"},
            ),
            ("related_story", {"article": other, "headline": ""}),
        ],
    )


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


CHROME = {
    "Skip to main content": "ข้ามไปยังเนื้อหาหลัก",
    "Search the news": "ค้นหาข่าว",
    "Latest news": "ข่าวล่าสุด",
}


def test_thai_front_page_chrome_is_in_thai(client, home, thai_article):
    html = html_of(client, "/th/")
    assert '<html lang="th">' in html
    for english, thai in {**CHROME, "Sections": "หมวดข่าว", "Top story": "ข่าวเด่น"}.items():
        assert thai in html
        assert english not in html


def test_thai_article_chrome_is_in_thai(client, thai_article):
    html = html_of(client, thai_article.url)
    assert thai_article.url.startswith("/th/")
    expected = {
        "Skip to main content": "ข้ามไปยังเนื้อหาหลัก",
        "Related stories": "ข่าวที่เกี่ยวข้อง",
        "Source: ": "ที่มา: กรมชลประทาน",
    }
    for english, thai in expected.items():
        assert thai in html
        assert english not in html


def test_english_front_page_chrome_is_in_english(client, home):
    english_home = home.copy_for_translation(Locale.objects.create(language_code="en"))
    english_home.save_revision().publish()

    html = html_of(client, "/en/")
    assert '<html lang="en">' in html
    for english, thai in {**CHROME, "No stories have been published yet.": "ยังไม่มีข่าว"}.items():
        assert english in html
        assert thai not in html
