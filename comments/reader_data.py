"""
A reader's comments under PDPA: what they download, and what happens to
their comments when they delete their account.

On deletion the reader's comments are deleted. A thread-starting comment
that other readers replied to is kept as a placeholder, "removed by its
author", with no text and no author, so the replies still read in order;
nothing of the reader is left in it. Their reports go with their account.
"""

from django.db.models import Exists, OuterRef

from comments.models import Comment, CommentReport


def comments_of(user):
    comments = Comment.objects.filter(author=user).select_related("article").order_by("created_at")
    return [
        {
            "id": comment.pk,
            "article": comment.article.title,
            "article_url": comment.article.full_url,
            "reply_to": comment.parent_id,
            "text": comment.body,
            "status": comment.status,
            "posted_at": comment.created_at.isoformat(),
        }
        for comment in comments
    ]


def reports_by(user):
    reports = CommentReport.objects.filter(reporter=user).order_by("created_at")
    return [
        {
            "comment_id": report.comment_id,
            "reason": report.reason,
            "reported_at": report.created_at.isoformat(),
        }
        for report in reports
    ]


def forget_comments_of(user):
    mine = Comment.objects.filter(author=user)
    others_replies = Comment.objects.filter(parent=OuterRef("pk")).exclude(author=user)
    mine.filter(parent=None).filter(Exists(others_replies)).update(
        body="", fingerprint="", author=None, status=Comment.Status.REMOVED
    )
    mine.delete()


def on_user_deleted(sender, instance, **kwargs):
    forget_comments_of(instance)
