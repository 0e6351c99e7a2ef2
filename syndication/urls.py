"""
Feed URLs, inside each language's prefix (/th/feeds/..., /en/feeds/...), and
the sitemaps and robots.txt, which cover every language and so live at the
site's root, where crawlers look for them.
"""

from django.urls import path
from wagtail.contrib.sitemaps import views as sitemap_views

from syndication import views
from syndication.feeds import ArticlesAtomFeed, ArticlesRssFeed
from syndication.sitemaps import NewsSitemap, PagesSitemap

app_name = "syndication"

urlpatterns = [
    path("rss/", ArticlesRssFeed(), name="rss"),
    path("atom/", ArticlesAtomFeed(), name="atom"),
    path("<slug:section_slug>/rss/", ArticlesRssFeed(), name="section_rss"),
    path("<slug:section_slug>/atom/", ArticlesAtomFeed(), name="section_atom"),
]

PAGE_SITEMAPS = {"pages": PagesSitemap}

sitemap_urlpatterns = [
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": PAGE_SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": PAGE_SITEMAPS},
        name="sitemap_section",
    ),
    path(
        "news-sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": {"news": NewsSitemap}, "template_name": "syndication/news_sitemap.xml"},
        name="news_sitemap",
    ),
]

site_wide_urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    *sitemap_urlpatterns,
]
