"""The archives, inside each language's prefix: /th/authors/..., /en/tags/..., /th/corrections/."""

from django.urls import path

from newsroom import views

app_name = "newsroom"

urlpatterns = [
    path("authors/<slug:slug>/", views.author_page, name="author"),
    path("tags/<path:name>/", views.tag_page, name="tag"),
    path("corrections/", views.corrections_page, name="corrections"),
]
