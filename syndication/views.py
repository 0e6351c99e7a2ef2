"""robots.txt: what crawlers may fetch, and where the sitemaps are."""

from django.template.response import TemplateResponse
from django.urls import reverse


def robots_txt(request):
    sitemaps = [reverse("sitemap"), reverse("news_sitemap")]
    context = {"sitemap_urls": [request.build_absolute_uri(url) for url in sitemaps]}
    return TemplateResponse(request, "syndication/robots.txt", context, content_type="text/plain")
