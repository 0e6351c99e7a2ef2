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


class SectionChoices(forms.models.ModelChoiceIterator):
    """
    The sections as (slug, title), one plain query of two columns: Django's
    iterator streams page objects (on PostgreSQL through a server-side
    cursor, three round trips) for a list that shows their slug and title.
    The chosen section is still read whole when the form is cleaned.
    """

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.queryset.values_list(self.field.to_field_name, "title")


class SectionField(forms.ModelChoiceField):
    iterator = SectionChoices


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the news"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.SearchInput,
    )
    section = SectionField(
        label=_("Section"),
        queryset=None,
        required=False,
        to_field_name="slug",
        empty_label=_("All sections"),
    )
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
        super().__init__(data)
        self.fields["section"].queryset = sections
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
