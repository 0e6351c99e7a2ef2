"""
Write deploy/varnish/newsroom.vcl for other addresses, to stdout.

    python deploy/varnish/render.py --app 127.0.0.1:8001 --app 127.0.0.1:8002 \
        --media 127.0.0.1:8081 --purger 127.0.0.1 > /etc/varnish/newsroom.vcl

Used by `make serve`, the stack tests and bench/stack.py, which run on spare
ports; the file itself is the production configuration for one app server.
"""

import argparse
import re
from pathlib import Path

TEMPLATE = Path(__file__).with_name("newsroom.vcl")
BLOCK = re.compile(
    r"# --- addresses: render.py replaces from here ---\n.*# --- to here ---\n", re.S
)


def render(apps, media, purgers, probe_interval="1s"):
    probe = TEMPLATE.read_text().split("probe ready {", 1)[1].split("}", 1)[0]
    probe = re.sub(r"\.interval = \S+;", f".interval = {probe_interval};", probe)
    parts = [f"probe ready {{{probe}}}\n"]
    for n, address in enumerate(apps, 1):
        host, port = address.rsplit(":", 1)
        parts.append(
            f'backend app{n} {{\n    .host = "{host}";\n    .port = "{port}";\n'
            "    .probe = ready;\n    .connect_timeout = 1s;\n    .first_byte_timeout = 30s;\n}\n"
        )
    host, port = (media or apps[0]).rsplit(":", 1)
    parts.append(f'backend media {{\n    .host = "{host}";\n    .port = "{port}";\n}}\n')
    parts.append("acl purgers {\n" + "".join(f'    "{ip}";\n' for ip in purgers) + "}\n")
    adds = "".join(f"    app.add_backend(app{n});\n" for n in range(1, len(apps) + 1))
    parts.append(f"sub vcl_init {{\n    new app = directors.round_robin();\n{adds}}}\n")
    return BLOCK.sub(lambda _match: "\n".join(parts), TEMPLATE.read_text())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", action="append", required=True, help="host:port, repeatable")
    parser.add_argument("--media", help="host:port of the media server (default: the first app)")
    parser.add_argument("--purger", action="append", default=None, help="address allowed to purge")
    parser.add_argument("--probe-interval", default="1s")
    args = parser.parse_args()
    print(render(args.app, args.media, args.purger or ["127.0.0.1", "::1"], args.probe_interval))


if __name__ == "__main__":
    main()
