"""
Who posts live updates.

- **Live desk** (a group of its own, for the people who run a live blog on
  the day, whatever their usual role) and **Editors** post, edit and remove
  updates, and approve reporters' updates: their posts go out at once.
- **Reporters** post updates that wait for an editor ("pending"), and may
  edit or withdraw their own while they wait.

Like newsroom/roles.py, the functions take an app registry so the data
migration can use them with its historical models.
"""

from newsroom.roles import ADMIN_ACCESS, EDITORS, REPORTERS, ensure_group, permission

LIVE_DESK = "Live desk"


def update_permission(codename, name):
    return ("live", "liveupdate", codename, name)


POST = update_permission("add_liveupdate", "Can add live update")
CHANGE = update_permission("change_liveupdate", "Can change live update")
DELETE = update_permission("delete_liveupdate", "Can delete live update")
PUBLISH = update_permission("publish_liveupdate", "Can publish live updates without review")
VIEW_AUTHOR = ("news", "author", "view_author", "Can view author")
CHOOSE_IMAGE = ("wagtailimages", "image", "choose_image", "Can choose image")
ADD_IMAGE = ("wagtailimages", "image", "add_image", "Can add image")
BANNER = [
    ("live", "breakingbanner", f"{action}_breakingbanner", f"Can {action} breaking banner")
    for action in ("add", "change", "delete", "view")
]

MODEL_PERMISSIONS = {
    LIVE_DESK: [ADMIN_ACCESS, POST, CHANGE, DELETE, PUBLISH, VIEW_AUTHOR, *BANNER],
    EDITORS: [POST, CHANGE, DELETE, PUBLISH, *BANNER],
    REPORTERS: [POST, CHANGE],
}
# The live desk picks pictures for updates (Wagtail reads image rights per collection).
LIVE_DESK_COLLECTION_PERMISSIONS = [ADD_IMAGE, CHOOSE_IMAGE]


def set_up_live_roles(apps):
    for name, permissions in MODEL_PERMISSIONS.items():
        group = ensure_group(apps, name)
        group.permissions.add(*(permission(apps, *p) for p in permissions))
    root = apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).first()
    if root is None:
        return
    live_desk = ensure_group(apps, LIVE_DESK)
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for granted in LIVE_DESK_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=live_desk, collection=root, permission=permission(apps, *granted)
        )


def publishes_directly(user):
    return user.has_perm("live.publish_liveupdate")


def can_post(user):
    return user.has_perm("live.add_liveupdate")


def can_edit(user, update):
    if publishes_directly(user):
        return not update.is_removed
    return user.has_perm("live.change_liveupdate") and is_own_pending(user, update)


def can_withdraw(user, update):
    """Delete a pending update outright: an editor rejecting it, or its reporter."""
    return update.is_pending and (publishes_directly(user) or is_own_pending(user, update))


def is_own_pending(user, update):
    return update.is_pending and update.created_by_id == user.pk
