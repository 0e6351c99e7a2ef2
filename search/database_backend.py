"""
Wagtail's database search backend, reading every query as words
(search/query.py: the admin's searches and choosers as well as the site's),
and on PostgreSQL answering a search from the GIN index instead of reading
every index entry.

modelsearch matches a query against ``title || body``: a concatenation that
no index covers, so PostgreSQL reads every entry, and because it cannot
estimate how many match it then joins them to the pages row by row (196 ms
for 2,000 articles, growing with the archive). A model whose ``body`` column
holds its headline as well (``search_body_includes_title = True``; ArticlePage
indexes ``headline_words``) is matched on ``body`` alone, which the GIN index
answers (8 ms for the same search). Ranked by relevance, such a search is
one statement written here (`RankedMatches`) rather than by the ORM, so that
PostgreSQL reads each match's body once (see there). Other models (images,
documents, other page types) keep modelsearch's matching. SQLite with FTS5 gets the word
reading too (search/sqlite_backend.py); MySQL and SQLite without FTS5 are
modelsearch's own.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections
from django.db.models import Count, F, Window
from modelsearch.backends import database as modelsearch_database
from modelsearch.backends.database import SearchBackend as database_backend_for_vendor
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.query import SpecificIterable
from wagtail.search.models import IndexEntry

from search.query import SegmentedQueryMixin


class BodyIndexedQueryCompiler(SegmentedQueryMixin, PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None, with_total=False):
        if not self.body_holds_everything():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        body = [(F("index_entries__body"), 1.0)]
        queryset = self.queryset.filter(index_entries__body=search_query)
        if with_total:
            # Ranking reads every match anyway: counting them on the way is free.
            queryset = queryset.annotate(search_total=Window(Count("pk")))
        rank = self._build_rank_expression(body, config)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def ranked_matches(self, config, start, stop, score_field=None):
        """The matches `start` to `stop`, best first, each with `search_total`."""
        search_query = self.build_tsquery(self.query, config=config)
        entries = IndexEntry.objects.filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
            body=search_query,
        ).annotate(search_rank=self._build_rank_expression([(F("body"), 1.0)], config))
        statement = RankedMatches(self.queryset, entries, start, stop)
        return statement.results(score_field)

    def body_holds_everything(self):
        if isinstance(self.query, MatchAll | Fuzzy | Not) or self.fields is not None:
            return False
        # A queryset of several page models says so itself (search/stories.py).
        return getattr(self.queryset, "search_body_includes_title", False) or getattr(
            self.queryset.model, "search_body_includes_title", False
        )


class RankedMatches:
    """
    One statement for a page of matches ranked by relevance, and their count:

        SELECT page.id, COUNT(*) OVER (), entry.search_rank
        FROM (<the pages searched>) page
        JOIN (<the matching index entries, ranked> OFFSET 0) entry
          ON entry.object_id = page.id::varchar(50)
        ORDER BY entry.search_rank DESC, page.id DESC LIMIT ... OFFSET ...

    The ORM's join ranks in the same query, and PostgreSQL then carries each
    match's whole body vector up through the join and the count, and ranks it
    again above the count: a body kept in the row (search/migrations/0005) was
    copied twice for every match. Ranked in a subquery that `OFFSET 0` keeps
    apart, each body is read once where it is found, and only ids and ranks
    travel on; each match finds its page by an index-only scan
    (search/migrations/0005). A common Thai word on 20,000 articles: 24 -> 9 ms.

    The pages are then read as the searched queryset reads them (specific,
    related objects and all), in rank order (`pages_by_pk`).
    """

    def __init__(self, pages, entries, start, stop):
        self.pages, self.entries = pages, entries
        self.start, self.stop = start, stop

    def sql(self):
        pages = self.pages.order_by().values_list("id", "content_type_id")
        pages_sql, pages_params = pages.query.sql_with_params()
        entries = self.entries.values_list("object_id", "search_rank")
        entries_sql, entries_params = entries.query.sql_with_params()
        object_id_type = IndexEntry._meta.get_field("object_id").db_type(connection)
        sql = (
            "SELECT page.id, page.content_type_id, COUNT(*) OVER (), entry.search_rank "  # noqa: S608 - compiled querysets
            f"FROM ({pages_sql}) page "
            f"JOIN ({entries_sql} OFFSET 0) entry ON entry.object_id = (page.id)::{object_id_type} "
            "ORDER BY entry.search_rank DESC, page.id DESC LIMIT %s OFFSET %s"
        )
        count = None if self.stop is None else self.stop - self.start  # LIMIT NULL: all
        return sql, [*pages_params, *entries_params, count, self.start]

    def results(self, score_field=None):
        with connections[self.pages.db].cursor() as cursor:
            cursor.execute(*self.sql())
            rows = cursor.fetchall()
        if not rows:
            return []
        found = self.pages_by_pk(rows)
        results = []
        for pk, _content_type_id, total, rank in rows:
            page = found.get(pk)
            if page is not None:
                page.search_total = total
                if score_field:
                    setattr(page, score_field, rank)
                results.append(page)
        return results

    def pages_by_pk(self, rows):
        """
        The matched pages, read as the searched queryset reads them. A plain
        `.specific()` queryset (the site's search) would first ask each
        page's type again; the statement has it already, so each type's
        pages are read in one query, as `SpecificIterable` would.
        """
        if not plain_specific(self.pages):
            return {page.pk: page for page in self.pages.filter(pk__in=[row[0] for row in rows])}
        pks_by_type = defaultdict(list)
        for pk, content_type_id, *_rest in rows:
            pks_by_type[content_type_id].append(pk)
        found = {}
        for content_type_id, pks in pks_by_type.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            found.update((model or self.pages.model)._default_manager.in_bulk(pks))
        return found


def plain_specific(pages):
    """A `.specific()` page queryset with nothing more asked of its pages (related, deferred)."""
    return (
        pages._iterable_class is SpecificIterable
        and not pages.query.annotations
        and not getattr(pages, "_specific_select_related_fields", ())
        and not getattr(pages, "_specific_prefetch_related_lookups", ())
        and not getattr(pages, "_defer_streamfields", False)
    )


class SegmentedAutocompleteQueryCompiler(SegmentedQueryMixin, PostgresAutocompleteQueryCompiler):
    pass


class TotalCountingSearchResults(PostgresSearchResults):
    """
    Results whose rows, when matched on the body, each carry the number of all
    matches (``search_total``), so a results page needs no count query
    (search/views.py, `SearchPaginator`); the count is the second scan of
    every match otherwise, about a third of a search's time.
    """

    def _do_search(self):
        compiler = self.query_compiler
        if not isinstance(compiler, BodyIndexedQueryCompiler):
            return super()._do_search()
        config = compiler.get_config(self.backend)
        if compiler.order_by_relevance and compiler.body_holds_everything():
            return compiler.ranked_matches(config, self.start, self.stop, self._score_field)
        return list(
            compiler.search(
                config, self.start, self.stop, self._score_field, self.backend, with_total=True
            )
        )


class BodyIndexedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = BodyIndexedQueryCompiler
    results_class = TotalCountingSearchResults
    autocomplete_query_compiler_class = SegmentedAutocompleteQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return BodyIndexedPostgresSearchBackend(params)
    backend = database_backend_for_vendor(params)  # on SQLite, finds out whether FTS5 is there
    if connection.vendor == "sqlite" and modelsearch_database.USE_SQLITE_FTS:
        from search.sqlite_backend import SegmentedSQLiteSearchBackend

        return SegmentedSQLiteSearchBackend(params)
    return backend
