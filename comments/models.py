"""
Readers' comments under articles, the reports readers file about them, and
the editors' list of watched words.

A comment is plain text. It is published at once, or waits for a moderator
(see comments/moderation.py for why). Replies go one level deep: a reply's
parent is always a comment that starts a thread.
"""

import hashlib
import re
import unicodedata

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from comments.moderation import HOLD_REASONS, fold

WHITESPACE = re.compile(r"\s+")
BLANK_LINES = re.compile(r"\n{3,}")


def clean_body(text):
    """Tidy what a reader typed: NFC, Unix line ends, no trailing spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.strip().split("\n")]
    return BLANK_LINES.sub("\n\n", "\n".join(lines))


def fingerprint(text):
    """Equal for two texts that differ only in case, spacing or compatibility forms."""
    return hashlib.sha256(WHITESPACE.sub(" ", fold(text)).strip().encode()).hexdigest()


class CommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Comment.Status.APPROVED)

    def needing_review(self):
        """The moderation queue: waiting comments, and published ones with open reports."""
        return self.filter(
            models.Q(status=Comment.Status.PENDING)
            | models.Q(status=Comment.Status.APPROVED) & models.Q(self.open_reports_exist())
        )

    def reported(self):
        return self.filter(self.open_reports_exist())

    @staticmethod
    def open_reports_exist():
        open_reports = CommentReport.objects.filter(comment=models.OuterRef("pk"), resolved=False)
        return models.Exists(open_reports)


class Comment(models.Model):
    """
    One reader's comment on one article, or a reply to a comment there.

    `status` is what moderators change: a new comment is published at once or
    waits (`held_because` says why); moderators publish or reject it. When a
    reader deletes their account, a comment of theirs that others replied to
    stays as a "removed" placeholder with no text and no author.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting review")
        APPROVED = "approved", _("Published")
        REJECTED = "rejected", _("Rejected")
        REMOVED = "removed", _("Removed by its author")

    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    body = models.TextField(_("comment"), max_length=settings.COMMENTS_MAX_LENGTH, blank=True)
    fingerprint = models.CharField(max_length=64, editable=False, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    held_because = models.CharField(_("held because"), max_length=100, blank=True, editable=False)
    created_at = models.DateTimeField(_("posted at"), default=timezone.now, editable=False)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = CommentQuerySet.as_manager()

    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [FieldPanel("article", read_only=True), FieldPanel("body", read_only=True)],
            heading=_("Comment"),
        ),
    ]

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["-created_at", "-pk"]
        # Comments come from readers only; nobody adds one in the admin.
        default_permissions = ("change", "delete", "view")
        indexes = [models.Index(fields=["article", "status", "created_at"])]
        constraints = [
            # The same reader posting the same text twice on one article is
            # a double submit or a repeat: stored once, whatever the timing.
            models.UniqueConstraint(
                fields=["author", "article", "fingerprint"],
                condition=models.Q(author__isnull=False),
                name="comments_one_copy_per_reader_and_article",
            )
        ]

    def __str__(self):
        excerpt = self.body if len(self.body) <= 60 else f"{self.body[:59]}…"
        return excerpt or str(self.Status.REMOVED.label)

    def save(self, *args, **kwargs):
        self.fingerprint = fingerprint(self.body) if self.body else ""
        super().save(*args, **kwargs)

    def hold_reason_labels(self):
        codes = [code for code in self.held_because.split(",") if code]
        return ", ".join(str(HOLD_REASONS.get(code, code)) for code in codes)

    def moderate(self, status, moderator):
        """Publish or reject; either way the reports on the comment are dealt with."""
        self.status = status
        self.moderated_at = timezone.now()
        self.moderated_by = moderator
        self.save(update_fields=["status", "moderated_at", "moderated_by"])
        self.reports.filter(resolved=False).update(resolved=True)


class CommentReport(models.Model):
    """
    A reader telling the moderators that a comment breaks the rules. One
    report per reader and comment; a report stays open until a moderator
    publishes or rejects the comment.
    """

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Abusive, hateful or threatening")
        PRIVACY = "privacy", _("Reveals someone's private information")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.CASCADE,
        related_name="comment_reports",
    )
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    resolved = models.BooleanField(_("dealt with"), default=False)

    class Meta:
        verbose_name = _("comment report")
        verbose_name_plural = _("comment reports")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"], name="comments_one_report_per_reader"
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.comment}"


class WatchedWord(models.Model):
    """
    A word or phrase that sends a comment to the moderation queue instead of
    publishing it. Thai words match anywhere inside the text (Thai has no
    spaces between words); words in Latin letters match as whole words.
    """

    word = models.CharField(
        _("word or phrase"),
        max_length=100,
        unique=True,
        help_text=_("Comments containing it wait for a moderator."),
    )
    created_at = models.DateTimeField(_("added at"), default=timezone.now, editable=False)

    panels = [FieldPanel("word")]

    class Meta:
        verbose_name = _("watched word")
        verbose_name_plural = _("watched words")
        ordering = ["word"]

    def __str__(self):
        return self.word

    def save(self, *args, **kwargs):
        self.word = self.word.strip()
        super().save(*args, **kwargs)
