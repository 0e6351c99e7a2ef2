"""The updates endpoint, mounted under the language prefix by config/urls.py."""

from django.urls import path

from live import views

urlpatterns = [
    path("live/<int:blog_id>/updates/", views.updates, name="live_updates"),
]
