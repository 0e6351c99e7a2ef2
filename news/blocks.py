"""
The blocks an editor composes an article body from.

Every block carries a `description` and a `preview_value`, so the block picker
in the admin shows what each one is for and how it looks. The chooser blocks
fetch their targets in bulk, with images and their renditions prefetched, so an
article renders in the same number of queries whether it has one related story
or twenty (see tests/test_query_budget.py).

What a block's template shows is worked out by its value (news/block_values.py,
``Meta.value_class``), so templates only read ``value.x``. ArticlePage is
looked up in the app registry, never imported: news.models imports this module.
"""

import copy

from django.apps import apps
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale

from news.block_values import (
    EmbedValue,
    ImageValue,
    PullQuoteValue,
    RelatedStoryValue,
    share_translations,
)


class BulkPrefetchingChooserMixin:
    """Fetch all chosen objects of one block type with a single queryset."""

    def get_queryset(self):
        raise NotImplementedError

    def bulk_to_python(self, values):
        found = self.get_queryset().in_bulk([pk for pk in values if pk is not None])
        seen = set()
        result = []
        for pk in values:
            obj = found.get(pk)
            if obj is not None and pk in seen:
                obj = copy.copy(obj)  # each block gets its own instance, as Wagtail does
            result.append(obj)
            seen.add(pk)
        return result


class PrefetchingImageChooserBlock(BulkPrefetchingChooserMixin, ImageChooserBlock):
    def get_queryset(self):
        return get_image_model().objects.prefetch_renditions()


class ArticleChooserBlock(BulkPrefetchingChooserMixin, blocks.PageChooserBlock):
    """
    Chooses an ArticlePage; fetches its hero image and renditions with it, and
    its locale, which decides whether the reader gets it or its translation.
    """

    def __init__(self, **kwargs):
        super().__init__(page_type="news.ArticlePage", **kwargs)

    def get_queryset(self):
        article_model = apps.get_model("news", "ArticlePage")
        return article_model.objects.with_listing_data().select_related("locale")

    @cached_property
    def widget(self):
        # Wagtail's own widget keeps "Choose a page (Article)" in the language of
        # the request that built it, for every editor after (see the module).
        from localization.chooser_labels import PageChooserInEditorsLanguage

        return PageChooserInEditorsLanguage(
            target_models=self.target_models, can_choose_root=self.can_choose_root
        )


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        features = ["bold", "italic", "link", "ol", "ul"]
        icon = "pilcrow"
        label = _("Paragraph")
        template = "news/blocks/paragraph.html"
        description = _("Body text: bold, italic, links and lists.")
        preview_value = format_lazy(
            "<p>{}</p>",
            _(
                "Reporters spent three weeks along the river talking to farmers, "
                "engineers and the officials who decide when the gates open."
            ),
        )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "news/blocks/heading.html"
        description = _("A heading that divides a long story into parts.")
        preview_value = {"text": _("What happens next"), "level": "h2"}


class ArticleImageBlock(blocks.StructBlock):
    image = PrefetchingImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=250,
        help_text=_("Describe what the picture shows for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=120,
        help_text=_("Photographer or agency, for example 'Photo: Ananya Sukjai'."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/image.html"
        value_class = ImageValue
        description = _("A picture in the story, with alt text, caption and credit.")
        preview_value = {
            "alt_text": _("Boats moored along a canal at dawn"),
            "caption": _("The canal at first light."),
            "credit": _("Photo: News World Daily"),
        }

    def get_preview_value(self):
        # The block picker shows the newest image of the library, when there is one.
        newest = get_image_model().objects.order_by("-created_at").first()
        return self.normalize({**self.meta.preview_value, "image": newest})


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    speaker = blocks.CharBlock(label=_("Speaker"), max_length=120)
    role = blocks.CharBlock(
        label=_("Role or affiliation"),
        required=False,
        max_length=200,
        help_text=_("For example 'Professor of economics, Chiang Mai University'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Pull quote")
        template = "news/blocks/pull_quote.html"
        value_class = PullQuoteValue
        description = _("A quotation set apart from the text, with who said it.")
        preview_value = {
            "quote": _("Nobody plans a harvest around a forecast they cannot trust."),
            "speaker": _("Dr Kanya Wongsiri"),
            "role": _("Agricultural economist, Khon Kaen University"),
        }


class RelatedStoryBlock(blocks.StructBlock):
    """
    A link to another article, shown in the reader's language. Consecutive
    related stories are shown together as one "Related" box (ArticleBodyBlock).
    A target that is unpublished or deleted renders nothing.
    """

    article = ArticleChooserBlock(label=_("Article"))
    headline = blocks.CharBlock(
        label=_("Headline override"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the article's own headline."),
    )

    class Meta:
        icon = "link"
        label = _("Related story")
        template = "news/blocks/related_story.html"
        value_class = RelatedStoryValue
        description = _("A link to another story of ours, shown with its picture.")
        preview_value = {"headline": ""}

    def bulk_to_python(self, values):
        return share_translations(super().bulk_to_python(values))

    def get_context(self, value, parent_context=None):
        # A story rendered on its own is a box of one, or nothing.
        context = super().get_context(value, parent_context)
        context["stories"] = [value] if value.target else []
        return context

    def get_preview_value(self):
        # The block picker shows the newest published article in the editor's
        # language (the one the preview shows stories in), when there is one.
        article_model = apps.get_model("news", "ArticlePage")
        live = article_model.objects.live().filter(locale=Locale.get_active())
        newest = live.newest_first().first()
        return self.normalize({**self.meta.preview_value, "article": newest})


class ArticleEmbedBlock(blocks.StructBlock):
    """
    Video or a social post from a provider such as YouTube. When the provider
    cannot be reached the reader gets a plain link instead of a hole.
    """

    url = blocks.URLBlock(label=_("Address (URL)"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "news/blocks/embed.html"
        value_class = EmbedValue
        description = _("A video or post from another site, falling back to a link.")
        preview_value = {"url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ"}


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    facts = blocks.ListBlock(blocks.CharBlock(label=_("Fact"), max_length=300), label=_("Facts"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=200)

    class Meta:
        icon = "list-ul"
        label = _("Fact box")
        template = "news/blocks/fact_box.html"
        description = _("Key figures or background in a box beside the story.")
        preview_value = {
            "title": _("The river in numbers"),
            "facts": [_("372 km long"), _("11 provinces along its banks"), _("4 major dams")],
            "source": _("Royal Irrigation Department"),
        }


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ArticleImageBlock()
    pull_quote = PullQuoteBlock()
    related_story = RelatedStoryBlock()
    embed = ArticleEmbedBlock()
    fact_box = FactBoxBlock()

    class Meta:
        block_counts = {}
        template = "news/blocks/article_body.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["parts"] = list(gather_related_stories(value))
        return context


def gather_related_stories(body):
    """
    The body's blocks in order, each run of consecutive related stories
    gathered into one list so the template shows it as a single "Related" box:
    ``("block", child)`` or ``("related", [story, ...])``. A story with nothing
    to show the reader is left out, and a run left empty disappears entirely.
    """
    run = []
    for child in body:
        if isinstance(child.block, RelatedStoryBlock):
            if child.value.target is not None:
                run.append(child.value)
            continue
        if run:
            yield ("related", run)
            run = []
        yield ("block", child)
    if run:
        yield ("related", run)
