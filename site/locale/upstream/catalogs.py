"""Thai catalogs for the pinned packages' admin strings: (re)build and compile.

Wagtail, wagtail-localize and django-axes ship little or no Thai. Each catalog
here mirrors one package's own catalog (same msgids, msgctxt and plurals, copied
from the package's English template in the virtualenv), so it can be offered
upstream as is. Each folder is a LOCALE_PATHS entry listed after site/locale,
so the project's own strings win and ours win over the packages'.

Run `make upstream-messages` (or this file, optionally with folder names to
rebuild only those) after upgrading a package: it adds
new msgids (untranslated), drops removed ones, keeps our translations, seeds a
new catalog from the package's own Thai where it has some, and compiles .mo.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

import polib

UPSTREAM_DIR = Path(__file__).resolve().parent
PROJECT_DIR = UPSTREAM_DIR.parents[2]
THAI_HEADER = {
    "Language": "th",
    "Language-Team": "Thai",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


@dataclass(frozen=True)
class Catalog:
    """One package's catalog for one gettext domain."""

    folder: str  # under site/locale/upstream/
    module: str  # the package whose locale/ we mirror
    distribution: str  # for the version in the header
    domain: str = "django"

    @property
    def package_dir(self) -> Path:
        return Path(find_spec(self.module).origin).parent

    @property
    def path(self) -> Path:
        return UPSTREAM_DIR / self.folder / "th" / "LC_MESSAGES" / f"{self.domain}.po"

    @property
    def locale_path(self) -> Path:
        """The folder LOCALE_PATHS lists."""
        return UPSTREAM_DIR / self.folder

    def upstream_po(self, language: str) -> Path:
        return self.package_dir / "locale" / language / "LC_MESSAGES" / f"{self.domain}.po"

    @property
    def version(self) -> str:
        return metadata.version(self.distribution)


def _wagtail(folder: str, module: str, *domains: str) -> list[Catalog]:
    return [Catalog(folder, module, "wagtail", domain) for domain in domains or ("django",)]


# Only what an editor meets: the apps in INSTALLED_APPS that ship a catalog.
CATALOGS = [
    *_wagtail("wagtail", "wagtail"),
    *_wagtail("wagtail-admin", "wagtail.admin", "django", "djangojs"),
    *_wagtail("wagtail-images", "wagtail.images"),
    *_wagtail("wagtail-documents", "wagtail.documents"),
    *_wagtail("wagtail-snippets", "wagtail.snippets"),
    *_wagtail("wagtail-users", "wagtail.users"),
    *_wagtail("wagtail-search", "wagtail.search"),
    *_wagtail("wagtail-embeds", "wagtail.embeds"),
    *_wagtail("wagtail-sites", "wagtail.sites"),
    *_wagtail("wagtail-locales", "wagtail.locales"),
    *_wagtail("wagtail-contrib-redirects", "wagtail.contrib.redirects"),
    *_wagtail("wagtail-contrib-settings", "wagtail.contrib.settings"),
    *_wagtail("wagtail-contrib-search-promotions", "wagtail.contrib.search_promotions"),
    Catalog("wagtail-localize", "wagtail_localize", "wagtail-localize"),
    Catalog("wagtail-localize", "wagtail_localize", "wagtail-localize", "djangojs"),
    Catalog("wagtail-localize-locales", "wagtail_localize.locales", "wagtail-localize"),
    # Django's own Thai predates its current msgids (timesince, password rules).
    Catalog("django", "django.conf", "Django"),
    Catalog("django-auth", "django.contrib.auth", "Django"),
    Catalog("django-axes", "axes", "django-axes"),
    Catalog("django-taggit", "taggit", "django-taggit"),
]


def locale_paths() -> list[Path]:
    """The LOCALE_PATHS entries, one per folder, in catalog order."""
    return list(dict.fromkeys(catalog.locale_path for catalog in CATALOGS))


def template(catalog: Catalog) -> polib.POFile:
    """The package's English catalog, or, for a package without one (django-axes),
    a template extracted from its source the way makemessages does it."""
    english = catalog.upstream_po("en")
    if english.exists():
        return polib.pofile(str(english))
    return _extract(catalog)


def _extract(catalog: Catalog) -> polib.POFile:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / catalog.module
        shutil.copytree(catalog.package_dir, copy, ignore=shutil.ignore_patterns("locale"))
        (copy / "locale").mkdir()
        subprocess.run(  # noqa: S603 (our own interpreter and fixed arguments)
            [sys.executable, "-m", "django", "makemessages", "-l", "en", "-d", catalog.domain],
            cwd=copy,
            env={
                **os.environ,
                "PYTHONPATH": str(PROJECT_DIR),
                "DJANGO_SETTINGS_MODULE": "config.settings.test",
            },
            check=True,
            capture_output=True,
        )
        po = polib.pofile(str(copy / "locale" / "en" / "LC_MESSAGES" / f"{catalog.domain}.po"))
    for entry in po:
        entry.occurrences = [(f"{catalog.module}/{file}", line) for file, line in entry.occurrences]
    return po


def _key(entry: polib.POEntry) -> tuple:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def _translations(path: Path) -> dict[tuple, polib.POEntry]:
    if not path.exists():
        return {}
    return {
        _key(entry): entry
        for entry in polib.pofile(str(path))
        if entry.translated() and not entry.obsolete
    }


def _thai_entry(source: polib.POEntry, known: polib.POEntry | None) -> polib.POEntry:
    """The template's entry with our Thai (Thai has one plural form)."""
    flags = [flag for flag in source.flags if flag != "fuzzy"]
    entry = polib.POEntry(
        msgctxt=source.msgctxt,
        msgid=source.msgid,
        msgid_plural=source.msgid_plural,
        occurrences=source.occurrences,
        comment=source.comment,
        flags=flags,
    )
    if source.msgid_plural:
        plural = known.msgstr_plural.get(0, "") if known and known.msgid_plural else ""
        entry.msgstr_plural = {0: plural}
    else:
        entry.msgstr = known.msgstr if known else ""
    return entry


def build(catalog: Catalog) -> polib.POFile:
    """The Thai catalog for the pinned package: its msgids, our translations
    first, the package's own Thai only for msgids we never translated."""
    ours = _translations(catalog.path)
    seeds = {} if catalog.path.exists() else _translations(catalog.upstream_po("th"))
    po = polib.POFile(wrapwidth=79)
    po.header = (
        f"Thai translation of {catalog.distribution} {catalog.version} ({catalog.module}),\n"
        "in newsroom Thai (docs/thai-glossary.md). Rebuilt by `make upstream-messages`."
    )
    po.metadata = {"Project-Id-Version": f"{catalog.distribution} {catalog.version}", **THAI_HEADER}
    for source in template(catalog):
        if source.obsolete or not source.msgid:
            continue
        key = _key(source)
        po.append(_thai_entry(source, ours.get(key) or seeds.get(key)))
    return po


def compile_mo(po_path: Path, mo_path: Path) -> None:
    """GNU msgfmt (as compilemessages), which also checks placeholders."""
    subprocess.run(  # noqa: S603 (fixed arguments)
        ["msgfmt", "--check-format", "-o", str(mo_path), str(po_path)],  # noqa: S607 (on PATH, as compilemessages)
        check=True,
    )


def main(folders: list[str]) -> None:
    """Rebuild and compile the catalogs in `folders` (all when none is given)."""
    for catalog in CATALOGS:
        if folders and catalog.folder not in folders:
            continue
        po = build(catalog)
        catalog.path.parent.mkdir(parents=True, exist_ok=True)
        po.save(str(catalog.path))
        compile_mo(catalog.path, catalog.path.with_suffix(".mo"))
        done = len(po.translated_entries())
        print(f"{catalog.folder}/{catalog.domain}: {done}/{len(po)} translated")


if __name__ == "__main__":
    main(sys.argv[1:])
