"""
Full-text search that keeps Thai words as written and stems English.

PostgreSQL: a text-search configuration ``thai_english``, a copy of
``english`` in which words that are not plain ASCII (Thai, and the odd
accented word) go to the ``simple`` dictionary, so they are lower-cased and
never stemmed; ASCII words keep English stemming and stop words. Settings
name it as the backend's SEARCH_CONFIG.

SQLite: the FTS5 table of the search index is rebuilt with the ``porter``
stemmer and with combining marks (Thai vowel and tone marks) counted as part
of a word; FTS5's default splits ``ดอกเบี้ย`` at its marks and so confuses
words that differ only in a tone mark.

Run ``manage.py update_index`` after this migration on a site that already
has content, so the index holds the segmented text.
"""

from django.db import migrations

PG_CONFIG = "thai_english"
SQLITE_TOKENIZER = "porter unicode61 categories 'L* N* Co M*'"


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = english)")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} "
            "ALTER MAPPING FOR word, hword, hword_part WITH simple"
        )
    elif connection.vendor == "sqlite":
        rebuild_fts_table(apps, schema_editor, f'"{SQLITE_TOKENIZER}"')


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")
    elif connection.vendor == "sqlite":
        rebuild_fts_table(apps, schema_editor, None)


def rebuild_fts_table(apps, schema_editor, tokenizer):
    entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    fts = f"{entries}_fts"
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [fts])
        if cursor.fetchone() is None:
            return  # SQLite without FTS5: Wagtail searches with LIKE instead
    options = f", tokenize = {tokenizer}" if tokenizer else ""
    # The triggers that keep the FTS table in step name it, so it keeps its name.
    schema_editor.execute(f"DROP TABLE {fts}")
    schema_editor.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(autocomplete, body, title{options})")
    schema_editor.execute(
        f"INSERT INTO {fts} (rowid, autocomplete, body, title) "  # noqa: S608
        f"SELECT id, autocomplete, body, title FROM {entries}"
    )


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
