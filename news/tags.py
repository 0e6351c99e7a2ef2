"""
Tags, one set per language.

Taggit's own tags are global: a Thai tag copied onto an English translation
showed ``ตลาดน้ำ`` on ``/en/business/...``. Here a tag is a translatable
snippet (ArticleTag): each language has its own tags, and a tag's translations
share its translation key, as authors do. Translators translate a tag's name
with wagtail-localize like any snippet.

- Tags typed on a page are found or created in the page's language
  (LocaleTaggableManager), so the same word may be a tag in both languages.
- A translated page starts out with its source's tags (wagtail-localize and
  ``copy_for_translation`` copy them); when the page is saved each is
  replaced by its translation in the page's language, and one with no
  translation yet (or whose translation still bears the source's name, as
  wagtail-localize's fresh copy does) is left off (``keep_tags_in_page_language``).
  It comes back with the next sync once its name is translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import TranslatableField

from localization.translations import translations_by_key


@register_snippet
class ArticleTag(TranslatableMixin, TagBase):
    """A tag in one language; its translations share its translation key."""

    # Unique per language rather than overall (TagBase's own fields).
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)

    panels = [FieldPanel("name")]
    # The slug is made from the name in each language: only the name is translated.
    translatable_fields = [TranslatableField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="unique_tag_name_per_locale"),
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_tag_slug_per_locale"),
        ]


class ArticlePageTag(ItemBase):
    """Links an article to one of its tags."""

    tag = models.ForeignKey(ArticleTag, on_delete=models.CASCADE, related_name="tagged_items")
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class _LocaleTagManager(_ClusterTaggableManager):
    """Finds and creates the tags named on a page among the tags of the page's language."""

    def _to_tag_model_instances(self, tags, tag_kwargs):
        locale_id = self.instance.locale_id or Locale.get_default().pk
        return super()._to_tag_model_instances(tags, {"locale_id": locale_id, **tag_kwargs})


class LocaleTaggableManager(ClusterTaggableManager):
    """ClusterTaggableManager whose tag names are looked up in the page's language."""

    def __get__(self, instance, model):
        return _LocaleTagManager(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )


def keep_tags_in_page_language(page):
    """
    Replace each of the page's tags that is in another language by its
    translation into the page's language, leaving off those with none. One
    query when every tag is already in the page's language.
    """
    items = list(page.tagged_items.all())
    tags = ArticleTag.objects.in_bulk([item.tag_id for item in items])
    foreign = [tag for tag in tags.values() if tag.locale_id != page.locale_id]
    if not foreign:
        return
    translated = translations_by_key(ArticleTag.objects.all(), foreign, page.locale_id)
    kept, seen = [], set()
    for item in items:
        tag = tags.get(item.tag_id)
        if tag is not None and tag.locale_id != page.locale_id:
            tag = name_translated(tag, translated.get(tag.translation_key))
            item = type(item)(tag=tag)  # ArticlePageTag, or another page type's link
        if tag is not None and tag.pk not in seen:
            seen.add(tag.pk)
            kept.append(item)
    page.tagged_items = kept


def name_translated(tag, translation):
    """
    The translation, unless its name is still the source's: wagtail-localize
    creates a snippet's translation as a copy of it on submission, so until a
    translator renames it, it is the untranslated tag.
    """
    if translation is None or translation.name == tag.name:
        return None
    return translation
