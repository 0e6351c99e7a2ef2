"""
URL map. Private URLs (admin, documents, per-reader endpoints) come first and
are never cached; public URLs are locale-prefixed (/th/, /en/) and wrapped
once with `public_cache`, which sets their Cache-Control header.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from config.cache import public_cache
from consent import views as consent_views
from search import views as search_views
from syndication import urls as syndication_urls

private_urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("consent/", include("consent.urls")),
    # Per-reader pages in the reader's language: /th/accounts/..., /en/comments/...
    # (each app's urls.py marks them never_cache).
    *i18n_patterns(
        path("accounts/", include("accounts.urls")),
        path("comments/", include("comments.urls")),
        path("analytics/", include("analytics.urls")),
        prefix_default_language=True,
    ),
]

public_urlpatterns = i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("cookie-settings/", consent_views.preferences, name="consent_preferences"),
    path("feeds/", include("syndication.urls")),
    path("", include("newsroom.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
decorate_urlpatterns(public_urlpatterns, public_cache)

# robots.txt and the sitemaps cover every language, and crawlers look for them
# at the root: public and cached like the pages, but without a language prefix.
site_wide_urlpatterns = syndication_urls.site_wide_urlpatterns
decorate_urlpatterns(site_wide_urlpatterns, public_cache)

urlpatterns = private_urlpatterns

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += site_wide_urlpatterns
urlpatterns += public_urlpatterns

handler400 = "home.views.bad_request"
