"""
Reporters and Editors get their image and document permissions on the root
collection, where Wagtail looks for them; see newsroom/roles.py.
"""

from django.db import migrations

from newsroom.roles import set_up_collection_permissions


def forwards(apps, schema_editor):
    set_up_collection_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0002_roles_and_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    # Nothing to undo: going back leaves the groups' permissions as they are.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
