"""Project-wide checks: migrations match the models, and Django's system checks pass."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_no_missing_migrations():
    out = StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=out, stderr=out)
    except SystemExit:  # makemigrations --check exits 1 when models changed
        pytest.fail(f"makemigrations --check found model changes:\n{out.getvalue()}")
    assert "No changes detected" in out.getvalue()


def test_system_checks_pass():
    out = StringIO()
    call_command("check", fail_level="WARNING", stdout=out, stderr=out)
    assert "System check identified no issues" in out.getvalue()
