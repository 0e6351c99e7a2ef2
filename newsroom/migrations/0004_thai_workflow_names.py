"""
The review workflow and its task get their Thai names (newsroom/roles.py) on
sites whose migrations made them with the earlier English ones. A name an
administrator has changed since is left as it is.
"""

from django.db import migrations

from newsroom.roles import APPROVAL_TASK_NAME, WORKFLOW_NAME

RENAMES = {
    "Workflow": ("Newsroom review", WORKFLOW_NAME),
    "Task": ("Editors' approval", APPROVAL_TASK_NAME),
}


def forwards(apps, schema_editor):
    for model_name, (old, new) in RENAMES.items():
        apps.get_model("wagtailcore", model_name).objects.filter(name=old).update(name=new)


def backwards(apps, schema_editor):
    for model_name, (old, new) in RENAMES.items():
        apps.get_model("wagtailcore", model_name).objects.filter(name=new).update(name=old)


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0003_collection_permissions")]

    operations = [migrations.RunPython(forwards, backwards)]
