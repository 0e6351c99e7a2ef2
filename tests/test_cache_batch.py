"""
During a GET or HEAD request the Redis cache reads what the address read last
time in one round trip and sends the request's writes in one pipeline at its
end (web/cache_batch.py), without a reader seeing anything a direct cache
would not: a write is read back in the same request, a deletion or a counter
goes at once, and other methods are not batched.
"""

import uuid
from contextlib import contextmanager

import pytest
from django.core.cache import cache

from bench.harness import redis_round_trips, uses_redis
from web import cache_batch

pytestmark = pytest.mark.skipif(not uses_redis(), reason="the batch is Redis's: set REDIS_URL")


@contextmanager
def request(path, method="GET"):
    environ = {"REQUEST_METHOD": method, "HTTP_HOST": "testserver", "PATH_INFO": path}
    # What the request_started and request_finished signals call, without the database's receivers.
    cache_batch.start(environ=environ)
    try:
        yield
    finally:
        cache_batch.finish()


def in_redis(key):
    return cache._cache.get_client(None).get(cache.make_and_validate_key(key))


@pytest.fixture
def keys():
    prefix = uuid.uuid4().hex
    yield [f"batch-test:{prefix}:{n}" for n in range(3)]
    cache.delete_many([f"batch-test:{prefix}:{n}" for n in range(3)])


@pytest.fixture
def address():
    return f"/th/{uuid.uuid4().hex}/"


def test_an_address_read_before_reads_everything_in_one_round_trip(keys, address):
    cache.set_many({key: key.upper() for key in keys})
    with request(address):
        assert [cache.get(key) for key in keys] == [key.upper() for key in keys]

    with redis_round_trips() as sent, request(address):
        assert [cache.get(key) for key in keys] == [key.upper() for key in keys]
        assert cache.get(keys[0] + ":absent", "default") == "default"

    assert sent == ["MGET", "MGET"]  # the new key alone costs a round trip of its own, this once


def test_writes_are_read_back_at_once_and_sent_together_at_the_end(keys, address):
    with redis_round_trips() as sent, request(address):
        cache.set(keys[0], "first")
        cache.set_many({keys[1]: "second", keys[2]: "third"})
        assert cache.get(keys[0]) == "first"
        assert cache.get_many(keys) == {keys[0]: "first", keys[1]: "second", keys[2]: "third"}
        sent_before_the_end = list(sent)

    assert "PIPELINE" not in sent_before_the_end
    assert sent.count("PIPELINE") == 1
    assert cache.get_many(keys) == {keys[0]: "first", keys[1]: "second", keys[2]: "third"}


def test_a_deletion_goes_at_once_and_is_not_undone_by_a_pending_write(keys, address):
    cache.set(keys[0], "old")
    with request(address):
        cache.set(keys[0], "new")
        cache.delete(keys[0])
        assert cache.get(keys[0]) is None
        assert in_redis(keys[0]) is None  # for every other reader too, before the end

    assert cache.get(keys[0]) is None


def test_a_counter_counts_from_the_value_written_in_the_same_request(keys, address):
    with request(address):
        cache.set(keys[0], 41)
        assert cache.incr(keys[0]) == 42

    assert cache.get(keys[0]) == 42


def test_a_timeout_of_zero_deletes_as_without_the_batch(keys, address):
    cache.set(keys[0], "old")
    with request(address):
        cache.set(keys[0], "gone", timeout=0)
        assert cache.get(keys[0]) is None

    assert cache.get(keys[0]) is None


def test_a_post_is_not_batched(keys, address):
    with redis_round_trips() as sent, request(address, method="POST"):
        cache.set(keys[0], "posted")
        assert sent == ["SET"]
