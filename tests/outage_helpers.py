"""
Throwaway Redis and PostgreSQL servers for the outage tests (test_cache_outage,
test_db_outage, test_view_count_exactness): each on a spare loopback port with
its files in a temporary folder, stopped and started again mid-test. The
shared services of the machine are never touched. The fixtures are registered
for the suite by tests/conftest.py (``pytest_plugins``).

PostgreSQL refuses to run as root, so as root the cluster belongs to the
``postgres`` user (``runuser``). Tests needing a server skip cleanly when its
binaries are not installed.
"""

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from analytics import counting
from web.resilient_cache import CircuitBreaker

REDIS_SERVER = shutil.which("redis-server")
# Redis is tried again this long after a failure (a production default of 5 s).
RETRY_SECONDS = 1
PG_BIN = next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)), None)


def spare_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(ready, seconds=30.0, what="the server"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.05)
    raise TimeoutError(f"{what} did not come up in {seconds} s")


def answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


class RedisServer:
    """
    redis-server with no snapshots and an append-only file, as the deploy
    config runs it: what was counted before a stop is there after the start.
    """

    def __init__(self, folder):
        self.folder = Path(folder)
        self.port = spare_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "yes", "--dir", str(self.folder)]
        self.process = subprocess.Popen(  # noqa: S603 - our own command line
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_until(lambda: answers(self.port), what="redis-server")

    def stop(self):
        """SIGTERM, as systemd stops it: Redis syncs its append-only file and exits."""
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


class PostgresServer:
    """A fresh cluster (initdb) owned by the postgres user when we are root."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="newsroom-pg-"))
        self.data = self.folder / "data"
        self.port = spare_port()
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")

    def url(self, database="postgres"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def run(self, program, *args):
        command = [f"{PG_BIN}/{program}", *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)  # noqa: S603

    def init(self):
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", "server.log", "-w", "start")

    def stop(self):
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_cache(redis_server, settings, monkeypatch):
    """The site's cache and view counter on our own Redis, trying again after RETRY_SECONDS."""
    backend = {
        "BACKEND": "web.resilient_cache.ResilientRedisCache",
        "LOCATION": redis_server.url,
        "KEY_PREFIX": "newsroom",
        "RETRY_SECONDS": RETRY_SECONDS,
    }
    settings.CACHES = {"default": backend, "renditions": {**backend, "TIMEOUT": 86400}}
    settings.REDIS_URL = redis_server.url
    monkeypatch.setattr(counting, "breaker", CircuitBreaker("test counter", RETRY_SECONDS))
    return redis_server
