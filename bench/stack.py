"""
Benchmark: the production stack side by side, in one run (README, "Production").

For an article, a section page and the front page of the demo content, wrk
(-t2 -c32, a few seconds each) measures requests per second of:

- nginx serving the page's saved bytes (the ceiling);
- a bare Django view returning the same bytes, under the same gunicorn;
- the app uncached (gunicorn, production settings, straight);
- the page through Varnish (deploy/varnish/newsroom.vcl) in front of that gunicorn.

Then it publishes the article 20 times and measures, for each, the time from
the commit to the first answer of the proxy showing the new headline (through
the purge queue and its worker, as in production; on SQLite, from the
publishing process after the commit, as `make serve` does). Prints ratios.

    .venv/bin/python bench/stack.py [--database-url URL] [--seconds 5]

Without --database-url it migrates a throwaway SQLite file and loads the demo
content into it (a few minutes). Needs varnishd, nginx and wrk (README).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "deploy")]
import serve as stack  # noqa: E402 - deploy/serve.py

PAGES = {"article": None, "section": None, "front page": "/th/"}
# As browsers ask: Varnish then sends its stored gzip as is (nginx ignores it).
WRK = ["wrk", "-t2", "-c32", "-H", "Accept-Encoding: gzip"]


def bare_app():
    """gunicorn's app for the bare view: `gunicorn 'stack:bare_app()'` from bench/."""
    import django
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler

    django.setup()
    settings.ROOT_URLCONF = "stack"
    return WSGIHandler()


def bare_view(request, name):
    from django.http import HttpResponse, HttpResponseNotFound

    saved = Path(os.environ["BARE_PAGES_DIR"]) / name
    if not saved.is_file():
        return HttpResponseNotFound()
    return HttpResponse(saved.read_bytes(), content_type="text/html; charset=utf-8")


def __getattr__(name):
    # The bare app's URLconf, built on first use (Django is not set up at import).
    if name == "urlpatterns":
        from django.urls import path

        return [path("<str:name>", bare_view)]
    raise AttributeError(name)


def start_static_server(port, root, work, connections):
    """
    `stack.start_media_server` (nginx serving `root` under /media/) with a
    worker per core and room for `connections` clients at once: the media
    server's 256 would leave most of a 1,000-reader crowd waiting to connect.
    """
    conf = stack.NGINX_MEDIA.format(work=work, port=port, media=root)
    sized = conf.replace("worker_processes 1", "worker_processes auto").replace(
        "worker_connections 256", f"worker_connections {connections}"
    )
    assert sized.count("auto") == 1 and str(connections) in sized, "NGINX_MEDIA changed"
    (Path(work) / "nginx.conf").write_text(sized)
    return stack.start(
        [stack.installed("nginx"), "-c", str(Path(work) / "nginx.conf"), "-p", str(work)]
    )


def requests_per_second(url, seconds):
    output = subprocess.run(  # noqa: S603 - our own command
        [*WRK, f"-d{seconds}s", url], capture_output=True, text=True, check=True
    ).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def prepare_database(env):
    for command in (["migrate", "--noinput", "-v0"], ["load_demo_content"]):
        dev = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
        subprocess.run(  # noqa: S603
            [stack.PYTHON, "manage.py", *command], cwd=ROOT, env=dev, check=True
        )


def pick_pages():
    from news.models import ArticlePage

    article = ArticlePage.objects.live().filter(locale__language_code="th").first()
    PAGES["article"] = article.url
    PAGES["section"] = article.get_parent().url
    return article


def measure_throughput(ports, pages_dir, seconds):
    sizes = {}
    for label, path in PAGES.items():  # saved and in the proxy before any load
        body = urllib.request.urlopen(f"http://127.0.0.1:{ports['app']}{path}").read()  # noqa: S310
        (pages_dir / label.replace(" ", "-")).write_bytes(body)
        urllib.request.urlopen(f"http://127.0.0.1:{ports['proxy']}{path}").read()  # noqa: S310
        sizes[label] = len(body)
    rows = []
    for label, path in PAGES.items():
        name = label.replace(" ", "-")
        nginx = requests_per_second(f"http://127.0.0.1:{ports['nginx']}/media/{name}", seconds)
        # The proxy before the app: the uncached run leaves gunicorn a backlog to chew.
        proxy = requests_per_second(f"http://127.0.0.1:{ports['proxy']}{path}", seconds)
        bare = requests_per_second(f"http://127.0.0.1:{ports['bare']}/{name}", seconds)
        app = requests_per_second(f"http://127.0.0.1:{ports['app']}{path}", seconds)
        rows.append((f"{label} ({sizes[label] // 1024} KB)", nginx, bare, app, proxy))
        time.sleep(seconds)  # let the backlog drain before the next page
    return rows


def publish_delays(article, proxy_port, count=20):
    """Seconds from each publish's commit to the proxy's first answer showing it."""
    from django.db import transaction

    from news.models import ArticlePage

    url = f"http://127.0.0.1:{proxy_port}{article.url}"
    # After the uncached runs the probe may still count the app as busy: wait
    # until the proxy reaches it again (it passes /health/ to a healthy app only).
    stack.wait_for(f"http://127.0.0.1:{proxy_port}/health/ready/", timeout=120)
    delays = []
    for n in range(count):
        article = ArticlePage.objects.get(pk=article.pk)
        article.title = f"{article.title.split(' #')[0]} #{n}"
        urllib.request.urlopen(url).read()  # noqa: S310 - cached before the publish
        committed = []
        with transaction.atomic():
            # Registered first, so it runs at the commit, before the purge's own callback.
            transaction.on_commit(partial(stamp, committed))
            article.save_revision().publish()
        while f"#{n}<" not in urllib.request.urlopen(url).read().decode():  # noqa: S310
            time.sleep(0.005)
        delays.append(time.monotonic() - committed[0])
    return sorted(delays)


def stamp(times):
    times.append(time.monotonic())


def report(rows, delays):
    print("| page | nginx, saved bytes | bare view, gunicorn | app uncached | through Varnish |")
    print("| --- | --- | --- | --- | --- |")
    for label, nginx, bare, app, proxy in rows:
        print(
            f"| {label} | {nginx:,.0f} | {bare:,.0f} ({bare / nginx:.3f}x) | "
            f"{app:,.0f} ({app / nginx:.4f}x) | {proxy:,.0f} ({proxy / nginx:.2f}x nginx, "
            f"{proxy / app:,.0f}x the app) |"
        )
    p50, p95 = delays[len(delays) // 2], delays[int(0.95 * len(delays))]
    print(f"\npublish to visible through the proxy, {len(delays)} publishes:")
    print(f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {delays[-1] * 1000:.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url")
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    pages_dir = work / "pages"
    pages_dir.mkdir()
    ports = {name: stack.free_port() for name in ("app", "bare", "nginx", "proxy")}
    env = stack.production_env(
        DATABASE_URL=args.database_url or f"sqlite:///{work}/db.sqlite3",
        FRONTEND_CACHE_PURGE_URLS=f"http://127.0.0.1:{ports['proxy']}",
        BARE_PAGES_DIR=str(pages_dir),
    )
    if not args.database_url:
        prepare_database(env)
    subprocess.run(  # noqa: S603 - our own command
        [stack.PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env
    )
    processes = [stack.purge_worker_for(env)]  # sets FRONTCACHE_TASKS on SQLite
    os.environ.update(env)
    import django

    django.setup()
    article = pick_pages()
    processes += [
        stack.start_app(ports["app"], env, access_log=False),
        subprocess.Popen(  # noqa: S603
            [stack.PYTHON, "-m", "gunicorn", "stack:bare_app()", "--chdir", str(ROOT / "bench")]
            + ["--bind", f"127.0.0.1:{ports['bare']}", "--workers", "2"],
            env=env,
        ),
        stack.start_media_server(ports["nginx"], pages_dir, work),
        stack.start_varnish(ports["proxy"], [f"127.0.0.1:{ports['app']}"], work),
    ]
    try:
        stack.wait_for(f"http://127.0.0.1:{ports['proxy']}/health/ready/")
        stack.wait_for(f"http://127.0.0.1:{ports['bare']}/article", ok=(200, 404))
        rows = measure_throughput(ports, pages_dir, args.seconds)
        delays = publish_delays(article, ports["proxy"])
        report(rows, delays)
    finally:
        stack.stop(*processes)


if __name__ == "__main__":
    main()
