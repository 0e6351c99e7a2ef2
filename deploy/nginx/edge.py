"""
The nginx edge of deploy/nginx/newsroom.conf on loopback, without TLS: the
same upstream pool, encoding map and live-updates cache, and the same
newsroom-proxy.conf, in front of a Varnish on a spare port. Used by the
stack tests and bench/live_bench.py, so they measure what production runs.
"""

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = re.compile(r"# --- the edge: .*?\n(.*)# --- to here ---\n", re.S)
TEMPLATE = """
daemon off; worker_processes auto; pid {work}/edge.pid; error_log {work}/edge-error.log;
events {{ worker_connections {connections}; }}
http {{
  access_log off; client_body_temp_path {work}; proxy_temp_path {work};
  fastcgi_temp_path {work}; uwsgi_temp_path {work}; scgi_temp_path {work};
{shared}
  server {{
    listen 127.0.0.1:{port};
    include {proxy};
  }}
}}
"""


def loopback_edge(port, varnish_port, work, connections=1024):
    """
    nginx.conf text for an edge on 127.0.0.1:`port` in front of Varnish on
    `varnish_port`, keeping its files in `work`. Started as root, nginx hands
    `work` to its workers' user (nobody), who must be able to reach it: a
    folder of its own in /tmp, not one inside another user's private folder.
    """
    shared = SHARED.search((HERE / "newsroom.conf").read_text()).group(1)
    production = ("server 127.0.0.1:6081;", "/var/lib/nginx/newsroom-live")
    if not all(part in shared for part in production):
        raise ValueError("newsroom.conf no longer names Varnish's address or the cache folder")
    shared = shared.replace(production[0], f"server 127.0.0.1:{varnish_port};")
    shared = shared.replace(production[1], f"{work}/edge-cache")
    return TEMPLATE.format(
        work=work,
        port=port,
        connections=connections,
        shared=shared,
        proxy=HERE / "newsroom-proxy.conf",
    )
