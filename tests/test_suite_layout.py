"""
The test suite is organised like the features: one module per feature and
none over 400 lines, so a feature's tests are found by its name and people
working on different features edit different modules. What several modules
share (page trees, users, helpers) lives in fixtures: tests/conftest.py,
tests/browser_fixtures.py and tests/<feature>_helpers.py.
"""

from pathlib import Path

MOST_LINES = 400
TESTS = Path(__file__).resolve().parent


def test_no_test_module_is_over_400_lines():
    lengths = {
        module.name: len(module.read_text(encoding="utf-8").splitlines())
        for module in sorted(TESTS.glob("test_*.py"))
    }
    too_long = {name: lines for name, lines in lengths.items() if lines > MOST_LINES}
    assert not too_long, f"split these by feature, {MOST_LINES} lines at most: {too_long}"
