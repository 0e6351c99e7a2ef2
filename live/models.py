"""
A live blog: a page for coverage that moves minute by minute (a flood, an
election night, an earthquake).

The page holds what changes rarely: the headline, standfirst, main image,
key points, byline, tags and the coverage status and times. The updates are
their own rows (live/updates.py), each pointing at the page with a plain
foreign key rather than a ParentalKey, so posting one neither edits nor
republishes the page, and a blog of 500 updates keeps small revisions. An
English live blog made as a translation of a Thai one gets its own updates.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from live.banner import BreakingBanner
from live.pages import live_blog_context, redirect_to_update
from live.updates import LiveUpdate
from localization.indexing import SegmentedSearchField
from localization.slugs import AsciiSlugMixin, AsciiSlugPageForm
from localization.translations import translations_by_key
from news.authors import Author
from news.page_access import KnownRestrictionsMixin
from news.render_cache import connect_story
from news.tags import ArticleTag, LocaleTaggableManager, keep_tags_in_page_language


class CoverageStatus(models.TextChoices):
    # With a context: Wagtail's own "Live" means published, not happening now.
    UPCOMING = "upcoming", pgettext_lazy("coverage", "Upcoming")
    LIVE = "live", pgettext_lazy("coverage", "Live")
    ENDED = "ended", pgettext_lazy("coverage", "Ended")


class LiveBlogPage(KnownRestrictionsMixin, AsciiSlugMixin, Page):
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
    hero_alt_text = models.CharField(_("main image alt text"), max_length=250, blank=True)
    hero_caption = models.CharField(_("main image caption"), max_length=300, blank=True)
    status = models.CharField(
        _("coverage"),
        max_length=10,
        choices=CoverageStatus.choices,
        default=CoverageStatus.LIVE,
        help_text=_("Readers' pages look for new updates only while the coverage is live."),
    )
    coverage_start = models.DateTimeField(_("coverage starts"), default=timezone.now)
    coverage_end = models.DateTimeField(
        _("coverage ended"),
        null=True,
        blank=True,
        help_text=_("Empty: set when you mark the coverage as ended."),
    )
    key_points = models.TextField(
        _("key points"),
        blank=True,
        max_length=2000,
        help_text=_("The summary at the top: one point per line."),
    )
    tags = LocaleTaggableManager(through="live.LiveBlogTag", blank=True, verbose_name=_("tags"))

    # A story: listed, syndicated and searched with articles, by its date
    # FilterField, labelled "Live" while the coverage is (news/stories.py).
    is_story = True
    story_label = CoverageStatus.LIVE.label

    @classmethod
    def labelled_stories(cls):
        return cls.objects.filter(status=CoverageStatus.LIVE)

    parent_page_types = ["news.SectionPage"]
    subpage_types = []
    base_form_class = AsciiSlugPageForm
    slug_prefix = "live"
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("status"),
        SynchronizedField("coverage_start"),
        SynchronizedField("coverage_end"),
        BaseTranslatableField("tags"),
    ]
    search_fields = Page.search_fields + [
        SegmentedSearchField("headline_words", boost=2),
        SegmentedSearchField("standfirst"),
        SegmentedSearchField("key_points"),
        SegmentedSearchField("byline_names"),
        SegmentedSearchField("tags"),
        index.FilterField("coverage_start"),
    ]
    search_body_includes_title = True

    content_panels = [
        TitleFieldPanel("title", help_text=_("The headline.")),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("coverage_start"), FieldPanel("coverage_end")],
            heading=_("Coverage"),
        ),
        FieldPanel("key_points"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text"), FieldPanel("hero_caption")],
            heading=_("Main image"),
        ),
        InlinePanel("live_blog_authors", label=_("Authors"), heading=_("Byline")),
        FieldPanel("tags"),
    ]

    class Meta:
        verbose_name = _("live blog")
        verbose_name_plural = _("live blogs")

    def clean(self):
        super().clean()
        if self.status == CoverageStatus.ENDED and self.coverage_end is None:
            self.coverage_end = timezone.now()
        keep_tags_in_page_language(self)

    @property
    def is_live(self):
        return self.status == CoverageStatus.LIVE

    @property
    def date(self):
        """What listings and the news sitemap date the blog by: when coverage began."""
        return self.coverage_start

    @property
    def hero_alt(self):
        if self.hero_alt_text:
            return self.hero_alt_text
        return self.hero_image.default_alt_text if self.hero_image else ""

    def key_point_list(self):
        return [line.strip() for line in self.key_points.splitlines() if line.strip()]

    def bylines(self):
        """The authors in order, each in the blog's language when translated (as articles do)."""
        authors = [link.author for link in self.live_blog_authors.select_related("author")]
        translated = translations_by_key(Author.objects.all(), authors, self.locale_id)
        return [translated.get(author.translation_key, author) for author in authors]

    def headline_words(self):
        return self.title

    def byline_names(self):
        return [author.name for author in self.bylines()]

    def serve(self, request, *args, **kwargs):
        if "update" in request.GET:
            return redirect_to_update(self, request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(live_blog_context(self, request))
        return context


class LiveBlogAuthor(Orderable):
    page = ParentalKey(LiveBlogPage, on_delete=models.CASCADE, related_name="live_blog_authors")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")


class LiveBlogTag(ItemBase):
    tag = models.ForeignKey(ArticleTag, on_delete=models.CASCADE, related_name="live_blog_items")
    content_object = ParentalKey(
        LiveBlogPage, on_delete=models.CASCADE, related_name="tagged_items"
    )


# A live blog published, unpublished or deleted changes what links to it.
connect_story(LiveBlogPage)

__all__ = ["BreakingBanner", "LiveUpdate"]
