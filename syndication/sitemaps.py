"""
Sitemaps for search engines, built on Wagtail's sitemap (wagtail.contrib.sitemaps):

- `PagesSitemap`: every live, public page of every language of the site,
  each with its live translations as `<xhtml:link rel="alternate" hreflang>`
  (plus `x-default`, the Thai version), as the pages' own <head> lists them.
- `NewsSitemap`: the Google News sitemap, the articles of the last two days
  (at most 1,000, newest first) with the publication's name (the site's
  identity, in the article's language) and language,
  the publication time and the headline.

URLs are absolute and built from the request, like the pages' canonical URLs.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail import hooks
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.site_settings import SiteIdentity
from news.models import ArticlePage

NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000
# A hook taking the Q of pages under the site's homes, returning more news pages.
NEWS_PAGES_HOOK = "news_sitemap_pages"


class SiteLanguagesMixin:
    """The home page of every language of the requested site, and what lies under them."""

    def homes(self):
        root = self.get_wagtail_site().root_page
        return Page.objects.live().filter(translation_key=root.translation_key)

    def under_homes(self):
        paths = Q()
        for home in self.homes():
            paths |= Q(path__startswith=home.path)
        return paths if paths else Q(pk__in=[])

    def absolute_url(self, page):
        return self.request.build_absolute_uri(page.get_url(self.request))


class PagesSitemap(SiteLanguagesMixin, Sitemap):
    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(self.under_homes())
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_by_key(pages)
        urls = []
        for item in pages:
            urls.append(
                {
                    "item": item,
                    "location": self.absolute_url(item),
                    "lastmod": item.last_published_at,
                    "alternates": alternates.get(item.translation_key, []),
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def alternates_by_key(self, pages):
        """
        {translation key: [{lang_code, location}, ...]} for the pages that are
        live in more than one language, with x-default: one query.
        """
        versions = (
            Page.objects.live()
            .public()
            .filter(translation_key__in={p.translation_key for p in pages})
            .select_related("locale")
        )
        by_key = {}
        for version in versions:
            code = version.locale.language_code
            by_key.setdefault(version.translation_key, {})[code] = self.absolute_url(version)
        alternates = {}
        for key, urls in by_key.items():
            if len(urls) < 2:
                continue
            links = [{"lang_code": code, "location": url} for code, url in sorted(urls.items())]
            default = urls.get(settings.LANGUAGE_CODE)
            if default:
                links.append({"lang_code": "x-default", "location": default})
            alternates[key] = links
        return alternates


class NewsSitemap(SiteLanguagesMixin, Sitemap):
    limit = NEWS_LIMIT

    def items(self):
        now = timezone.now()
        under_homes = self.under_homes()
        articles = (
            ArticlePage.objects.live()
            .public()
            .filter(under_homes)
            .filter(display_date__gt=now - NEWS_WINDOW, display_date__lte=now)
            .select_related("locale")
            .defer_streamfields()
            .newest_first()[: self.limit]
        )
        # Other page types that are news for a while (a live blog while it is
        # live) come from apps above this one, through a hook.
        others = [page for hook in hooks.get_hooks(NEWS_PAGES_HOOK) for page in hook(under_homes)]
        if not others:
            return articles
        newest_first = sorted([*articles, *others], key=lambda page: page.date, reverse=True)
        return newest_first[: self.limit]

    def _urls(self, page, protocol, domain):
        return [self.news_entry(article) for article in self.paginator.page(page).object_list]

    def news_entry(self, article):
        language = article.locale.language_code
        return {
            "item": article,
            "location": self.absolute_url(article),
            "publication_name": SiteIdentity.for_request(self.request).name_for(language),
            "language": language,
            "publication_date": timezone.localtime(article.date).isoformat(),
            "title": article.title,
        }
