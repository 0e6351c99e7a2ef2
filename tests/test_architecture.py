"""
The architecture the README draws ("Layers"), checked on the code itself.

`make contracts` (import-linter, configured in pyproject.toml) enforces the
layers and that nothing imports `demo`. These tests say what a layers contract
cannot: that the apps' import graph has no cycle whatever the layers list
says, that `news` stands on `localization` alone, and that modules stay small
enough to read in one sitting. The app list is pyproject.toml's, so a new app
is checked as soon as it joins the contracts.
"""

import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = tuple(
    tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["root_packages"]
)

MAX_MODULE_LINES = 300
MAX_NEWS_LINES = 1520  # the base layer: what every other app needs, no more


@pytest.fixture(scope="module")
def app_imports():
    """{app: {apps it imports}}, from every module of every app, migrations included."""
    graph = grimp.build_graph(*APPS, cache_dir=None)
    return {
        importer: {
            imported
            for imported in APPS
            if imported != importer
            and graph.direct_import_exists(importer=importer, imported=imported, as_packages=True)
        }
        for importer in APPS
    }


def test_every_package_is_under_contract():
    # A package left out of root_packages would escape every check here and in
    # `make contracts`; tests and benchmarks import whatever they measure.
    packages = {
        path.parent.name
        for path in ROOT.glob("*/__init__.py")
        if path.parent.name not in {"tests", "bench"}
    }
    assert packages == set(APPS)


def find_cycle(edges):
    """One cycle of the directed graph `edges` as a list of nodes, or None."""
    done, path = set(), []

    def visit(node):
        if node in path:
            return path[path.index(node) :] + [node]
        if node in done:
            return None
        path.append(node)
        for target in sorted(edges[node]):
            cycle = visit(target)
            if cycle:
                return cycle
        path.pop()
        done.add(node)
        return None

    for start in sorted(edges):
        cycle = visit(start)
        if cycle:
            return cycle
    return None


def test_find_cycle_sees_a_cycle_and_a_tree():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycle_between_apps(app_imports):
    cycle = find_cycle(app_imports)
    assert cycle is None, "apps import each other in a circle: " + " -> ".join(cycle)


def test_news_stands_on_localization_alone(app_imports):
    # Pages, sections and articles are what every other app builds on; news
    # importing any of them would tie the bottom of the site to its top.
    assert app_imports["news"] <= {"localization"}, sorted(app_imports["news"])


def product_modules():
    """Every Python module of the apps, except migrations (Django writes them)."""
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                yield path


def line_count(path):
    return len(path.read_text(encoding="utf-8").splitlines())


def test_modules_stay_under_the_line_limit():
    too_long = {
        str(path.relative_to(ROOT)): line_count(path)
        for path in product_modules()
        if line_count(path) > MAX_MODULE_LINES
    }
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines: {too_long}"


def test_news_stays_small():
    news_lines = sum(
        line_count(path) for path in product_modules() if path.relative_to(ROOT).parts[0] == "news"
    )
    assert news_lines <= MAX_NEWS_LINES, f"news/ holds {news_lines} lines of Python"
