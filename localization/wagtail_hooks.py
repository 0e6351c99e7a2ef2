"""Admin hooks of the localization layer: see localization/translation_publishing.py."""

from wagtail import hooks

from localization.translation_publishing import refuse_incomplete_publish

# Ahead of wagtail-localize's own hooks (order 0), which publish whatever is there.
hooks.register("before_edit_page", refuse_incomplete_publish, order=-10)
hooks.register("before_edit_snippet", refuse_incomplete_publish, order=-10)
