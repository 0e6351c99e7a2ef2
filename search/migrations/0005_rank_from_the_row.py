"""
Ranking reads the body vector of every match (a common Thai word is in a
thousand stories of 20,000). Most entries are over PostgreSQL's 2 kB row
limit, so their bodies were moved out of the row, compressed, into the
TOAST table: each match then cost an index lookup and a fetch there as well
as the decompression. Storage MAIN keeps the compressed body in the row
(only a body too big for a page still moves out), so ranking a thousand
matches reads them where the match was found: 15 -> 6 ms on 20,000 articles,
and the table is smaller too (144 -> 94 MB).

Each match then finds its page on the index of `id::varchar(50)` (0004),
which now also holds what the search filters the page on (live, language,
type) and its id: an index-only scan, without reading the page row.

Entries written before this keep their place until `manage.py update_index`
rewrites them. SQLite keeps its plan.
"""

from django.db import migrations

INDEX = "search_page_id_as_text"
COVERED = "id, live, locale_id, content_type_id"


def keep_body_in_row(apps, schema_editor):
    set_body_storage(apps, schema_editor, "MAIN")


def let_body_move_out(apps, schema_editor):
    set_body_storage(apps, schema_editor, "EXTENDED")


def set_body_storage(apps, schema_editor, storage):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN body SET STORAGE {storage}")


def cover_the_page_filter(apps, schema_editor):
    replace_page_index(apps, schema_editor, f" INCLUDE ({COVERED})")


def uncover_the_page_filter(apps, schema_editor):
    replace_page_index(apps, schema_editor, "")


def replace_page_index(apps, schema_editor, include):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailcore", "Page")._meta.db_table
    object_id = apps.get_model("wagtailsearch", "IndexEntry")._meta.get_field("object_id")
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON {table} ((id::{object_id.db_type(connection)})){include}"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_page_id_as_text_index"),
    ]

    operations = [
        migrations.RunPython(keep_body_in_row, let_body_move_out),
        migrations.RunPython(cover_the_page_filter, uncover_the_page_filter),
    ]
