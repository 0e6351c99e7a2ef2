"""
The active locale as a subquery, for the search's filters.

`Locale.get_active()` is a query of its own on every request, for a row that
changes a few times a year; the suggestions view made three queries where
two suffice. The same choice written into the query that needs it costs no
round trip: the locale of the active language, else (no such locale, or a
language that is no content language) the default locale, exactly as
`Locale.get_active()` chooses.
"""

from django.conf import settings
from django.db.models import Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale


def active_locale_id():
    """An expression for the pk of `Locale.get_active()`, for `.filter(locale=...)`."""
    default = locale_pk(content_language(settings.LANGUAGE_CODE))
    active = content_language(get_language())
    if active is None or active == content_language(settings.LANGUAGE_CODE):
        return default
    return Coalesce(locale_pk(active), default)


def content_language(code):
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return None


def locale_pk(language_code):
    return Subquery(Locale.objects.filter(language_code=language_code).values("pk")[:1])
