"""
The Moderators group moderates readers' comments: into the admin, and
comments, readers and watched words, nothing else.

Wagtail's first migrations already made a "Moderators" group for page
moderation, with publishing rights over the whole page tree and image and
document permissions. In this newsroom Editors approve stories (the newsroom
app) and Moderators handle comments, so the group keeps exactly the
permissions below, and none on pages or collections.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Moderators"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("comments", "comment", "view_comment"),
    ("comments", "comment", "change_comment"),
    ("comments", "comment", "delete_comment"),
    ("comments", "watchedword", "view_watchedword"),
    ("comments", "watchedword", "add_watchedword"),
    ("comments", "watchedword", "change_watchedword"),
    ("comments", "watchedword", "delete_watchedword"),
    ("accounts", "readerprofile", "view_readerprofile"),
    ("accounts", "readerprofile", "change_readerprofile"),
]


def make_comment_moderators(apps, schema_editor):
    # Model permissions are normally created after all migrations have run;
    # this group needs them now.
    for app_label in ("comments", "accounts"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.set(
        Permission.objects.get(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        )
        for app_label, model, codename in PERMISSIONS
    )
    apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(group=group).delete()
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(group=group).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("accounts", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        # The migrations that give Wagtail's default Moderators group its rights.
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0005_add_page_lock_permission_to_moderators"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    # Going back leaves the group as it is: there is no earlier state worth restoring.
    operations = [migrations.RunPython(make_comment_moderators, migrations.RunPython.noop)]
