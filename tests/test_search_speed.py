"""
What keeps search fast on 20,000 stories (bench/search_bench.py measures
it): on PostgreSQL the suggestions' headline match is served by a trigram
index, a match's page is looked up by an index on ``id::varchar`` that
holds what the search filters on, each match is ranked once, a results page
asks no separate count, and the index body is lz4 and kept in the row;
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


# The language's sections (for the filter and the results' labels alike),
# the matches (with their count on PostgreSQL; SQLite counts apart), their
# pages and the search log (the term, its day's hit). No promotions query:
# nobody promoted the term (search/promotions.py).
RESULTS_PAGE_QUERIES = {"postgresql": 5, "sqlite": 6}


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
    # The page's side of the join, as the statement writes it: the index must be on that very cast.
    cast = re.search(r"\(page\.id\)::(\w+\(\d+\))", matching).group(1)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table is scanned otherwise
        sql = f"EXPLAIN SELECT 1 FROM wagtailcore_page WHERE (id)::{cast} = '1'"  # noqa: S608
        cursor.execute(sql)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_page_id_as_text" in plan


@pytest.mark.postgres_only
def test_the_id_as_text_index_holds_what_the_search_filters_pages_on(db):
    """So each match's page is checked by an index-only scan, without reading its row."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_page_id_as_text'")
        (definition,) = cursor.fetchone()
    assert definition.endswith("INCLUDE (id, live, locale_id, content_type_id)")


@pytest.mark.postgres_only
def test_the_index_body_stays_in_the_row(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute "
            "WHERE attrelid = 'wagtailsearch_indexentry'::regclass AND attname = 'body'"
        )
        assert cursor.fetchone()[0] == "m"  # main: compressed in the row, not in TOAST


@pytest.mark.postgres_only
def test_each_match_is_ranked_once_where_it_is_found(client, make_article):
    """
    Only ids and ranks travel above the index entries' scan: no node above it
    carries the body vector (PostgreSQL did, and ranked it again, for the
    ORM's join; search/database_backend.py).
    """
    make_article(title="ข่าวน้ำท่วม")
    with CaptureQueriesContext(connection) as captured:
        search(client, "น้ำท่วม")
    (matching,) = [q["sql"] for q in captured if "@@" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (VERBOSE, COSTS OFF) " + matching)
        plan = [row[0] for row in cursor.fetchall()]
    outputs = [output_columns(line) for line in plan if "Output:" in line]
    assert not [c for c in outputs if "wagtailsearch_indexentry.body" in c], "\n".join(plan)


def output_columns(line):
    """A plan node's output list, without what is inside brackets (expressions, computed below)."""
    text = line.split("Output:", 1)[1]
    while (shorter := re.sub(r"\([^()]*\)", "", text)) != text:
        text = shorter
    return [column.strip() for column in text.split(",")]


@pytest.mark.postgres_only
def test_the_ranked_statement_finds_counts_and_orders_as_the_orm_join(section, make_article):
    from wagtail.search.backends import get_search_backend

    from search.query import ReaderQuery
    from search.stories import stories

    for n in range(1, 6):
        body = [("paragraph", "<p>" + "น้ำท่วมถนน " * n + "</p>")]
        make_article(title=f"ข่าวที่ {n}", body=body)
    make_article(title="ข่าวน้ำท่วม ร่าง", publish=False)
    backend = get_search_backend()
    found = stories().live().specific()
    compiler = backend.query_compiler_class(found, ReaderQuery.parse("น้ำท่วม").as_backend_query())
    config = compiler.get_config(backend)
    by_orm = list(compiler.search(config, 0, None, with_total=True))
    for start, stop in [(0, None), (0, 3), (2, 4)]:
        ranked = compiler.ranked_matches(config, start, stop)
        assert [(p.pk, type(p), p.search_total) for p in ranked] == [
            (p.pk, type(p), p.search_total) for p in by_orm[start:stop]
        ]
    assert len(by_orm) == 5 and by_orm[0].search_total == 5


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
