"""
Backups (issue 14): the documented `pg_dump` plus media copy restores into a
fresh database that serves the same article, with its picture.

Runs the README's commands against the PostgreSQL at 127.0.0.1:5432 (user
postgres, or BACKUP_TEST_DATABASE_URL): two throwaway databases, the site
migrated and given an article in one, dumped, restored into the other, and
the site run against the copy. Skipped where pg_dump or that server is
missing.
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BACKUP_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432")
HEADLINE = "สำรองข้อมูลแล้วกู้คืนได้ครบ"

TOOLS = {name: shutil.which(name) for name in ("pg_dump", "pg_restore", "psql")}

pytestmark = pytest.mark.skipif(not all(TOOLS.values()), reason="needs pg_dump, pg_restore, psql")

BUILD = """
import json, django
django.setup()
from django.core.management import call_command
from django.test.utils import override_settings
call_command("migrate", verbosity=0)
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, Site
from home.models import HomePage
from news.models import ArticlePage, SectionPage
with override_settings(MEDIA_ROOT=MEDIA):
    thai = Locale.objects.get_or_create(language_code="th")[0]
    Page.objects.filter(depth=2).delete()
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home", locale=thai))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    section = home.add_child(instance=SectionPage(title="โลก", slug="world"))
    picture = get_image_model().objects.create(
        title="ภาพข่าว", file=get_test_image_file(filename="backup.png"))
    article = section.add_child(instance=ArticlePage(
        title=HEADLINE, slug="backup-story", standfirst="ย่อหน้าเปิด", hero_image=picture))
    article.save_revision().publish()
    print(json.dumps({"url": article.url, "image": picture.file.name}))
"""

SERVE = """
import json, django
django.setup()
from django.test import Client
from django.test.utils import override_settings, setup_test_environment
setup_test_environment()
from wagtail.images import get_image_model
with override_settings(MEDIA_ROOT=MEDIA):
    response = Client().get(URL, HTTP_HOST="localhost")
    image = get_image_model().objects.get()
    print(json.dumps({"status": response.status_code,
                      "has_headline": HEADLINE in response.content.decode(),
                      "image_on_disk": image.file.storage.exists(image.file.name)}))
"""


def psql(database, sql):
    subprocess.run(  # noqa: S603 - fixed programs, our own arguments
        [TOOLS["psql"], f"{SERVER}/{database}", "-v", "ON_ERROR_STOP=1", "-qc", sql],
        check=True,
        capture_output=True,
        timeout=60,
    )


def site_script(script, database, **names):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    env["DATABASE_URL"] = f"{SERVER}/{database}"
    env.pop("REDIS_URL", None)
    preamble = "".join(f"{name} = {value!r}\n" for name, value in names.items())
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", preamble + script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def databases():
    suffix = secrets.token_hex(4)
    names = (f"newsroom_backup_{suffix}", f"newsroom_restore_{suffix}")
    try:
        for name in names:
            psql("postgres", f'CREATE DATABASE "{name}"')
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"no PostgreSQL to try a restore on at {SERVER}: {error}")
    yield names
    for name in names:
        psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_dump_and_a_media_copy_restore_the_same_article(databases, tmp_path):
    live, restored = databases
    media, media_copy, dump = tmp_path / "media", tmp_path / "media-copy", tmp_path / "site.dump"
    built = site_script(BUILD, live, MEDIA=str(media), HEADLINE=HEADLINE)

    # The README's backup: a custom-format dump and a copy of the media folder.
    subprocess.run(  # noqa: S603
        [TOOLS["pg_dump"], "--format=custom", "--no-owner", f"--file={dump}", f"{SERVER}/{live}"],
        check=True,
        timeout=300,
    )
    shutil.copytree(media, media_copy)
    # The README's restore, into a fresh database.
    subprocess.run(  # noqa: S603
        [TOOLS["pg_restore"], "--no-owner", f"--dbname={SERVER}/{restored}", str(dump)],
        check=True,
        timeout=300,
    )
    served = site_script(
        SERVE, restored, MEDIA=str(media_copy), URL=built["url"], HEADLINE=HEADLINE
    )
    assert served == {"status": 200, "has_headline": True, "image_on_disk": True}
    assert (media_copy / built["image"]).is_file()
