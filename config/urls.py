"""
URL map. Private URLs (admin, documents, per-reader endpoints) come first and
are never cached; public URLs are locale-prefixed (/th/, /en/) and wrapped
once with `public_cache`, which sets their Cache-Control header.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from config.admin_access import as_in_the_admin
from config.cache import polling_cache, public_cache
from consent import views as consent_views
from home import views as home_views
from home.archives import TAG_ROUTE_PREFIX
from home.cached_routing import with_cached_site_root
from live import urls as live_urls
from localization import translation_overrides
from newsroom import publish_guards, translations_report
from search import views as search_views
from syndication import urls as syndication_urls
from web.methods import read_only_except

private_urlpatterns = [
    # wagtail-localize's override endpoint, with a check of URL values first
    # (localization/translation_overrides.py); its name stays wagtail-localize's.
    path(
        "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        as_in_the_admin(translation_overrides.edit_override),
    ),
    # wagtail-localize's views that can make something live, holding to the
    # publish permission (newsroom/publish_guards.py); names stay theirs. Each
    # is wrapped as the admin's own URLs are: the editor's language, a login
    # redirect, the audit log's user (config/admin_access.py).
    path(
        "admin/localize/update/<int:translation_source_id>/",
        require_admin_access(publish_guards.UpdateTranslationsView.as_view()),
    ),
    path(
        "admin/localize/submit/page/<int:page_id>/",
        as_in_the_admin(publish_guards.SubmitPageTranslationView.as_view()),
    ),
    path(
        "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        as_in_the_admin(publish_guards.SubmitSnippetTranslationView.as_view()),
    ),
    path(
        "admin/localize/page/<int:page_id>/convert_to_alias/",
        as_in_the_admin(publish_guards.convert_to_alias),
    ),
    # wagtail-localize's Translations report, for translators only
    # (newsroom/translations_report.py); names stay wagtail-localize's.
    path(
        "admin/localize/reports/translations/",
        as_in_the_admin(translations_report.report_view),
    ),
    path(
        "admin/localize/reports/translations/results/",
        as_in_the_admin(translations_report.report_results_view),
    ),
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
    path("", include(wagtail_urls)),
    # The home page's tag archive is addressed by the tag's name as it is
    # (/th/tags/น้ำท่วม/), which Wagtail's own pattern refuses.
    re_path(rf"^({TAG_ROUTE_PREFIX}.+/)$", wagtail_views.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
# GET and HEAD only (405 otherwise); a password-protected page's form posts.
read_only = read_only_except(wagtail_views.authenticate_with_password)
decorate_urlpatterns(public_urlpatterns, read_only)
decorate_urlpatterns(public_urlpatterns, public_cache)
# The request's Site and home page from the cache (home/site_root_cache.py).
decorate_urlpatterns(public_urlpatterns, with_cached_site_root)

# Polled by readers' open pages every few seconds: cached briefly, purged on change.
polling_urlpatterns = i18n_patterns(*live_urls.urlpatterns, prefix_default_language=True)
decorate_urlpatterns(polling_urlpatterns, read_only)
decorate_urlpatterns(polling_urlpatterns, polling_cache)

# robots.txt and the sitemaps cover every language, and crawlers look for them
# at the root: public and cached like the pages, but without a language prefix.
site_wide_urlpatterns = syndication_urls.site_wide_urlpatterns
decorate_urlpatterns(site_wide_urlpatterns, read_only)
decorate_urlpatterns(site_wide_urlpatterns, public_cache)
decorate_urlpatterns(site_wide_urlpatterns, with_cached_site_root)

# Browsers ask for /favicon.ico at the root; cached like the pages.
favicon_urlpatterns = [path("favicon.ico", home_views.favicon, name="favicon")]
decorate_urlpatterns(favicon_urlpatterns, read_only)
decorate_urlpatterns(favicon_urlpatterns, public_cache)

urlpatterns = private_urlpatterns

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += site_wide_urlpatterns
urlpatterns += favicon_urlpatterns
urlpatterns += polling_urlpatterns
urlpatterns += public_urlpatterns

handler400 = "home.views.bad_request"
# A database outage is a 503 with Retry-After and one log line, not a 500 with a traceback.
handler500 = "config.db_outage.server_error"
