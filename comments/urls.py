"""Comments endpoints: /<lang>/comments/... (per-reader, never cached)."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.utils.urlpatterns import decorate_urlpatterns

import web.converters  # noqa: F401 - registers <db_id:...>
from comments import views

app_name = "comments"

urlpatterns = [
    path("<db_id:article_id>/", views.thread, name="thread"),
    path("report/<db_id:comment_id>/", views.report, name="report"),
]
decorate_urlpatterns(urlpatterns, never_cache)
