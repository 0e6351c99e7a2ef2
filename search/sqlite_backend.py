"""
modelsearch's SQLite (FTS5) backend reading every query as words, like the
PostgreSQL one (search/database_backend.py). Its own module: modelsearch's
SQLite classes only import when the database is SQLite.
"""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

from search.query import SegmentedQueryMixin


class SegmentedSQLiteQueryCompiler(SegmentedQueryMixin, SQLiteSearchQueryCompiler):
    pass


class SegmentedSQLiteAutocompleteQueryCompiler(
    SegmentedQueryMixin, SQLiteAutocompleteQueryCompiler
):
    pass


class SegmentedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = SegmentedSQLiteQueryCompiler
    autocomplete_query_compiler_class = SegmentedSQLiteAutocompleteQueryCompiler
