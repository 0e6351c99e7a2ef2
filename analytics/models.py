"""
How often each article was read: a running total, and per-hour buckets for
"most read in the last 24 hours".

No row says who read what. A view is counted from a beacon the article page
sends (analytics/views.py); the numbers here are only sums.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleViewCount(models.Model):
    """
    All counted views of one article since it was published. Kept apart from
    the page itself: a page's fields are overwritten from its revision on
    every publish, and would lose views counted in between.
    """

    article = models.OneToOneField(
        "news.ArticlePage",
        verbose_name=_("article"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="view_count",
    )
    views = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("article view count")
        verbose_name_plural = _("article view counts")

    def __str__(self):
        return f"{self.article_id}: {self.views}"


class HourlyArticleViews(models.Model):
    """
    The views of one article in one clock hour (UTC). "Most read" sums the
    last 24 of them per article in one indexed query; `flush_view_counts`
    deletes buckets older than a week.
    """

    article = models.ForeignKey(
        "news.ArticlePage", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )
    hour = models.DateTimeField(_("hour"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("hourly article views")
        verbose_name_plural = _("hourly article views")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "hour"], name="analytics_one_bucket_per_hour"
            )
        ]
        # PostgreSQL answers "most read" from this index alone (INCLUDE);
        # other databases get a plain index on the hour.
        indexes = [
            models.Index(fields=["hour"], include=["article", "views"], name="analytics_hour_idx")
        ]

    def __str__(self):
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H:00}: {self.views}"


class FlushedViewBatch(models.Model):
    """
    A batch of views that `flush_view_counts` took from Redis and added to
    the counts. Written in the same transaction as the views, so a batch is
    counted once however many flushes read it (two overlapping runs, or a
    retry after a crash between the commit and deleting the batch in
    Redis). Kept a week, like the hourly buckets.
    """

    key = models.CharField(_("batch key"), max_length=100, unique=True)
    flushed_at = models.DateTimeField(_("flushed at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("flushed view batch")
        verbose_name_plural = _("flushed view batches")

    def __str__(self):
        return self.key
