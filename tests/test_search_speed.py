"""
What keeps search fast on 20,000 stories (bench/search_bench.py measures
it): on PostgreSQL the suggestions' headline match is served by a trigram
index, a results page asks no separate count, and the index body is lz4;
everywhere, the suggestions cost the same queries for one match or eight.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.search_helpers import search

pytestmark = pytest.mark.django_db


def suggestion_queries(client, q):
    client.get("/th/search/suggest/", {"q": q})  # warm the site-root cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/th/search/suggest/", {"q": q})
    return len(captured), len(json.loads(response.content)["suggestions"])


def test_suggestions_cost_the_same_queries_for_one_match_or_eight(client, make_article):
    make_article(title="ข่าวพายุเข้า")
    for n in range(8):
        make_article(title=f"หมอกลงจัด {n}")
    assert suggestion_queries(client, "พายุ") == (1, 1)
    assert suggestion_queries(client, "หมอก") == (1, 8)


@pytest.mark.postgres_only
def test_the_headline_match_is_served_by_the_trigram_index(locale_th):
    found = Page.objects.order_by().filter(title__icontains="ดอกเบ")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table is scanned otherwise
        plan = found.explain()
    assert "search_page_title_upper_trgm" in plan


@pytest.mark.postgres_only
def test_a_results_page_reads_its_count_from_the_rows(client, make_article, soup):
    for n in range(12):
        make_article(title=f"ข่าวน้ำท่วม {n}")
    with CaptureQueriesContext(connection) as captured:
        response = search(client, "น้ำท่วม")
    assert "12" in soup(response).select_one(".search-summary").text
    counts = [q["sql"] for q in captured if q["sql"].startswith("SELECT COUNT(*)")]
    assert not [sql for sql in counts if "wagtailsearch_indexentry" in sql]
    # Past the last page there is no row to read it from: counted, and a 400.
    assert search(client, "น้ำท่วม", page="3").status_code == 400


@pytest.mark.postgres_only
def test_the_index_body_is_compressed_with_lz4(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attcompression FROM pg_attribute "
            "WHERE attrelid = 'wagtailsearch_indexentry'::regclass AND attname = 'body'"
        )
        assert cursor.fetchone()[0] == "l"
