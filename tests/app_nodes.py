"""
Gunicorn app servers started by a test (deploy/serve.py, which `make serve`
runs) on the test's own PostgreSQL database and Redis, as production nodes
share them: the several-node tests of the site-root cache and of the stack
behind Varnish.
"""

import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "deploy"))
import serve as stack  # noqa: E402 - deploy/serve.py


def start_app_nodes(count=2, **env):
    """
    (processes, addresses) of `count` app servers with production settings
    and `env`, each answering /health/ready/; skips without PostgreSQL and Redis.
    """
    if connections["default"].vendor != "postgresql" or not settings.REDIS_URL:
        pytest.skip("app nodes share PostgreSQL and Redis (run with DATABASE_URL, REDIS_URL)")
    db = connections["default"].settings_dict
    env = stack.production_env(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        **env,
    )
    ports = [stack.free_port() for _ in range(count)]
    nodes = [stack.start_app(port, env, workers=1, access_log=False) for port in ports]
    addresses = [f"127.0.0.1:{port}" for port in ports]
    for address in addresses:
        stack.wait_for(f"http://{address}/health/ready/")
    return nodes, addresses
