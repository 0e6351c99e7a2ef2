"""
A hostile-input suite over every URL pattern (issue 14, "In make test").

It walks the URL resolver (public and private patterns, each language
prefix, the admin), fills every path parameter with real ids and with
hostile values (20-digit and 5,000-digit numbers, 400-character slugs, NUL,
right-to-left overrides, traversal), and sends each URL bad methods and bad
query strings: thousands of digits for every numeric parameter, NUL bytes,
overlong and invisible text, off-site `next`s. Anonymous, as a reader and as
a superuser. Whatever is asked, the answer is never a 5xx.
"""

import itertools
import re
from collections import Counter
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern

from comments.models import Comment
from tests.readers import make_reader

pytestmark = pytest.mark.django_db

LANGUAGES = ("th", "en")
HUGE = "9" * 5000
HOSTILE_NUMBERS = ["99999999999999999999", "0", "-1"]
HOSTILE_TEXT = ["x" * 400, quote("\x00"), quote("\u202eevil"), "..", quote("../../etc/passwd")]
HOSTILE_QUERIES = [
    {"page": HUGE},
    {"page": "-1", "since": "-1", "version": "1e9"},
    {"page": "١٢", "since": HUGE, "version": HUGE},
    {"q": "\x00", "next": "\x00"},
    {"q": "ก" * 5000, "section": "../../", "sort": "'; DROP TABLE x; --"},
    {"q": "\u202e\u200b<script>alert(1)</script>", "date_from": "9999-99-99"},
    {"next": "//evil.example/", "p": HUGE, "id": HUGE, "parent": HUGE},
    {"partial": "1", "page": "1" * 19},
]
METHODS = ["get", "head", "post", "put", "delete", "options", "trace"]
TRAVERSALS = [
    "/th/../../etc/passwd",
    "/static/../config/settings/base.py",
    "/media/../db.sqlite3",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/th/world/%00/",
    "/th/" + "a/" * 300,
    "/th/tags/%00/",
    "/admin/pages/99999999999999999999/edit/",
    "/th/live/99999999999999999999/updates/",
    "/" + "%E0%B8%81" * 800 + "/",
]
# Wagtail's "test the error reporting" view: a superuser's 500 on purpose.
DELIBERATE_ERRORS = {"failwhale/"}
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def walk(patterns, prefix=()):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, (*prefix, pattern.pattern))
        else:
            yield (*prefix, pattern.pattern)


def routes():
    """Every pattern as a route template, the language prefix as <LANG>."""
    for parts in walk(get_resolver().url_patterns):
        if any(isinstance(part, RegexPattern) for part in parts):
            continue  # Wagtail's page serving: filled with page paths below
        if str(parts[-1]) in DELIBERATE_ERRORS:
            continue
        yield "".join(
            "<LANG>/" if isinstance(part, LocalePrefixPattern) else str(part) for part in parts
        )


def fill(route, ids, texts):
    """Concrete paths of a route: once with real values, then with each hostile one."""
    if not PARAMETER.search(route):
        return [route]
    numbers = [*ids, *HOSTILE_NUMBERS]
    words = ["world", *texts, *HOSTILE_TEXT]

    def value(match, n):
        pool = numbers if match["converter"] in ("int", "db_id") else words
        return pool[n % len(pool)]

    return [
        PARAMETER.sub(lambda match, n=n: value(match, n), route)
        for n in range(max(len(numbers), len(words)))
    ]


@pytest.fixture
def site_content(article, author, section):
    article.article_authors.create(author=author)
    article.tags.add("น้ำท่วม")
    article.save_revision().publish()
    reader = make_reader()
    comment = Comment.objects.create(article=article, author=reader, body="ความเห็น")
    return {"article": article, "author": author, "comment": comment, "reader": reader}


def all_paths(site_content):
    article, comment = site_content["article"], site_content["comment"]
    ids = [str(article.pk), str(comment.pk)]
    texts = [site_content["author"].slug, article.slug]
    paths = []
    for route in routes():
        for language in LANGUAGES if "<LANG>" in route else ("",):
            localized = route.replace("<LANG>", language)
            paths += ["/" + path for path in fill(localized, ids, texts)]
    for language in LANGUAGES:
        for page_path in ("", "world/", f"world/{article.slug}/", "corrections/", "tags/น้ำท่วม/"):
            paths.append(f"/{language}/{page_path}")
        paths.append(f"/{language}/authors/{site_content['author'].slug}/")
    return [*dict.fromkeys(paths), *TRAVERSALS]


def send(client, method, path, query):
    if method in ("get", "head", "options", "trace", "delete"):
        return getattr(client, method)(path, query)
    return getattr(client, method)(path, query if method == "post" else "")


@pytest.fixture
def clients(client, site_content):
    from django.test import Client

    reader = Client(raise_request_exception=False)
    reader.force_login(site_content["reader"])
    chief = Client(raise_request_exception=False)
    chief.force_login(get_user_model().objects.create_superuser("chief", "c@example.com", "pw"))
    client.raise_request_exception = False
    return {"anonymous": client, "reader": reader, "superuser": chief}


def test_no_url_pattern_answers_hostile_input_with_a_5xx(clients, site_content):
    paths = all_paths(site_content)
    queries = itertools.cycle(HOSTILE_QUERIES)
    statuses, failures = [], []
    for path in paths:
        is_admin = path.startswith("/admin/")
        who = ["anonymous", "superuser"] if is_admin else ["anonymous", "reader"]
        # The admin's hundreds of patterns are read with GET; the site gets every method.
        for method in ["get"] if is_admin else METHODS:
            for name in who:
                query = next(queries)
                response = send(clients[name], method, path, query)
                statuses.append(response.status_code)
                if response.status_code >= 500:
                    failures.append((name, method.upper(), path[:120], response.status_code))
    print(f"hostile suite: {len(statuses)} requests over {len(paths)} paths:", Counter(statuses))
    assert len(statuses) >= 400
    assert failures == [], "\n".join(map(str, failures))


@pytest.mark.parametrize("host", ["evil.example", "a" * 300, "[::1", "%00", "localhost\x00"])
def test_a_bad_host_header_is_a_400(client, home, host):
    client.raise_request_exception = False
    assert client.get("/th/", HTTP_HOST=host).status_code == 400
