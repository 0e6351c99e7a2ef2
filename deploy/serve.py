"""
The production stack on one machine, on loopback: Varnish in front of gunicorn
(production settings), the purge worker, and nginx for media when installed.

    python deploy/serve.py --port 8080     (what `make serve` runs)

Everything runs in the foreground and stops on Ctrl-C. The stack tests and
bench/stack.py start the same pieces through these functions.
"""

import argparse
import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

PR_SET_PDEATHSIG = 1
ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
sys.path.insert(0, str(ROOT / "deploy" / "varnish"))
sys.path.insert(0, str(ROOT / "deploy" / "nginx"))
from edge import loopback_edge  # noqa: E402
from render import render  # noqa: E402

NGINX_MEDIA = """
daemon off; worker_processes 1; pid {work}/nginx.pid; error_log {work}/nginx-error.log;
events {{ worker_connections 256; }}
http {{
  access_log off; client_body_temp_path {work}; proxy_temp_path {work};
  fastcgi_temp_path {work}; uwsgi_temp_path {work}; scgi_temp_path {work};
  include /etc/nginx/mime.types;
  server {{
    listen 127.0.0.1:{port};
    location /media/ {{ alias {media}/; expires 1d; }}
  }}
}}
"""


def die_with_parent():
    """Run in the child: on Linux, end it when the process that started it dies (a killed test)."""
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6").prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, timeout=60, ok=(200,)):
    """Wait until `url` answers with one of `ok`; raise after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                if response.status in ok:
                    return
        except urllib.error.HTTPError as error:
            if error.code in ok:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not answer within {timeout} s")
        time.sleep(0.2)


def start(command, **kwargs):
    """A child process that ends with this one, even if this one is killed."""
    return subprocess.Popen(command, preexec_fn=die_with_parent, **kwargs)  # noqa: S603, PLW1509 - our own commands


def installed(program):
    """The path of a Debian program, also where /usr/sbin is not on a user's PATH."""
    return shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin")


def start_app(port, env, workers=2, access_log=True):
    """gunicorn with `env` (settings, database...) on 127.0.0.1:port."""
    command = [PYTHON, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--log-level", "warning"]
    command += ["--access-logfile", "-"] if access_log else []
    return start(command, cwd=ROOT, env=env)


def start_purge_worker(env):
    command = [PYTHON, "manage.py", "db_worker", "--backend", "frontcache", "--interval", "0.1"]
    return start(command + ["--no-startup-delay", "--no-reload"], cwd=ROOT, env=env)


def start_varnish(port, apps, work, media=None, purgers=("127.0.0.1", "::1")):
    """varnishd in the foreground with its own work dir, caching for `apps` (host:port)."""
    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    vcl = work / "newsroom.vcl"
    vcl.write_text(render(list(apps), media, list(purgers)))
    command = [installed("varnishd"), "-F", "-j", "none", "-n", str(work / "varnish")]
    command += ["-f", str(vcl), "-a", f"127.0.0.1:{port}", "-T", "none", "-s", "malloc,256m"]
    command += ["-p", "default_grace=0", "-p", "thread_pool_min=20"]
    return start(command)


def start_edge(port, varnish_port, work, connections=1024):
    """nginx as production's TLS edge (deploy/nginx/), without TLS, in front of Varnish."""
    conf = Path(work) / "edge.conf"
    conf.write_text(loopback_edge(port, varnish_port, work, connections))
    return start([installed("nginx"), "-c", str(conf), "-p", str(work)])


def start_media_server(port, media_root, work):
    """nginx serving MEDIA_ROOT under /media/, or None when nginx is not installed."""
    nginx = installed("nginx")
    if nginx is None:
        return None
    conf = Path(work) / "nginx.conf"
    conf.write_text(NGINX_MEDIA.format(work=work, port=port, media=media_root))
    return start([nginx, "-c", str(conf), "-p", str(work)])


def stop(*processes):
    for process in processes:
        if process is not None and process.poll() is None:
            process.terminate()
    for process in processes:
        if process is not None:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def production_env(**extra):
    """The environment of `make serve`: production settings on the database of `make run`."""
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "serve-on-this-machine-only"),
        "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost"),
        "SECURE_SSL_REDIRECT": "false",
        "WAGTAILADMIN_BASE_URL": os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1"),
    }
    return {**os.environ, **env, **extra}


def on_sqlite(env):
    return env.get("DATABASE_URL", "sqlite:").startswith("sqlite:")


def purge_worker_for(env):
    """
    The purge worker, on PostgreSQL. SQLite has one writer at a time and the
    worker's polling locks out the editors' publishing, so there purges are
    sent from the editor's request, after the commit, instead.
    """
    if on_sqlite(env):
        env["FRONTCACHE_TASKS"] = "immediate"
        return None
    return start_purge_worker(env)


def serve(port):
    if not installed("varnishd"):
        sys.exit(
            "make serve needs Varnish: sudo apt-get install varnish varnish-modules nginx-light"
        )
    app_port, media_port = free_port(), free_port()
    work = Path(tempfile.mkdtemp(prefix="newsroom-serve-"))
    env = production_env(FRONTEND_CACHE_PURGE_URLS=f"http://127.0.0.1:{port}")
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)  # noqa: S603 - our own commands
    media_root = env.get("MEDIA_ROOT", str(ROOT / "media"))
    worker = purge_worker_for(env)  # first: on SQLite it changes the app's environment
    # No access log: Varnish's probe alone would print a line a second.
    processes = [worker, start_app(app_port, env, access_log=False)]
    media = start_media_server(media_port, media_root, work)
    processes.append(media)
    media_address = f"127.0.0.1:{media_port}" if media else None
    processes.append(start_varnish(port, [f"127.0.0.1:{app_port}"], work, media_address))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        wait_for(f"http://127.0.0.1:{port}/health/ready/")
        print(f"Production settings behind Varnish: http://127.0.0.1:{port}/ (Ctrl-C stops)")
        if media is None:
            print("No nginx: uploaded images are not served (apt-get install nginx-light)")
        while all(p is None or p.poll() is None for p in processes):
            time.sleep(0.5)
        print("A part of the stack stopped; stopping the rest.")
    except KeyboardInterrupt:
        pass
    finally:
        stop(*processes)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8080)
    serve(parser.parse_args().port)
