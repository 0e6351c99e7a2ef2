from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Comments")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_delete

        from accounts import personal_data
        from comments import reader_data

        personal_data.register("comments", reader_data.comments_of)
        personal_data.register("comment_reports", reader_data.reports_by)
        # However an account is deleted (by its reader, or by an administrator
        # in the admin), its comments go the same way.
        pre_delete.connect(
            reader_data.on_user_deleted,
            sender=get_user_model(),
            dispatch_uid="comments.forget_comments_of_deleted_user",
        )
