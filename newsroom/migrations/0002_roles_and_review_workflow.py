"""
The newsroom's groups (Reporters, Editors, Moderators), their permissions and
the newsroom's review workflow ("ตรวจข่าวก่อนเผยแพร่"); see newsroom/roles.py for who may do what.
"""

from django.db import migrations

from newsroom.roles import set_up_roles


def forwards(apps, schema_editor):
    set_up_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_article_corrections"),
        ("news", "0002_breaking_news_and_author_slug"),
        ("home", "0002_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    # Nothing to undo: the groups may hold members and other apps' permissions by then.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
