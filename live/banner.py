"""
The breaking banner: one site-wide line ("Breaking: ...") that editors set
and clear under *Snippets → Breaking banners*, linking to a story or a live
blog, in Thai and in English.

Why a pair of fields and not a translatable snippet: the banner is one
alert shown in both languages at once, set in a hurry; wagtail-localize
would make the English copy a second record to find, translate and publish
(as home/site_settings.py explains for the site's name). An empty English
text means English pages show no banner; the link goes to the chosen page's
translation in the reader's language when there is a live one.

The banner is in every public page's HTML (base.html), above the content
from the first paint, so it moves nothing. Readers get it, and lose it,
through the shared cache: a change purges the whole site (live/purging.py),
and so does its end time (`manage.py purge_ended_banner`, every minute),
while a page already open hides it by its end time without giving up its
space. Reading it costs no query once warm: the current banner is cached as
plain values until a banner is saved or deleted.
"""

from django.core.cache import cache
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Page

CACHE_KEY = "live:breaking-banner:v1"
CACHE_SECONDS = 10 * 60
LINK_TYPES = ["news.ArticlePage", "live.LiveBlogPage"]


class BreakingBanner(models.Model):
    text_th = models.CharField(_("text in Thai"), max_length=160)
    text_en = models.CharField(
        _("text in English"),
        max_length=160,
        blank=True,
        help_text=_("Empty: English pages show no banner."),
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("links to"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A story or a live blog; readers get its version in their language."),
    )
    is_active = models.BooleanField(
        _("show the banner"), default=True, help_text=_("Untick to clear the banner at once.")
    )
    ends_at = models.DateTimeField(
        _("until"), null=True, blank=True, help_text=_("Empty: until you clear it.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("text_th"),
        FieldPanel("text_en"),
        PageChooserPanel("page", LINK_TYPES),
        FieldPanel("is_active"),
        FieldPanel("ends_at"),
    ]

    class Meta:
        verbose_name = _("breaking banner")
        verbose_name_plural = _("breaking banners")
        ordering = ["-updated_at"]

    def __str__(self):
        return self.text_th

    def is_showing(self, now=None):
        now = now or timezone.now()
        return self.is_active and (self.ends_at is None or self.ends_at > now)


def current_banner_values():
    """The banner to show as plain values ({} for none), cached until a banner changes."""
    values = cache.get(CACHE_KEY)
    if values is None:
        values = banner_values(showing_banner())
        cache.set(CACHE_KEY, values, CACHE_SECONDS)
    ends_at = values.get("ends_at")
    if ends_at is not None and ends_at <= timezone.now():
        return {}
    return values


def showing_banner():
    now = timezone.now()
    banners = BreakingBanner.objects.filter(is_active=True).select_related("page")
    banners = banners.filter(models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=now))
    return banners.first()


def banner_values(banner):
    if banner is None or not banner.page.live:
        return {}
    return {
        "text": {"th": banner.text_th, "en": banner.text_en},
        "urls": urls_by_language(banner.page),
        "ends_at": banner.ends_at,
    }


def urls_by_language(page):
    """{language: URL} of the page's live versions (its own language's, at least)."""
    versions = Page.objects.live().filter(translation_key=page.translation_key)
    return {
        version.locale.language_code: version.get_url()
        for version in versions.select_related("locale")
    }


def forget_banner():
    cache.delete(CACHE_KEY)


def banner_for(language):
    """(text, url, ends_at) for a reader of `language`, or None."""
    values = current_banner_values()
    text = values.get("text", {}).get(language)
    if not text:
        return None
    urls = values["urls"]
    url = urls.get(language) or next(iter(urls.values()), None)
    return (text, url, values["ends_at"]) if url else None
