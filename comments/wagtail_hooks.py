"""
The "Moderation" menu of the Wagtail admin: comments (with bulk publish and
reject), readers (suspend) and watched words. The Moderators group (see
migrations) has exactly these permissions and no page permission.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from accounts.models import ReaderProfile
from accounts.viewsets import ReaderViewSet
from comments.bulk_actions import ApproveBulkAction, RejectBulkAction
from comments.models import Comment
from comments.viewsets import CommentViewSet, WatchedWordViewSet


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """
    Comments are written by readers and readers sign up themselves, so nobody,
    superusers included, adds either in the admin; a reader is removed by
    deleting their user account, not their profile.
    """

    forbidden_actions = {"add"}

    def user_has_permission(self, user, action):
        if action in self.forbidden_actions:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ReaderPermissionPolicy(ModerationPermissionPolicy):
    forbidden_actions = {"add", "delete"}


register_permission_policy(Comment, ModerationPermissionPolicy(Comment))
register_permission_policy(ReaderProfile, ReaderPermissionPolicy(ReaderProfile))


class ModerationGroup(SnippetViewSetGroup):
    menu_label = _("Moderation")
    menu_icon = "comment"
    menu_order = 250
    items = (CommentViewSet, ReaderViewSet, WatchedWordViewSet)


register_snippet(ModerationGroup)
hooks.register("register_bulk_action", ApproveBulkAction)
hooks.register("register_bulk_action", RejectBulkAction)


@hooks.register("after_edit_snippet")
def record_moderation(request, instance):
    """A status changed in the edit form counts as moderation, as the bulk actions do."""
    if isinstance(instance, Comment) and instance.status in (
        Comment.Status.APPROVED,
        Comment.Status.REJECTED,
    ):
        instance.moderate(instance.status, request.user)
