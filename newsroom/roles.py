"""
Who may do what in the newsroom: three groups, one review workflow.

- **Reporters** draft and edit stories anywhere in the news tree and submit
  them for review. They cannot publish, unpublish or schedule. They upload
  images and documents, edit their own uploads, and choose any image,
  document or author for a story.
- **Editors** approve submitted stories (the review workflow's one
  task), publish, schedule (a "go live" time takes effect when an editor
  publishes), unpublish, lock and delete; edit and delete any image or
  document; manage authors.
- **Moderators** moderate readers' comments. Here they only get into the
  admin; the comments app grants what they moderate with.

The news tree of each language starts at its home page: the groups' page
permissions and the workflow are attached to every HomePage, by the data
migration for the homes that exist and by the receiver below for each home
created later (a new language, or a fresh database filled by the demo
loader). The tree's root stays with administrators, so only they can start a
new language's front page.

Images and documents are permitted per collection (Wagtail ignores a
group's plain image and document permissions): Reporters and Editors get
theirs on the root collection, so they cover every collection.

The functions take an app registry so the data migration can use them with
its historical models; at run time they use the live one.
"""

from django.apps import apps as live_apps
from django.db.models.signals import post_save
from django.dispatch import receiver

REPORTERS = "Reporters"
EDITORS = "Editors"
MODERATORS = "Moderators"
# Named in Thai, the newsroom's working language: the admin shows these names
# inside its own sentences ("ส่งไปยัง <workflow>"), and a name is data, not a
# translatable string (an English name made those sentences half English).
WORKFLOW_NAME = "ตรวจข่าวก่อนเผยแพร่"
APPROVAL_TASK_NAME = "บรรณาธิการอนุมัติ"

# Page permissions (codenames of wagtailcore.Page) on each language's home page.
PAGE_PERMISSIONS = {
    REPORTERS: ["add_page", "change_page"],
    EDITORS: ["add_page", "change_page", "publish_page", "bulk_delete_page"]
    + ["lock_page", "unlock_page"],
}

# Other permissions, as (app label, model, codename, name). The names are
# only used when a fresh database does not have the permission yet: Django
# creates permissions after all migrations have run.
ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
MODEL_PERMISSIONS = {
    REPORTERS: [
        ADMIN_ACCESS,
        ("news", "author", "view_author", "Can view author"),
        ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
    ],
    EDITORS: [
        ADMIN_ACCESS,
        ("news", "author", "add_author", "Can add author"),
        ("news", "author", "change_author", "Can change author"),
        ("news", "author", "delete_author", "Can delete author"),
        ("news", "author", "view_author", "Can view author"),
        ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
    ],
    MODERATORS: [ADMIN_ACCESS],
}

# Image and document permissions on the root collection. "add" also lets
# a reporter edit and delete what they uploaded themselves (Wagtail's
# ownership rule); "change" and "delete" are for anyone's.
UPLOAD_AND_CHOOSE = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]
COLLECTION_PERMISSIONS = {
    REPORTERS: UPLOAD_AND_CHOOSE,
    EDITORS: UPLOAD_AND_CHOOSE
    + [
        ("wagtailimages", "image", "change_image", "Can change image"),
        ("wagtailimages", "image", "delete_image", "Can delete image"),
        ("wagtaildocs", "document", "change_document", "Can change document"),
        ("wagtaildocs", "document", "delete_document", "Can delete document"),
    ],
}
MEDIA_APPS = ("wagtailimages", "wagtaildocs")


def set_up_roles(apps):
    """Create the groups and the workflow, and open every existing home page to them."""
    groups = {name: ensure_group(apps, name) for name in (REPORTERS, EDITORS, MODERATORS)}
    for name, permissions in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*(permission(apps, *p) for p in permissions))
    retire_wagtail_defaults(apps, groups)
    ensure_workflow(apps, groups[EDITORS])
    HomePage = apps.get_model("home", "HomePage")
    for home_id in HomePage.objects.values_list("pk", flat=True):
        open_news_tree(apps, home_id)


def set_up_collection_permissions(apps):
    """
    Give Reporters and Editors exactly their image and document permissions
    on the root collection, and drop the plain group permissions for images
    and documents that Wagtail never reads.
    """
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)
    for name, permissions in COLLECTION_PERMISSIONS.items():
        group = ensure_group(apps, name)
        granted = [permission(apps, *p) for p in permissions]
        GroupCollectionPermission.objects.filter(group=group, collection=root).exclude(
            permission__in=granted
        ).delete()
        for found in granted:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=found
            )
        group.permissions.remove(*group.permissions.filter(content_type__app_label__in=MEDIA_APPS))


def ensure_group(apps, name):
    # get_or_create: Wagtail's first migration makes Editors and Moderators,
    # and the comments app may make Moderators too.
    group, _created = apps.get_model("auth", "Group").objects.get_or_create(name=name)
    return group


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def page_permission(apps, codename):
    return permission(apps, "wagtailcore", "page", codename, codename.replace("_", " "))


def retire_wagtail_defaults(apps, groups):
    """
    A new Wagtail site gives Moderators publishing rights over the whole tree
    and runs a "Moderators approval" workflow from its root. In this newsroom
    Moderators handle comments and Editors approve stories, so those root-wide
    page permissions and that workflow go.
    """
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupPagePermission.objects.filter(
        group__in=[groups[EDITORS], groups[MODERATORS]], page__depth=1
    ).delete()
    defaults = Workflow.objects.filter(name="Moderators approval")
    apps.get_model("wagtailcore", "WorkflowPage").objects.filter(workflow__in=defaults).delete()
    defaults.update(active=False)


def ensure_workflow(apps, editors):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not created:
        return workflow
    task = GroupApprovalTask.objects.create(
        name=APPROVAL_TASK_NAME,
        content_type=content_type_of(apps, "wagtailcore", "groupapprovaltask"),
    )
    task.groups.add(editors)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def content_type_of(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def open_news_tree(apps, home_id):
    """Give Reporters and Editors their page permissions on a home page, and its workflow."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:  # an administrator removed the group: respect that
            continue
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=home_id, permission=page_permission(apps, codename)
            )
    workflow = apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        apps.get_model("wagtailcore", "WorkflowPage").objects.get_or_create(
            page_id=home_id, defaults={"workflow": workflow}
        )


@receiver(post_save, sender="home.HomePage")
def open_new_home_to_the_newsroom(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        open_news_tree(live_apps, instance.pk)
