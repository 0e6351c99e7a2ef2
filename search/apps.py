from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search import signal_handlers

        segment_indexed_models()
        signal_handlers.register()


def segment_indexed_models():
    """
    Index every model's text word by word: Wagtail's pages, images and
    documents as well as ours. The admin's page search, page chooser and
    image and snippet choosers match the index's title and autocomplete
    entries, which Wagtail fills from its own fields unsegmented; a Thai word
    inside a headline was then found by no editor. modelsearch's database
    indexes take each value from the model's index fields and offer no other
    hook, so the fields themselves are made segmenting, once, before anything
    is indexed; every backend (database or cluster) then gets the same words.
    """
    from wagtail.search.index import get_indexed_models

    from localization.indexing import segment_search_fields

    for model in get_indexed_models():
        model.search_fields = segment_search_fields(model.search_fields)
