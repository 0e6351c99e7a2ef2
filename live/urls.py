"""The updates endpoint, mounted under the language prefix by config/urls.py."""

from django.urls import path

import web.converters  # noqa: F401 - registers <db_id:...>
from live import views

urlpatterns = [
    # db_id, not int: a 20-digit id overflowed the database's integer (a 500).
    path("live/<db_id:blog_id>/updates/", views.updates, name="live_updates"),
]
