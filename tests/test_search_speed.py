"""
What keeps search fast on 20,000 stories (bench/search_bench.py measures
it): on PostgreSQL the suggestions' headline match is served by a trigram
index, a match's page is looked up by an index on ``id::varchar``, a
results page asks no separate count, and the index body is lz4;
everywhere, the suggestions cost the same queries for one match or eight.
"""

import json
import re

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


# The editors' promotions, the matches (with their count on PostgreSQL; SQLite
# counts apart), their pages, the search log (the term, its day's hit), the
# results' sections and the section filter's choices.
RESULTS_PAGE_QUERIES = {"postgresql": 7, "sqlite": 8}


@pytest.mark.parametrize("stories", [1, 10])
def test_a_results_page_costs_the_same_queries_for_one_story_or_ten(client, make_article, stories):
    for n in range(stories):
        make_article(title=f"ข่าวน้ำท่วม {n}")
    search(client, "น้ำท่วม")  # warm: the site root, the search log's new term
    with CaptureQueriesContext(connection) as captured:
        response = search(client, "น้ำท่วม")
    assert response.status_code == 200
    assert len(captured) == RESULTS_PAGE_QUERIES[connection.vendor]


@pytest.mark.postgres_only
def test_the_headline_match_is_served_by_the_trigram_index(locale_th):
    found = Page.objects.order_by().filter(title__icontains="ดอกเบ")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table is scanned otherwise
        plan = found.explain()
    assert "search_page_title_upper_trgm" in plan


@pytest.mark.postgres_only
def test_a_match_finds_its_page_through_the_id_as_text_index(client, make_article):
    make_article(title="ข่าวน้ำท่วม")
    with CaptureQueriesContext(connection) as captured:
        search(client, "น้ำท่วม")
    (matching,) = [q["sql"] for q in captured if "@@" in q["sql"]]
    # The page's side of the join, as Django writes it: the index must be on that very expression.
    page_id_as_text = re.search(r'\("wagtailcore_page"\."id"\)::\w+\(\d+\)', matching).group()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table is scanned otherwise
        sql = f"EXPLAIN SELECT 1 FROM wagtailcore_page WHERE {page_id_as_text} = '1'"  # noqa: S608
        cursor.execute(sql)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_page_id_as_text" in plan


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
