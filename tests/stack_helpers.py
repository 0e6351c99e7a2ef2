"""
The production stack on loopback for the stack tests (tests/test_stack_*.py):
an app node sharing the test's database, the real Varnish
(deploy/varnish/newsroom.vcl) and the nginx edge (deploy/nginx/) in front of
it, each on a spare port with its own work directory, stopped after the test.
"""

import http.client
import shutil
import tempfile

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

from tests.app_nodes import stack


class Server:
    """A server of the stack on a spare port; `get` answers (status, headers, body)."""

    port = process = None

    def request(self, method, path, headers=None, source="127.0.0.1", decode=True):
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=10, source_address=(source, 0)
        )
        try:
            connection.request(method, path, headers={"Host": "localhost", **(headers or {})})
            response = connection.getresponse()
            body = response.read()
            return response.status, dict(response.getheaders()), body.decode() if decode else body
        finally:
            connection.close()

    def get(self, path, **headers):
        return self.request("GET", path, headers)


class Proxy(Server):
    """A varnishd in front of `apps`."""

    def __init__(self, apps, work, purgers=("127.0.0.1",), port=None):
        self.port = port or stack.free_port()
        self.process = stack.start_varnish(self.port, apps, work, purgers=purgers)
        stack.wait_for(f"http://127.0.0.1:{self.port}/health/live/")


class Edge(Server):
    """The nginx edge (production's TLS server, without TLS) in front of `proxy`."""

    def __init__(self, proxy):
        # Not in the test's tmp_path: nginx's workers could not reach it (deploy/nginx/edge.py).
        self.work = tempfile.mkdtemp(prefix="newsroom-edge-")
        self.port = stack.free_port()
        self.process = stack.start_edge(self.port, proxy.port, self.work)
        stack.wait_for(f"http://127.0.0.1:{self.port}/health/live/")

    def stop(self):
        stack.stop(self.process)
        shutil.rmtree(self.work, ignore_errors=True)


class AppNode:
    """Django's live-server thread on a spare port, sharing the test's database."""

    def __init__(self):
        in_memory = {
            c.alias: c for c in connections.all() if c.vendor == "sqlite" and c.is_in_memory_db()
        }
        for connection in in_memory.values():
            connection.inc_thread_sharing()
        self.shared = in_memory.values()
        self.port = stack.free_port()
        self.thread = LiveServerThread(
            "127.0.0.1", StaticFilesHandler, connections_override=in_memory, port=self.port
        )
        self.thread.daemon = True
        self.thread.start()
        self.thread.is_ready.wait()
        self.address = f"127.0.0.1:{self.port}"

    def stop(self):
        if self.thread.is_alive():
            self.thread.terminate()
            for connection in self.shared:
                connection.dec_thread_sharing()


@pytest.fixture
def purging(settings):
    """Point the purges at the proxy once it is up (settings reach the live thread)."""

    def point_at(proxy):
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {
                "BACKEND": "frontcache.backends.VarnishXkeyBackend",
                "LOCATION": f"http://127.0.0.1:{proxy.port}",
            }
        }

    return point_at


@pytest.fixture
def node_and_proxy(tmp_path, purging, live_home):
    node = AppNode()
    proxy = Proxy([node.address], tmp_path)
    purging(proxy)
    stack.wait_for(f"http://127.0.0.1:{proxy.port}/health/ready/")
    yield node, proxy
    stack.stop(proxy.process)
    node.stop()


@pytest.fixture
def node_proxy_and_edge(node_and_proxy):
    node, proxy = node_and_proxy
    edge = Edge(proxy)
    stack.wait_for(f"http://127.0.0.1:{edge.port}/health/ready/")
    yield node, proxy, edge
    edge.stop()
