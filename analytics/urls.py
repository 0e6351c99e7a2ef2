"""The view-count beacon (per-request, never cached)."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.utils.urlpatterns import decorate_urlpatterns

import web.converters  # noqa: F401 - registers <db_id:...>
from analytics import views

app_name = "analytics"

urlpatterns = [
    path("views/<db_id:article_id>/", views.beacon, name="beacon"),
]
decorate_urlpatterns(urlpatterns, never_cache)
