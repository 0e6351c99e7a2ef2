"""
The `db_id` URL converter for endpoints that take a database id in the path.

Django's `int` converter accepts any number of digits, and SQLite fails with
an OverflowError on an id beyond 64 bits; `db_id` stops at 18 digits, so a
longer one is a plain 404. Importing this module registers it (once).
"""

from django.urls import register_converter
from django.urls.converters import IntConverter


class DatabaseIdConverter(IntConverter):
    regex = "[0-9]{1,18}"


register_converter(DatabaseIdConverter, "db_id")
