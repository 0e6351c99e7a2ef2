"""
Corrections and updates: dated notes an editor appends to a published article.

A newsroom corrects its mistakes in the open. Rather than quietly editing a
wrong figure, the editor adds a note here ("Correction: the bridge is 12 km
long, not 21 km"), republishes, and the note shows at the end of the article,
moves the article's `dateModified`, and is listed on the site's corrections
page with every other correction of that language.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class ArticleCorrectionQuerySet(models.QuerySet):
    def on_live_articles(self, locale):
        """Notes of the live articles in `locale`, newest first, with their articles."""
        return (
            self.filter(locale=locale, page__live=True)
            .select_related("page")
            .order_by("-date", "-pk")
        )


class ArticleCorrection(TranslatableMixin, Orderable):
    """
    One dated note at the end of an article: a *correction* (we got something
    wrong) or an *update* (the story moved on). Editors add them inline on the
    article's Metadata tab; they go live when the article is republished, like
    any other change, so a reporter's note waits for an editor's approval.

    Translatable (wagtail-localize): the text is translated with the article,
    while the date and kind are kept in step with the source.
    """

    class Kind(models.TextChoices):
        CORRECTION = "correction", _("Correction")
        UPDATE = "update", _("Update")

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="corrections")
    date = models.DateTimeField(_("date"), default=timezone.now)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.CORRECTION)
    text = models.TextField(
        _("text"),
        max_length=1000,
        help_text=_("What was wrong and what is right, or what is new. Readers see it as written."),
    )

    objects = ArticleCorrectionQuerySet.as_manager()

    panels = [FieldPanel("date"), FieldPanel("kind"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("correction or update")
        verbose_name_plural = _("corrections and updates")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"
