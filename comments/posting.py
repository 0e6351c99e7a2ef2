"""
Posting a comment: every rule a new comment must pass, in one transaction.

The reader's profile row is locked first (SELECT ... FOR UPDATE on
PostgreSQL), so two posts by one reader are checked one after the other: the
rate limit cannot be raced past, and a double submit meets the duplicate
check or, at worst, the unique constraint behind it.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import ReaderProfile, public_name_for
from comments.models import Comment, WatchedWord, fingerprint
from comments.moderation import hold_reasons


class CommentRefused(Exception):
    """The comment breaks a rule; the message says which, for the reader."""


def comments_open(article, now=None):
    """Editors can close an article's comments; they also close on their own after N days."""
    if not article.comments_open:
        return False
    days = settings.COMMENTS_CLOSE_AFTER_DAYS
    published = article.date
    if not days or published is None:
        return True
    return (now or timezone.now()) < published + timedelta(days=days)


def post_comment(author, article, body, parent=None):
    """Store `body` by `author` under `article` (and `parent`); raises CommentRefused."""
    if not comments_open(article):
        raise CommentRefused(_("Comments are closed on this article."))
    if parent is not None and (parent.article_id != article.pk or parent.parent_id is not None):
        raise CommentRefused(_("You can only reply to a comment that starts a thread here."))
    try:
        with transaction.atomic():
            profile = lock_profile(author)
            check_reader_may_post(profile, author, article, body)
            reasons = reasons_to_hold(author, body)
            return Comment.objects.create(
                article=article,
                author=author,
                parent=parent,
                body=body,
                status=Comment.Status.PENDING if reasons else Comment.Status.APPROVED,
                held_because=",".join(reasons),
            )
    except IntegrityError as error:
        # Only the unique constraint can fail here: the same text, posted twice at once.
        raise CommentRefused(duplicate_message()) from error


def lock_profile(author):
    profile, _created = ReaderProfile.objects.get_or_create(
        user=author, defaults={"display_name": public_name_for(author)}
    )
    return ReaderProfile.objects.select_for_update().get(pk=profile.pk)


def check_reader_may_post(profile, author, article, body):
    if profile.suspended:
        raise CommentRefused(_("Your account is suspended from commenting."))
    mine = Comment.objects.filter(author=author)
    if mine.filter(article=article, fingerprint=fingerprint(body)).exists():
        raise CommentRefused(duplicate_message())
    limit, seconds = settings.COMMENTS_RATE_LIMIT
    since = timezone.now() - timedelta(seconds=seconds)
    if mine.filter(created_at__gte=since).count() >= limit:
        raise CommentRefused(
            _("You are commenting faster than we allow. Please wait a few minutes and try again.")
        )


def reasons_to_hold(author, body):
    approved = Comment.objects.filter(author=author, status=Comment.Status.APPROVED).count()
    words = list(WatchedWord.objects.values_list("word", flat=True))
    return hold_reasons(body, words, approved, settings.COMMENTS_HELD_UNTIL_APPROVED)


def duplicate_message():
    return _("You have already posted this comment here.")
