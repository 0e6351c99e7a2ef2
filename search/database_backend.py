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
answers (8 ms for the same search). Other models (images, documents, other
page types) keep modelsearch's matching. SQLite with FTS5 gets the word
reading too (search/sqlite_backend.py); MySQL and SQLite without FTS5 are
modelsearch's own.
"""

from django.db import connection
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

    def body_holds_everything(self):
        if isinstance(self.query, MatchAll | Fuzzy | Not) or self.fields is not None:
            return False
        # A queryset of several page models says so itself (search/stories.py).
        return getattr(self.queryset, "search_body_includes_title", False) or getattr(
            self.queryset.model, "search_body_includes_title", False
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
