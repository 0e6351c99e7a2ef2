"""Publish or reject many comments at once from the moderation listing."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from comments.models import Comment


class ModerateBulkAction(SnippetBulkAction):
    """Sets the status of the chosen comments and closes the reports on them."""

    models = [Comment]
    template_name = "comments/bulk_actions/confirm_moderate.html"
    new_status = None

    def check_perm(self, comment):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", comment
        )

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for comment in objects:
            comment.moderate(cls.new_status, user)
        return len(objects), 0

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action_label": self.display_name}


class ApproveBulkAction(ModerateBulkAction):
    display_name = _("Publish")
    action_type = "approve"
    aria_label = _("Publish the selected comments")
    action_priority = 10
    new_status = Comment.Status.APPROVED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment published.", "%(count)d comments published.", num_parent_objects
        ) % {"count": num_parent_objects}


class RejectBulkAction(ModerateBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected comments")
    action_priority = 20
    new_status = Comment.Status.REJECTED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment rejected.", "%(count)d comments rejected.", num_parent_objects
        ) % {"count": num_parent_objects}
