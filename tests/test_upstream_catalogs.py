"""
The Thai admin catalogs under site/locale/upstream/ stay complete, correct and
compiled (issue 15, item 4).

They mirror the pinned packages' catalogs; an upgrade that brings new msgids,
a fuzzy or placeholder-dropping translation, a stale .mo or a word the glossary
forbids fails here, before an editor meets English or a crash in the admin.
"""

import importlib.util
import re
import subprocess
from collections import defaultdict
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

UPSTREAM_DIR = Path(settings.BASE_DIR) / "site" / "locale" / "upstream"
SITE_CATALOG = Path(settings.BASE_DIR) / "site" / "locale" / "th" / "LC_MESSAGES" / "django.po"
MIN_TRANSLATED = 0.95
# Upstream Thai that reads wrong to a Thai sub-editor (docs/thai-glossary.md).
FORBIDDEN_WORDS = ["เกร็ดเล็กเกร็ดน้อย", "เว็บไซด์", "หลายหน้า", "ตีพิมพ์"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdfi]|%[sdfi]|\{\w*\}|</?[a-zA-Z][^>]*>")


def _load_catalogs_module():
    spec = importlib.util.spec_from_file_location("upstream_catalogs", UPSTREAM_DIR / "catalogs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogs = _load_catalogs_module()
CATALOG_IDS = [f"{catalog.folder}/{catalog.domain}" for catalog in catalogs.CATALOGS]


def _po(catalog) -> polib.POFile:
    return polib.pofile(str(catalog.path))


def _thai(entry: polib.POEntry) -> str:
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


def _key(entry: polib.POEntry) -> tuple:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


@pytest.fixture(params=catalogs.CATALOGS, ids=CATALOG_IDS)
def catalog(request):
    return request.param


def test_every_catalog_folder_is_a_locale_path_after_the_sites_own():
    """Ours must win over the packages' Thai, and the site's strings over ours."""
    paths = [Path(path) for path in settings.LOCALE_PATHS]
    assert paths[0] == Path(settings.BASE_DIR) / "site" / "locale"
    assert set(catalogs.locale_paths()) <= set(paths[1:])


def test_msgids_equal_the_pinned_packages(catalog):
    """An upgrade that adds or removes msgids needs `make upstream-messages`."""
    expected = {_key(entry) for entry in catalogs.template(catalog) if entry.msgid}
    ours = {_key(entry) for entry in _po(catalog) if not entry.obsolete}
    assert sorted(expected - ours, key=str) == [], "missing: run make upstream-messages"
    assert sorted(ours - expected, key=str) == [], "stale: run make upstream-messages"


def test_at_least_95_percent_translated(catalog):
    po = _po(catalog)
    translated = len(po.translated_entries())
    assert translated >= MIN_TRANSLATED * len(po), f"{translated}/{len(po)} translated"


def test_no_fuzzy_translation(catalog):
    """gettext skips fuzzy entries: the editor would see English."""
    assert [entry.msgid for entry in _po(catalog).fuzzy_entries()] == []


def test_placeholders_and_tags_survive_translation(catalog):
    """A dropped %(title)s or <b> raises or garbles in the admin; Thai has one
    plural form, so msgstr[0] carries the plural msgid's placeholders."""
    broken = []
    for entry in _po(catalog).translated_entries():
        source = entry.msgid_plural or entry.msgid
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(_thai(entry))):
            broken.append((source, _thai(entry)))
    assert broken == []


def test_thai_has_one_plural_form(catalog):
    po = _po(catalog)
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert all(set(entry.msgstr_plural) == {0} for entry in po if entry.msgid_plural)


def test_glossary_forbidden_words_are_gone(catalog):
    offending = [
        (entry.msgid, _thai(entry))
        for entry in _po(catalog)
        if any(word in _thai(entry) for word in FORBIDDEN_WORDS)
    ]
    assert offending == []


def test_compiled_mo_is_fresh(catalog, tmp_path):
    """The committed .mo is what Django reads: it must be the .po compiled now."""
    fresh = tmp_path / "fresh.mo"
    catalogs.compile_mo(catalog.path, fresh)
    assert catalog.path.with_suffix(".mo").read_bytes() == fresh.read_bytes()


def test_msgfmt_rejects_a_dropped_placeholder(tmp_path):
    """The compile step is the last line of defence for placeholders."""
    broken = polib.POFile()
    broken.metadata = dict(catalogs.THAI_HEADER)
    broken.append(polib.POEntry(msgid="Edit '%(title)s'", msgstr="แก้ไข", flags=["python-format"]))
    broken.save(str(tmp_path / "broken.po"))
    with pytest.raises(subprocess.CalledProcessError):
        catalogs.compile_mo(tmp_path / "broken.po", tmp_path / "broken.mo")


def _translations_by_domain():
    """Every Thai string per (domain, msgctxt, msgid), from every catalog."""
    seen = defaultdict(set)
    for catalog in catalogs.CATALOGS:
        for entry in _po(catalog).translated_entries():
            seen[(catalog.domain, entry.msgctxt, entry.msgid)].add(_thai(entry))
    return seen


def test_one_msgid_has_one_thai_across_catalogs():
    """Django merges every catalog of a domain into one dictionary, so two Thai
    strings for one msgid means the LOCALE_PATHS order silently picks one."""
    conflicts = {key: sorted(values) for key, values in _translations_by_domain().items()}
    assert {key: values for key, values in conflicts.items() if len(values) > 1} == {}


def _site_msgids() -> set:
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(SITE_CATALOG))}


def test_django_serves_our_thai_for_every_admin_string():
    """Django merges the LOCALE_PATHS catalogs with the packages' own: each of
    our translations is what gettext returns (unless the site's catalog has it)."""
    site = _site_msgids()
    wrong = []
    with translation.override("th"):
        for catalog in catalogs.CATALOGS:
            if catalog.domain != "django":
                continue
            for entry in _po(catalog).translated_entries():
                if entry.msgid_plural or (entry.msgctxt, entry.msgid) in site:
                    continue
                if entry.msgctxt:
                    served = translation.pgettext(entry.msgctxt, entry.msgid)
                else:
                    served = translation.gettext(entry.msgid)
                if served != entry.msgstr:
                    wrong.append((entry.msgid, served, entry.msgstr))
    assert wrong == []


@pytest.mark.django_db
def test_admin_javascript_catalog_serves_our_thai(client, django_user_model):
    """Wagtail's jsi18n view takes djangojs from LOCALE_PATHS too."""
    editor = django_user_model.objects.create_superuser("js-editor", password="x" * 12)
    client.force_login(editor)
    response = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    admin_js = next(
        c for c in catalogs.CATALOGS if c.folder == "wagtail-admin" and c.domain == "djangojs"
    )
    entry = next(e for e in _po(admin_js).translated_entries() if not e.msgid_plural)
    body = response.content.decode()
    assert entry.msgstr.encode("unicode_escape").decode() in body or entry.msgstr in body
