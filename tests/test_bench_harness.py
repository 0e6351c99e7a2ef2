"""The benchmarks time pages as production renders them."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# In a process of its own: the test suite's process has Django's test
# environment set up already, which is what a benchmark must not have.
CHECK = """
import django
django.setup()
from django.template import Template
from bench import harness
harness.connection.creation.create_test_db = lambda **kwargs: "old"
harness.connection.creation.destroy_test_db = lambda *args, **kwargs: None
production_render = Template._render
with harness.throwaway_database():
    assert Template._render is production_render, Template._render
print("production rendering")
"""


def test_the_throwaway_database_leaves_template_rendering_as_production_has_it():
    """
    Django's test environment wraps every render so that the test client can
    keep each template and a copy of its context: work that production and a
    bare view never do, which would count against every page with templates.
    """
    result = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, "-c", CHECK],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "production rendering" in result.stdout
