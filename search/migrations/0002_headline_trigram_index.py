"""
The search box's suggestions find a headline by any part of it as typed
(``ดอกเบ`` inside ``กนง.คงอัตราดอกเบี้ยนโยบาย``): a case-insensitive
substring match, ``UPPER(title) LIKE UPPER('%ดอกเบ%')``, which without an
index reads every page's headline (67 ms on 20,000 articles).

PostgreSQL: a trigram GIN index (pg_trgm) on the upper-cased page title
answers that LIKE from the index; pg_trgm counts Thai letters and marks as
word characters, so a Thai fragment of three letters or more is looked up,
not scanned. The index is on Wagtail's page table, whose model we do not
own, hence SQL rather than a model index. SQLite keeps its scan.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "search_page_title_upper_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailcore", "Page")._meta.db_table
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin (UPPER(title) gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_thai_text_search"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index),
    ]
