"""
Bylines: the people whose names stand on articles (the Author snippet) and
the ordered link from an article to them (ArticleAuthor).
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from localization.slugs import title_needs_stable_slug


@register_snippet
class Author(index.Indexed, TranslatableMixin, models.Model):
    """
    A person whose name stands on a byline: a reporter, a columnist, a
    photographer. One author can sign many articles and an article can have
    several authors, in the order the editor sets (see ArticleAuthor).
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        blank=True,
        help_text=_(
            "The last part of the address of the author's page. Empty: made from the name "
            "(a Thai name gets a short stable id such as author-3f9a2c1b)."
        ),
    )
    role = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("Shown under the name, for example 'Economics correspondent'."),
    )
    photo = models.ForeignKey(
        get_image_model(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("biography"), blank=True, max_length=1000)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    # One address per author in every language: translators do not touch the slug.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("role"),
        SynchronizedField("photo"),
        TranslatableField("bio"),
    ]
    # Indexed so that the admin's author chooser and listing have a search box.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_author_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            if self.locale_id is None:  # Wagtail sets it on save; the slug needs it first
                self.locale = self.get_default_locale()
            self.slug = self.free_slug()
        super().save(*args, **kwargs)

    def free_slug(self):
        """An ASCII slug from the name (or the translation key) not used in this locale yet."""
        if title_needs_stable_slug(self.name):
            base = f"author-{self.translation_key.hex[:8]}"
        else:
            base = slugify(self.name)[:100]
        taken = set(
            Author.objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        candidates = (base if n == 1 else f"{base}-{n}" for n in range(1, len(taken) + 2))
        return next(slug for slug in candidates if slug not in taken)


class ArticleAuthor(Orderable):
    """Links an article to one of its authors; the sort order is the byline's order."""

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")
