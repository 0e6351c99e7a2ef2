"""The search page's parameters, validated: a bad one is a 400 with its message."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

MAX_QUERY_LENGTH = 200
# Far more pages than anyone reads; a bigger number is a typo or a robot.
MAX_PAGE_NUMBER = 10_000

# Dates outside these years are typing mistakes, and 31 Dec 9999 plus a day
# cannot be computed at all.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999

RELEVANCE = "relevance"
NEWEST = "newest"


def validate_year(date):
    if not EARLIEST_YEAR <= date.year <= LATEST_YEAR:
        raise ValidationError(
            _("Choose a date between the years %(earliest)s and %(latest)s."),
            params={"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
        )


class SectionField(forms.ChoiceField):
    """
    A section of the reader's language, chosen by its slug, from the sections
    the view read already (`set_sections`): the results page reads its
    language's sections once, for this filter and for the results' section
    names alike. Cleaned, it is the section page itself (None for all).
    """

    def set_sections(self, sections):
        self.sections = {section.slug: section for section in sections if section.live}
        self.choices = [("", _("All sections"))] + [
            (section.slug, section.title) for section in self.sections.values()
        ]

    def clean(self, value):
        slug = super().clean(value)
        return self.sections.get(slug) if slug else None


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the news"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.SearchInput,
    )
    section = SectionField(label=_("Section"), required=False)
    date_from = forms.DateField(
        label=pgettext_lazy("date range", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_year],
    )
    date_to = forms.DateField(
        label=pgettext_lazy("date range", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_year],
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(RELEVANCE, _("Best match")), (NEWEST, _("Newest first"))],
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_NUMBER)

    def __init__(self, data, sections):
        """`sections`: the language's section pages (`search.views.sections_of`)."""
        super().__init__(data)
        self.fields["section"].set_sections(sections)
        bad_page = _("The page number must be a whole number from 1 to %(max)s.") % {
            "max": MAX_PAGE_NUMBER
        }
        self.fields["page"].error_messages.update(
            invalid=bad_page, min_value=bad_page, max_value=bad_page
        )

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The end date must not be before the start date."))
        cleaned["sort"] = cleaned.get("sort") or RELEVANCE
        cleaned["page"] = cleaned.get("page") or 1
        return cleaned

    def date_range(self):
        """(first moment, moment after the last day) in the site's time zone; None where open."""
        date_from, date_to = self.cleaned_data["date_from"], self.cleaned_data["date_to"]
        start = start_of_day(date_from) if date_from else None
        end = start_of_day(date_to + datetime.timedelta(days=1)) if date_to else None
        return start, end


def start_of_day(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))
