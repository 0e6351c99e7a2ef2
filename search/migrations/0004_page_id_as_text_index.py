"""
A search joins its matches to their pages through Wagtail's generic
relation, on ``index_entry.object_id = page.id::varchar(50)``. The page's
side of that is an expression no index covered, so PostgreSQL could not
look each match's page up: it read every page of the language (16,000 of
20,000 articles) into a hash to join a thousand matches. An index on that
very expression lets it look the matches' pages up one by one instead: a
common Thai word 27 -> 18 ms, a Thai phrase 26 -> 16 ms on 20,000 articles
(bench/search_bench.py; tests/test_search_speed.py checks the plan can use it).

The cast is the index entry's own column type, read from the model, so the
expression is the one Django writes. On Wagtail's page table, whose model
we do not own, hence SQL rather than a model index. SQLite keeps its plan.
"""

from django.db import migrations

INDEX = "search_page_id_as_text"


def create_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailcore", "Page")._meta.db_table
    object_id = apps.get_model("wagtailsearch", "IndexEntry")._meta.get_field("object_id")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} ((id::{object_id.db_type(connection)}))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_index_body_lz4"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
