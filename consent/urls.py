"""Private, per-reader consent endpoints: never cached (see config/urls.py)."""

from django.urls import path

from consent import views

app_name = "consent"

urlpatterns = [
    path("", views.decide, name="decide"),
    path("state.css", views.state_css, name="state_css"),
]
