"""Site-wide SEO URLs: crawlers look for robots.txt at the root, without a language."""

from django.urls import path

from seo import views

urlpatterns = [path("robots.txt", views.robots_txt, name="robots_txt")]
