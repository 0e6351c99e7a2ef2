"""
The health URLs (config/health.py): liveness touches nothing, readiness checks
the database and the cache; neither is ever cached, and both answer the
proxy's probe whatever its Host header and over plain HTTP.
"""

import pytest
from django.db.utils import OperationalError

from config import health
from tests.outage_helpers import spare_port
from web.resilient_cache import ResilientRedisCache


def test_liveness_answers_without_touching_the_database(client):
    # No django_db mark: any query would raise here.
    response = client.get(health.LIVE_PATH)
    assert response.status_code == 200
    assert response.json() == {"live": True}


@pytest.mark.django_db
def test_readiness_checks_the_database_and_the_cache(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get(health.READY_PATH)
    assert response.status_code == 200
    assert response.json() == {"database": True, "cache": True, "ready": True, "degraded": []}


@pytest.mark.django_db
def test_readiness_fails_when_the_database_does_not_answer(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", refuse)
    response = client.get(health.READY_PATH)
    assert response.status_code == 503
    assert response.json()["database"] is False


@pytest.mark.django_db
def test_readiness_fails_when_the_cache_does_not_answer(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(health.cache, "add", refuse)
    response = client.get(health.READY_PATH)
    assert response.status_code == 503
    assert response.json()["cache"] is False


@pytest.mark.django_db
def test_readiness_names_the_cache_degraded_while_redis_is_down(client, monkeypatch):
    """The site serves on from each process's memory, so it stays ready, but says so."""
    nothing_listens = f"redis://127.0.0.1:{spare_port()}/0"
    monkeypatch.setattr(health, "cache", ResilientRedisCache(nothing_listens, {}))
    response = client.get(health.READY_PATH)
    assert response.status_code == 200
    assert response.json() == {
        "database": True,
        "cache": True,
        "ready": True,
        "degraded": ["cache"],
    }


@pytest.mark.django_db
@pytest.mark.parametrize("path", [health.LIVE_PATH, health.READY_PATH])
def test_health_is_never_cached(client, path):
    cache_control = client.get(path)["Cache-Control"]
    assert "no-store" in cache_control and "public" not in cache_control


@pytest.mark.django_db
@pytest.mark.parametrize("path", [health.LIVE_PATH, health.READY_PATH])
def test_health_answers_any_host_over_plain_http(client, settings, path):
    # In production the probe comes from Varnish, with its own Host, over HTTP.
    settings.ALLOWED_HOSTS = ["news.example"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get(path, HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200


@pytest.mark.django_db
def test_other_paths_still_check_the_host(client, settings):
    settings.ALLOWED_HOSTS = ["news.example"]
    assert client.get("/health/other/", HTTP_HOST="127.0.0.1").status_code == 400
