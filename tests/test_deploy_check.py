"""
`manage.py check --deploy` under the production settings, with only the
environment production requires, reports nothing (issue 14, "In make test");
and those settings turn HSTS on and every cookie Secure by default.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def production_env(**extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "SECURE_HSTS_SECONDS", "PUBLIC_BASE_URL"}
    }
    env.update(
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="news.example,www.news.example",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        **extra,
    )
    return env


def run(args, **extra):
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, *args],
        cwd=ROOT,
        env=production_env(**extra),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_check_deploy_reports_no_issue():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({name: getattr(settings, name) for name in (
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE", "LANGUAGE_COOKIE_SECURE", "PUBLIC_BASE_URL", "SECURE_SSL_REDIRECT")}))
"""


def production_settings(**extra):
    result = run(["-c", PRINT_SETTINGS], **extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_has_hsts_and_secure_cookies_by_default():
    values = production_settings()
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 60 * 60
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    for cookie in ("SESSION", "CSRF", "LANGUAGE"):
        assert values[f"{cookie}_COOKIE_SECURE"] is True, cookie
    # Links in mail to readers: the public host, over HTTPS, not the request's Host.
    assert values["PUBLIC_BASE_URL"] == "https://news.example"


@pytest.mark.parametrize("seconds", ["0", "3600"])
def test_a_setting_turns_hsts_down(seconds):
    assert production_settings(SECURE_HSTS_SECONDS=seconds)["SECURE_HSTS_SECONDS"] == int(seconds)


def test_production_serves_the_headers(tmp_path):
    """A request through the production stack (WhiteNoise, SSL redirect) gets every header."""
    script = """
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
response = Client(HTTP_X_FORWARDED_PROTO="https").get("/favicon.ico", HTTP_HOST="news.example")
for name in ("Strict-Transport-Security", "Content-Security-Policy", "Permissions-Policy"):
    print(name, "=", response.get(name, ""))
"""
    result = run(["-c", script], DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    headers = dict(line.split(" = ", 1) for line in result.stdout.splitlines() if " = " in line)
    assert headers.get("Strict-Transport-Security", "").startswith("max-age=31536000"), result
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "camera=()" in headers["Permissions-Policy"]
