"""
The newsroom's content: sections, articles and the people who write them.

Page tree (one per language)::

    HomePage (home app)
      SectionPage        World, Thailand, Business, ...
        ArticlePage      one story

An article's section is its parent page, so moving a story to another section
is a move in the page tree, and every section URL reads
``/<lang>/<section>/<article>/``.
"""

from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from localization.indexing import SegmentedSearchField
from localization.slug_reservations import ReservedSlugMixin, ReservedSlugPageForm
from localization.slugs import AsciiSlugMixin, AsciiSlugPageForm
from localization.translations import translations_by_key
from news import render_cache
from news.authors import ArticleAuthor, Author
from news.blocks import ArticleBodyBlock
from news.listings import ArticlePageManager, listed_stories
from news.page_access import KnownRestrictionsMixin
from news.tags import ArticlePageTag, LocaleTaggableManager, keep_tags_in_page_language

SECTION_PAGE_SIZE = 12
# A story flagged as breaking news without an end time stays breaking this long.
DEFAULT_BREAKING_HOURS = 6


class SectionPage(KnownRestrictionsMixin, ReservedSlugMixin, AsciiSlugMixin, Page):
    """
    A section of the paper (World, Thailand, Business, ...). Lists its
    articles, newest first, a page at a time.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown at the top of the section's page."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage", "live.LiveBlogPage"]
    base_form_class = ReservedSlugPageForm
    slug_prefix = "section"
    # The slug is the same ASCII address in every language: copied, never a segment.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = listed_stories(request, self, SECTION_PAGE_SIZE)  # and live blogs
        return context


class ArticlePage(KnownRestrictionsMixin, AsciiSlugMixin, Page):
    """
    One story. The title is the headline; the body is a StreamField of
    paragraphs, headings, images, pull quotes, related stories, embeds and
    fact boxes (news/blocks.py). Authors are ordered inline (ArticleAuthor).
    """

    standfirst = models.TextField(
        _("standfirst"),
        max_length=400,
        help_text=_("The one- or two-sentence summary under the headline."),
    )
    hero_image = models.ForeignKey(
        get_image_model(),
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(
        _("main image alt text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe the picture for readers who cannot see it. Empty: the image's own "
            "description. Translated with the article, unlike the image."
        ),
    )
    hero_caption = models.CharField(_("main image caption"), max_length=300, blank=True)
    hero_credit = models.CharField(
        _("main image credit"),
        max_length=120,
        blank=True,
        help_text=_("Photographer or agency, for example 'Photo: Ananya Sukjai'."),
    )
    display_date = models.DateTimeField(
        _("display date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Leave empty to use the time the article is first published."),
    )
    updated_note = models.CharField(
        _("update note"),
        max_length=255,
        blank=True,
        help_text=_("For example 'Updated with the minister's response'. Shown under the date."),
    )
    updated_at = models.DateTimeField(_("updated at"), null=True, blank=True)
    tags = LocaleTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    is_breaking = models.BooleanField(
        _("breaking news"),
        default=False,
        help_text=_(
            "Shows the story in the front page's breaking-news banner and labels it in "
            "listings until the time below."
        ),
    )
    breaking_until = models.DateTimeField(
        _("breaking news until"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Empty: six hours after you save."),
    )
    comments_open = models.BooleanField(
        _("allow comments"),
        default=True,
        help_text=_(
            "Untick to close the comments. They also close on their own a number of days "
            "after publication (COMMENTS_CLOSE_AFTER_DAYS)."
        ),
    )

    objects = ArticlePageManager()
    is_story = True  # listed, syndicated and searched with live blogs (news/stories.py)
    story_label = _("Breaking")
    labelled_stories = classmethod(lambda cls: cls.objects.breaking())  # teasers: story_label
    route_select_related = ("hero_image",)  # loaded with the page by home/routing.py

    parent_page_types = ["news.SectionPage"]
    subpage_types = []
    base_form_class = AsciiSlugPageForm
    slug_prefix = "story"
    # Language-neutral: the story-<key> slug is copied, not translated; the
    # tags travel as tagged_items, put into the page's language (news/tags.py).
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        BaseTranslatableField("tags"),
    ]

    # Thai has no spaces between words: our texts are indexed word by word
    # (localization/indexing.py), so a reader's word inside a sentence is found.
    search_fields = Page.search_fields + [
        SegmentedSearchField("headline_words", boost=2),
        SegmentedSearchField("standfirst"),
        SegmentedSearchField("body"),
        SegmentedSearchField("byline_names"),
        SegmentedSearchField("tags"),
        index.FilterField("display_date"),
    ]
    # The index's body column holds the headline too (headline_words), so
    # PostgreSQL can match on body alone, through its GIN index.
    search_body_includes_title = True

    content_panels = [
        TitleFieldPanel("title", help_text=_("The headline.")),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt_text"),
                FieldPanel("hero_caption"),
                FieldPanel("hero_credit"),
            ],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
    ]
    metadata_panels = [
        InlinePanel("article_authors", label=_("Authors"), heading=_("Byline")),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("display_date"), FieldPanel("updated_note"), FieldPanel("updated_at")],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_breaking"), FieldPanel("breaking_until")], heading=_("Breaking news")
        ),
        FieldPanel("comments_open"),
        InlinePanel(
            "corrections",
            label=_("Correction or update"),
            heading=_("Corrections and updates"),
            help_text=_("Shown, dated, at the end of the article and on the corrections page."),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(metadata_panels, heading=_("Metadata")),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        # Set here rather than in save() so the end time is part of the
        # revision the editor saves, and shows in the form when they come back.
        if self.is_breaking and self.breaking_until is None:
            self.breaking_until = timezone.now() + timedelta(hours=DEFAULT_BREAKING_HOURS)
        keep_tags_in_page_language(self)

    @property
    def is_breaking_now(self):
        return bool(
            self.is_breaking and self.breaking_until and self.breaking_until > timezone.now()
        )

    def save(self, *args, **kwargs):
        # The display date defaults to first publication, so listings can
        # order by one indexed column.
        if self.display_date is None and self.first_published_at:
            self.display_date = self.first_published_at
        super().save(*args, **kwargs)

    @property
    def hero_alt(self):
        if self.hero_alt_text:
            return self.hero_alt_text
        return self.hero_image.default_alt_text if self.hero_image else ""

    @property
    def date(self):
        return self.display_date or self.first_published_at

    def bylines(self):
        """
        The article's authors in order, photos and renditions included, each in
        the article's language when the author has a translation (a translated
        article starts out with its source's authors).
        """
        links = self.article_authors.select_related("author__photo").prefetch_related(
            "author__photo__renditions"
        )
        authors = [link.author for link in links]
        with_photos = Author.objects.select_related("photo").prefetch_related("photo__renditions")
        translated = translations_by_key(with_photos, authors, self.locale_id)
        return [translated.get(author.translation_key, author) for author in authors]

    def headline_words(self):
        """The headline for the index; Page's own `title` entry indexes it unsegmented."""
        return self.title

    def byline_names(self):
        """The authors' names as the byline shows them, for the search index."""
        return [author.name for author in self.bylines()]

    def get_context(self, request, *args, **kwargs):
        """The section, tags and corrections: cached per live revision (news/render_cache.py)."""
        context = super().get_context(request, *args, **kwargs)
        context.update(render_cache.article_extras(self, request))
        return context


# Defined in news/authors.py and news/tags.py, registered here.
__all__ = ["ArticleAuthor", "ArticlePageTag", "Author"]

render_cache.connect(ArticlePage, SectionPage)
