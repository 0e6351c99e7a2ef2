from django.db import migrations


def set_up(apps, schema_editor):
    from live.roles import set_up_live_roles

    set_up_live_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("live", "0001_live_blogs_updates_banner"),
        ("newsroom", "0003_collection_permissions"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
