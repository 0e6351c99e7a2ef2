"""The front page of each language's site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from home.archives import ArchiveRoutesMixin
from home.front_page import attach_menu_sections, menu_sections, section_blocks
from home.routing import UrlPathRoutingMixin
from home.site_settings import SiteIdentity  # noqa: F401 - the setting's model lives there
from localization.slugs import AsciiSlugMixin, AsciiSlugPageForm
from news.models import ArticlePage, SectionPage
from news.page_access import KnownRestrictionsMixin

LATEST_NEWS_COUNT = 10
ARTICLES_PER_SECTION_BLOCK = 4


class HomePage(
    ArchiveRoutesMixin, UrlPathRoutingMixin, KnownRestrictionsMixin, AsciiSlugMixin, Page
):
    """
    The front page: a lead story chosen by the editors (the newest article
    when none is chosen, or when the chosen one is no longer published), the
    latest news, and a block for each section with its newest stories.
    """

    lead_story = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("lead story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The story at the top of the front page. Empty: the newest article."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("lead_story")], heading=_("Front page")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "consent.PrivacyPolicyPage"]
    max_count_per_parent = 1
    base_form_class = AsciiSlugPageForm
    # The site's root: its slug is no word of either language and is not translated.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def sections(self):
        return SectionPage.objects.live().child_of(self).in_menu()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().descendant_of(self).with_listing_data()
        newest = list(articles.newest_first()[: LATEST_NEWS_COUNT + 1])
        lead = self.live_lead_story(articles) or (newest[0] if newest else None)
        latest = [a for a in newest if a != lead][:LATEST_NEWS_COUNT]
        sections = menu_sections(self, request)
        attach_menu_sections([lead, *latest] if lead else latest, sections)
        context["lead_story"] = lead
        context["latest_news"] = latest
        context["section_blocks"] = section_blocks(sections, ARTICLES_PER_SECTION_BLOCK)
        return context

    def live_lead_story(self, articles):
        """
        The chosen lead story in this home's language. A translated home page
        starts out pointing at the source's story, so its translation is used.
        """
        if self.lead_story_id is None:
            return None
        chosen = ArticlePage.objects.filter(pk=self.lead_story_id).values("translation_key")
        return articles.filter(translation_key__in=chosen).first()
