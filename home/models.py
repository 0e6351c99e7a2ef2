"""The front page of each language's site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from home import site_root_cache
from home.archives import ArchiveRoutesMixin
from home.front_page import ARTICLES_PER_SECTION_BLOCK, LATEST_NEWS_COUNT, front_page_parts
from home.routing import UrlPathRoutingMixin
from home.site_settings import SiteIdentity  # noqa: F401 - the setting's model lives there
from localization.slugs import AsciiSlugMixin, AsciiSlugPageForm
from news.models import SectionPage
from news.page_access import KnownRestrictionsMixin

__all__ = ["ARTICLES_PER_SECTION_BLOCK", "LATEST_NEWS_COUNT", "HomePage"]


class HomePage(
    ArchiveRoutesMixin, UrlPathRoutingMixin, KnownRestrictionsMixin, AsciiSlugMixin, Page
):
    """
    The front page: a lead story chosen by the editors (the newest story
    when none is chosen, or when the chosen one is no longer published), the
    latest news, and a block for each section with its newest stories
    (articles and live blogs alike, home/front_page.py).
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
        context["front"] = front_page_parts(self, request)
        return context


site_root_cache.connect(HomePage)
