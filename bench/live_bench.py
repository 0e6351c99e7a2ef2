"""
Benchmark: a live blog of 500 updates (README, "Live coverage").

In one process (the default), through the same test client and middleware as
the site with no shared cache in front ("uncached"), each timed interleaved
with a bare Django view returning the same bytes (bench/harness.py):

- the updates endpoint as a reader's page polls it, with nothing new since
  its cursor (the common case) and with the 10 newest changes to send;
- the live blog's first page (pinned updates, the 20 newest, JSON-LD): with
  the updates' HTML cached (live/rendering.py), for the first reader after a
  post (one update to render), and with every update just changed (all of
  the page's rendered afresh);
- an ordinary article of about as many words, for comparison.

With `--stack`, the production stack on loopback instead (deploy/serve.py's
pieces): gunicorn with production settings on a fresh SQLite file, Varnish
with deploy/varnish/newsroom.vcl, and in front of it the nginx edge of
deploy/nginx/ (production's TLS server, without TLS), which keeps the updates
endpoint until the end of each second. `wrk -c1000` plays 1,000 readers
polling the endpoint at once, against nginx serving the same bytes, the edge,
and Varnish alone, in turn; then an editor posts updates through the live
desk (HTTP, as a browser would) and each is timed until a poll through the
edge shows it (the purge path). Prints p50/p95 and ratios.

    .venv/bin/python bench/live_bench.py [--runs 200]
    .venv/bin/python bench/live_bench.py --stack [--seconds 5] [--connections 1000]
"""

import argparse
import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

from bench import harness  # noqa: E402
from bench.stack import stack as serve  # noqa: E402 - deploy/serve.py
from bench.stack import start_static_server  # noqa: E402

UPDATES = 500
POSTS = 20
urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing
TEXT = (
    "<p>ระดับน้ำที่สถานี C.2 นครสวรรค์สูงขึ้นต่อเนื่อง กรมชลประทานเพิ่มการระบายน้ำท้ายเขื่อน"
    "เจ้าพระยา ประชาชนริมน้ำควรขนของขึ้นที่สูง The release below the dam was raised again.</p>"
)
QUOTE = {"quote": "เราเปิดประตูระบายน้ำทุกบานที่เปิดได้แล้ว", "speaker": "อธิบดี", "role": "กรมชลประทาน"}
# wrk's own percentiles (microseconds), printed after its summary.
WRK_PERCENTILES = """done = function(summary, latency, requests)
  io.write(string.format("p50 %d p95 %d\\n", latency:percentile(50), latency:percentile(95)))
end
"""


def build_article(section):
    """An ordinary article of about the first page's length, for comparison."""
    from news.models import ArticlePage

    body = [("paragraph", TEXT) for _ in range(20)] + [("pull_quote", QUOTE)] * 4
    article = section.add_child(
        instance=ArticlePage(title="ข่าวน้ำท่วม", slug="story", standfirst="สรุป", body=body)
    )
    article.save_revision().publish()
    return article


def build_blog(section):
    from django.utils import timezone

    from live.models import LiveBlogPage
    from live.updates import LiveUpdate, UpdateState

    blog = LiveBlogPage(title="สด: เฝ้าระวังน้ำท่วม", slug="flood", standfirst="ติดตาม", live=False)
    section.add_child(instance=blog)
    blog.save_revision().publish()
    now = timezone.now()
    updates = []
    for n in range(UPDATES):
        body = [("paragraph", TEXT)] + ([("pull_quote", QUOTE)] if n % 5 == 0 else [])
        updates.append(
            LiveUpdate(
                blog=blog,
                state=UpdateState.PUBLISHED,
                posted_at=now - timedelta(minutes=n),
                changed_at=now - timedelta(minutes=n),
                title=f"อัปเดตที่ {UPDATES - n}" if n % 3 == 0 else "",
                body=body,
                is_pinned=n in (7, 40),
                is_key_event=n % 10 == 0,
            )
        )
    LiveUpdate.objects.bulk_create(updates)
    return LiveBlogPage.objects.get(pk=blog.pk)


def poll_urls(blog):
    """The endpoint with a reader's cursor: nothing new since, and 10 changes to send."""
    from live.updates import to_cursor
    from live.views import OVERLAP

    latest = blog.updates.order_by("-changed_at")
    tenth = latest[10].changed_at - OVERLAP - timedelta(seconds=1)
    # Nothing new: no change since the cursor nor in the overlap before it.
    caught_up = latest[0].changed_at + OVERLAP + timedelta(seconds=1)
    endpoint = f"/th/live/{blog.pk}/updates/"
    return {
        "poll, nothing new": f"{endpoint}?since={to_cursor(caught_up)}",
        "poll, 10 changes": f"{endpoint}?since={to_cursor(tenth)}",
    }


def run_in_process(runs):
    from django.db.models.functions import Now
    from django.test import Client

    from live.updates import LiveUpdate, UpdateState

    _home, section = harness.thai_home_and_section()
    blog = build_blog(section)
    article = build_article(section)
    urls = {**poll_urls(blog), "first page": blog.url, "article (compare)": article.url}
    client = Client()
    harness.print_load()
    print(f"{harness.HEADER}   (live blog of {UPDATES} updates, {runs} runs)")
    for name, url in urls.items():
        for _ in range(5):  # warm up: template caches, the updates' HTML
            client.get(url)
        times = harness.compare_with_bare(client, url, runs)
        harness.print_row(name, times, *harness.queries_of(client, url))

    def change_every_update():
        blog.updates.update(changed_at=Now())

    def post_one():  # the first reader after a post: one update to render
        body = [("paragraph", TEXT)]
        LiveUpdate.objects.create(blog=blog, state=UpdateState.PUBLISHED, body=body)

    for label, change in (("after a post", post_one), ("all updates changed", change_every_update)):
        times = harness.compare_with_bare(client, blog.url, runs, before_each=change)
        queries = harness.queries_of(client, blog.url, before=change)
        harness.print_row(f"first page, {label}", times, *queries)


class EditorSession:
    """
    An editor's browser, as far as the live desk needs: production marks its
    cookies Secure, so they are kept here by hand over loopback's plain HTTP.
    """

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, fields=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urlencode({**fields, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request(method, path, body, headers)
        response = connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.update({k: m.value for k, m in SimpleCookie(header).items()})
        connection.close()
        return response.status, content

    def post(self, path, fields):
        status, content = self.request("POST", path, fields)
        if status != 302:  # every form here redirects when it succeeds
            raise RuntimeError(f"POST {path}: {status} {content[:500]!r}")

    def log_in(self, username, password):
        self.request("GET", "/admin/login/")
        self.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


def make_editor(username, password):
    """A superuser whose password production's hashers accept (the test settings' MD5 is not)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    hasher = PBKDF2PasswordHasher()
    user = get_user_model().objects.create_superuser(username, password=None)
    user.password = hasher.encode(password, hasher.salt())
    user.save()


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
        return response.read()


def wrk(url, seconds, connections, script):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", str(script)]
    command += ["-H", "Accept-Encoding: gzip", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    p50, p95 = re.search(r"p50 (\d+) p95 (\d+)", output).groups()
    errors = re.search(r"Socket errors: (.*)", output)
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if failed:  # an error page is cheaper than the answer: the comparison would be void
        sys.exit(f"{url}: {failed.group(1)} answers were not 2xx or 3xx")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": int(p50) / 1000,
        "p95": int(p95) / 1000,
        "errors": errors.group(1) if errors else "none",
    }


def crowd_against_nginx(ports, work, path, args):
    """
    wrk against nginx (the bytes the edge sends), the nginx edge in front of
    Varnish (production's path) and Varnish alone, in turn, `args.rounds` times.
    """
    urls = {name: f"http://127.0.0.1:{ports[name]}{path}" for name in ("edge", "proxy")}
    saved = get(urls["edge"], **{"Accept-Encoding": "gzip"})
    (work / "static" / "poll").write_bytes(saved)
    urls = {"nginx": f"http://127.0.0.1:{ports['nginx']}/media/poll", **urls}
    script = work / "percentiles.lua"
    script.write_text(WRK_PERCENTILES)
    for url in urls.values():  # warm up: threads, connections
        wrk(url, 2, args.connections, script)
    runs = {name: [] for name in urls}
    for _ in range(args.rounds):
        for name, url in urls.items():
            runs[name].append(wrk(url, args.seconds, args.connections, script))
    return len(saved), runs


SERVERS = {
    "nginx": "nginx, the same bytes",
    "edge": "nginx edge + Varnish",
    "proxy": "Varnish alone",
}


def report_crowd(label, size, runs, connections):
    def median(name, key):
        return statistics.median(run[key] for run in runs[name])

    print(f"\n{label} ({size} bytes), wrk -t2 -c{connections}, median of {len(runs['nginx'])}:")
    for name, title in SERVERS.items():
        print(
            f"  {title:22} {median(name, 'rps'):9,.0f} req/s  latency p50 "
            f"{median(name, 'p50'):6.1f} ms  p95 {median(name, 'p95'):6.1f} ms  "
            f"socket errors: {runs[name][-1]['errors']}"
        )
    nginx = median("nginx", "rps")
    for name, note in (("edge", "goal: at least 0.80x"), ("proxy", "without the edge")):
        print(f"  {SERVERS[name]} / nginx: {median(name, 'rps') / nginx:.2f}x ({note})")


def post_to_visible(ports, blog):
    """Seconds from an editor's *Post* to the first poll through the edge that shows the update."""
    from live.pages import count_updates
    from live.updates import to_cursor

    editor = EditorSession(ports["app"])
    editor.log_in("bench-editor", "bench-editor-pw")
    delays = []
    for n in range(POSTS):
        url = f"http://127.0.0.1:{ports['edge']}/th/live/{blog.pk}/updates/?since="
        url += str(to_cursor(count_updates(blog)["latest"]))
        get(url), get(url)  # the reader's poll, kept by the edge and Varnish before the post
        marker = f"bench-post-{n}-{time.time_ns()}"
        # Anywhere in a second, as editors post: the loop itself would post
        # just after the second the edge's copy ends.
        time.sleep(random.random())  # noqa: S311 - a timing, not a secret
        started = time.monotonic()
        editor.post(f"/admin/live/{blog.pk}/", {"title": marker, "text": "น้ำล้นตลิ่งแล้ว"})
        while marker.encode() not in get(url):
            time.sleep(0.005)
        delays.append(time.monotonic() - started)
    return delays


def report_delays(delays):
    from live.pages import POLL_SECONDS

    p50, p95 = statistics.median(delays), harness.percentile(delays, 0.95)
    print(f"\nposted (live desk, HTTP) to visible through the edge, {len(delays)} posts:")
    print(f"  p50 {p50 * 1000:.0f} ms  p95 {p95 * 1000:.0f} ms  max {max(delays) * 1000:.0f} ms")
    print(
        f"  a polling reader sees a post within {POLL_SECONDS} s + {max(delays):.2f} s "
        f"(goal: the poll interval + 1 s)"
    )


def run_stack(args):
    work = Path(tempfile.mkdtemp(prefix="newsroom-live-bench-"))
    edge_work = tempfile.mkdtemp(prefix="newsroom-live-bench-edge-")  # nginx chowns its own
    (work / "static").mkdir()
    ports = {name: serve.free_port() for name in ("app", "nginx", "proxy", "edge")}
    database = f"sqlite:///{work}/db.sqlite3"
    env = serve.production_env(
        DATABASE_URL=database, FRONTEND_CACHE_PURGE_URLS=f"http://127.0.0.1:{ports['proxy']}"
    )
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([serve.PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)  # noqa: S603
    os.environ["DATABASE_URL"] = database  # this process fills the same file
    django.setup()
    blog = build_blog(harness.thai_home_and_section()[1])
    make_editor("bench-editor", "bench-editor-pw")
    processes = [serve.purge_worker_for(env)]  # first: on SQLite it changes the app's environment
    processes += [
        serve.start_app(ports["app"], env, access_log=False),
        start_static_server(ports["nginx"], work / "static", work, args.connections + 100),
        serve.start_varnish(ports["proxy"], [f"127.0.0.1:{ports['app']}"], work),
        serve.start_edge(ports["edge"], ports["proxy"], edge_work, args.connections + 100),
    ]
    try:
        serve.wait_for(f"http://127.0.0.1:{ports['edge']}/health/ready/")
        harness.print_load()
        for label, path in poll_urls(blog).items():
            report_crowd(label, *crowd_against_nginx(ports, work, path, args), args.connections)
        report_delays(post_to_visible(ports, blog))
    finally:
        serve.stop(*processes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument(
        "--stack", action="store_true", help="through the edge and Varnish, against nginx"
    )
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=1000)
    args = parser.parse_args()
    if args.stack:
        run_stack(args)
        return
    django.setup()
    urlpatterns.extend(harness.bench_urlpatterns())
    with harness.throwaway_database(urlconf=__name__):
        run_in_process(args.runs)


if __name__ == "__main__":
    main()
