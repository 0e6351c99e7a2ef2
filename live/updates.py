"""
One update of a live blog: a row of its own, so posting, editing or removing
one never touches the page's revisions (see live/models.py).

What readers see of an update depends on its state: a *pending* update (a
reporter's, waiting for an editor) is nobody's but the newsroom's; a
*published* one is on the page; a *removed* one stays where it was, with the
reason instead of its text, so a reader who saw it, or a link to it, finds
out what happened to it. An edit keeps its note ("Updated: ...") beside the
time. Every change moves `changed_at`, which is what polling readers ask for
(`?since=`), so they get edits and removals as well as new posts.
"""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from live.blocks import LiveUpdateBodyBlock
from news.authors import Author

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class UpdateState(models.TextChoices):
    PENDING = "pending", _("Waiting for an editor")
    PUBLISHED = "published", _("Published")
    REMOVED = "removed", _("Removed")


PUBLIC_STATES = (UpdateState.PUBLISHED, UpdateState.REMOVED)
# A removed update loses its pin: it stays in the timeline, where it was.
PINNED = Q(state=UpdateState.PUBLISHED, is_pinned=True)


class LiveUpdateQuerySet(models.QuerySet):
    def public(self):
        return self.filter(state__in=PUBLIC_STATES)

    def pinned(self):
        return self.filter(PINNED).newest_first()

    def timeline(self):
        """What the reader scrolls, newest first: every public update but the pinned ones."""
        return self.public().exclude(PINNED).newest_first()

    def newest_first(self):
        return self.order_by("-posted_at", "-pk")


class LiveUpdate(models.Model):
    blog = models.ForeignKey(
        "live.LiveBlogPage",
        verbose_name=_("live blog"),
        on_delete=models.CASCADE,
        related_name="updates",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=UpdateState.choices, default=UpdateState.PENDING
    )
    posted_at = models.DateTimeField(_("time"), default=timezone.now)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now, editable=False)
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = StreamField(LiveUpdateBodyBlock(), verbose_name=_("body"), blank=True)
    author = models.ForeignKey(
        Author,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_key_event = models.BooleanField(_("key event"), default=False)
    edit_note = models.CharField(
        _("what changed"),
        max_length=200,
        blank=True,
        help_text=_("Shown to readers beside the time, as 'Updated: ...'."),
    )
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True, editable=False)
    removal_reason = models.CharField(_("reason for removal"), max_length=200, blank=True)

    objects = LiveUpdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("live update")
        verbose_name_plural = _("live updates")
        permissions = [("publish_liveupdate", _("Can publish live updates without review"))]
        indexes = [
            models.Index(fields=["blog", "state", "posted_at"], name="live_update_timeline"),
            models.Index(fields=["blog", "changed_at"], name="live_update_changes"),
        ]

    def __str__(self):
        return self.title or f"{self.blog_id}/{self.pk}"

    def save(self, *args, **kwargs):
        self.changed_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def anchor(self):
        return f"update-{self.pk}"

    @property
    def version(self):
        """`changed_at` as whole microseconds: the `since` cursor readers poll with."""
        return to_cursor(self.changed_at)

    @property
    def is_removed(self):
        return self.state == UpdateState.REMOVED

    @property
    def is_pending(self):
        return self.state == UpdateState.PENDING

    def publish(self):
        """An editor's approval: the update goes out now, timed now."""
        self.state = UpdateState.PUBLISHED
        self.posted_at = timezone.now()
        self.save()

    def remove(self, reason):
        self.state = UpdateState.REMOVED
        self.removal_reason = reason
        self.is_pinned = False
        self.save()

    def record_edit(self, note):
        """A published update's edit is shown to readers; a pending one's is not news."""
        if self.state == UpdateState.PUBLISHED:
            self.edit_note = note
            self.edited_at = timezone.now()


def to_cursor(moment):
    """A time as whole microseconds since 1970, exactly (a float would round)."""
    return (moment - EPOCH) // timedelta(microseconds=1) if moment else 0


def from_cursor(cursor):
    return EPOCH + timedelta(microseconds=cursor)
