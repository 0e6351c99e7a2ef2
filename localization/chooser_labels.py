"""
A page chooser whose "Choose a page (Article)" follows each editor's admin
language.

Wagtail's AdminPageChooser joins "Choose a page" and the page type's name
into a plain string in its ``__init__``, in the language of the request that
happens to build it. A form field's widget is built per request, so that is
harmless there; a StreamField block's widget is built once per process (the
block is a class-level singleton and ``PageChooserBlock.widget`` a cached
property), so every later editor got the first one's language. Patching the
label after ``super().widget`` left a window in which another request thread
could see, and copy into the block's cached form field for good, the widget
with the first request's plain string. Here the label is lazy before the
widget object is handed to anyone.
"""

from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page


class PageChooserInEditorsLanguage(AdminPageChooser):
    """AdminPageChooser with a lazy "Choose a page (<type>)" label."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if self.model is not Page and "choose_one_text" not in kwargs:
            self.choose_one_text = format_lazy(
                "{} ({})", _("Choose a page"), capfirst(self.model._meta.verbose_name)
            )
