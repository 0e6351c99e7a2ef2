"""
A database outage answers 503 with Retry-After, in a few log lines, loses no
acknowledged write and ends without a restart (config/db_outage.py).

The test runs the real thing: its own PostgreSQL cluster (initdb into a
temporary folder, tests/outage_helpers.py), the site under gunicorn against
it, and readers' requests from a few threads while PostgreSQL is stopped for
OUTAGE_SECONDS. Skipped where PostgreSQL's binaries are not installed.
"""

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
import requests
from django.db import OperationalError
from django.test import Client
from wagtail.models import Site

from config import db_outage
from tests.outage_helpers import PG_BIN, PostgresServer, spare_port, wait_until

needs_postgres = pytest.mark.skipif(PG_BIN is None, reason="needs PostgreSQL's initdb")

ROOT = Path(__file__).resolve().parent.parent
OUTAGE_SECONDS = 10
READERS = 4
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36"

# The test settings on PostgreSQL, logging as production does (to stderr, from WARNING).
SETTINGS = """
from config.settings.test import *  # noqa: F403
CONSENT_RATE_LIMIT = (1_000_000, 60)  # every reader comes from 127.0.0.1 here
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
"""
PAGE_TREE = """
from wagtail.models import Locale, Page, Site
from home.models import HomePage
from news.models import ArticlePage, SectionPage
root = Page.get_first_root_node()
Page.objects.filter(depth=2).delete()
root.refresh_from_db()
thai = Locale.objects.get_or_create(language_code="th")[0]
home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home", locale=thai))
Site.objects.create(hostname="127.0.0.1", root_page=home, is_default_site=True, site_name="NWD")
section = home.add_child(instance=SectionPage(title="โลก", slug="world"))
story = ArticlePage(title="ข่าวน้ำท่วม", slug="flood", standfirst="สรุปข่าว", live=False)
section.add_child(instance=story)
story.save_revision().publish()
print(story.pk)
"""


@pytest.fixture(scope="module")
def postgres():
    if PG_BIN is None:
        pytest.skip("needs PostgreSQL's initdb")
    server = PostgresServer()
    try:
        server.init()
        server.start()
        server.run("createdb", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", "nwd")
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="module")
def site(postgres, tmp_path_factory):
    """gunicorn serving the site on `postgres`; yields (base URL, article id, log file)."""
    folder = tmp_path_factory.mktemp("outage-site")
    (folder / "outage_settings.py").write_text(SETTINGS)
    env = {
        **os.environ,
        "PYTHONPATH": f"{folder}:{ROOT}",
        "DJANGO_SETTINGS_MODULE": "outage_settings",
        "DATABASE_URL": postgres.url("nwd"),
        "REDIS_URL": "",
        "VIEW_COUNT_PER_ADDRESS": "1000000",  # every reader comes from 127.0.0.1 here
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)  # noqa: S603
    shell = [*manage, "shell", "-c", PAGE_TREE]
    shown = subprocess.run(shell, env=env, check=True, cwd=ROOT, capture_output=True, text=True)  # noqa: S603
    article_id = int(shown.stdout.split()[-1])
    port = spare_port()
    log = folder / "gunicorn.log"
    gunicorn = [sys.executable, "-m", "gunicorn", "config.wsgi", "-b", f"127.0.0.1:{port}"]
    gunicorn += ["--workers", "2", "--threads", "4", "--timeout", "60"]
    with log.open("w") as log_file:
        server = subprocess.Popen(gunicorn, env=env, cwd=ROOT, stderr=log_file)  # noqa: S603
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: answers_ok(f"{base}/health/live/"), seconds=60, what="gunicorn")
        yield base, article_id, log
    finally:
        server.terminate()
        server.wait(timeout=30)


def answers_ok(url):
    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.RequestException:
        return False


class Readers:
    """Readers in threads: a page, a view beacon and a consent decision each round."""

    def __init__(self, base, article_id):
        self.base = base
        self.article_id = article_id
        self.statuses = Counter()
        self.acknowledged = Counter()
        self.without_retry_after = 0
        self.lock = threading.Lock()
        self.n = 0

    def round(self):
        with self.lock:
            self.n += 1
            n = self.n
        self.note("page", requests.get(f"{self.base}/th/world/flood/", timeout=30), 200)
        beacon = f"{self.base}/th/analytics/views/{self.article_id}/"
        headers = {"User-Agent": f"{BROWSER} reader/{n}"}
        self.note("beacon", requests.post(beacon, headers=headers, timeout=30), 204)
        decision = {"decision": "accept", "language": "th", "next": "/th/"}
        consent = requests.post(
            f"{self.base}/consent/", data=decision, allow_redirects=False, timeout=30
        )
        self.note("consent", consent, 303)

    def note(self, kind, response, success):
        with self.lock:
            self.statuses[(kind, response.status_code)] += 1
            if response.status_code == success:
                self.acknowledged[kind] += 1
            if response.status_code == 503 and "Retry-After" not in response.headers:
                self.without_retry_after += 1

    def for_seconds(self, seconds):
        deadline = time.monotonic() + seconds

        def reader(_n):
            while time.monotonic() < deadline:
                self.round()

        with ThreadPoolExecutor(max_workers=READERS) as pool:
            list(pool.map(reader, range(READERS)))


def stored(postgres):
    with psycopg.connect(postgres.url("nwd")) as database:
        views = database.execute("SELECT coalesce(sum(views), 0) FROM analytics_articleviewcount")
        consents = database.execute("SELECT count(*) FROM consent_consentrecord")
        return {"beacon": int(views.fetchone()[0]), "consent": consents.fetchone()[0]}


@needs_postgres
def test_a_database_outage_answers_503_loses_nothing_and_recovers(postgres, site):
    base, article_id, log = site
    readers = Readers(base, article_id)
    readers.for_seconds(2)
    postgres.stop()
    readers.for_seconds(OUTAGE_SECONDS)
    postgres.start()
    readers.for_seconds(3)
    during_recovery = Counter(readers.statuses)
    readers.statuses.clear()
    readers.for_seconds(2)

    print(f"\nPostgreSQL stopped {OUTAGE_SECONDS} s: statuses {dict(during_recovery)}")
    print(f"after recovery: {dict(readers.statuses)}")
    statuses = during_recovery + readers.statuses
    assert {status for _kind, status in statuses} <= {200, 204, 303, 503}, statuses
    assert any(status == 503 for _kind, status in during_recovery), "the outage was seen"
    assert readers.without_retry_after == 0
    assert {status for _kind, status in readers.statuses} == {200, 204, 303}, "recovered unaided"

    in_database = stored(postgres)
    acknowledged = {kind: readers.acknowledged[kind] for kind in ("beacon", "consent")}
    print(f"writes acknowledged {acknowledged}, stored {in_database}")
    assert in_database == acknowledged

    text = log.read_text()
    outage_lines = [line for line in text.splitlines() if "Database unavailable" in line]
    answered_503 = sum(n for (_kind, status), n in statuses.items() if status == 503)
    print(f"503 answers: {answered_503}; log lines about them: {len(outage_lines)}")
    assert "Traceback" not in text
    assert 0 < len(outage_lines) <= answered_503


@pytest.mark.django_db
def test_a_lost_connection_is_a_short_uncached_503_in_one_log_line(section, monkeypatch, caplog):
    """In process, wherever PostgreSQL is not installed: the handler alone."""

    def refused(*args, **kwargs):
        raise OperationalError('connection refused\n\tIs the server running on "127.0.0.1"?')

    monkeypatch.setattr(db_outage, "outage_log", db_outage.OutageLog(interval=60))
    monkeypatch.setattr(Site, "find_for_request", refused)
    client = Client(raise_request_exception=False)
    responses = [client.get(path) for path in ("/th/world/", "/en/world/", "/th/world/")]

    assert [r.status_code for r in responses] == [503, 503, 503]
    assert responses[0]["Retry-After"] == str(db_outage.RETRY_AFTER_SECONDS)
    assert "no-store" in responses[0]["Cache-Control"]
    assert "Back in a moment" in responses[1].content.decode()
    assert [r.getMessage().count("\n") for r in caplog.records] == [0]
    assert not any(r.exc_info for r in caplog.records)
