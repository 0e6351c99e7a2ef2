"""
Dates, times and numbers the way each language writes them, through ICU.

Thai pages show Thai month names and the Buddhist-era year (26 พ.ย. 2569, the
Gregorian year + 543), English pages the Gregorian date; both in the site's
time zone (Asia/Bangkok). Fresh stories read "5 minutes ago" / "5 นาทีที่ผ่านมา".
Django's own `th` formats have no Buddhist-era year, so ICU does this work.
"""

import threading
from datetime import datetime

import icu
from django.conf import settings
from django.utils import timezone

# ICU locale for each site language; Thai uses the Buddhist calendar.
ICU_LOCALES = {"th": "th_TH@calendar=buddhist", "en": "en_GB"}
FRESH_FOR_SECONDS = 24 * 60 * 60

STYLES = {
    "short": icu.DateFormat.MEDIUM,  # 26 พ.ย. 2569 / 26 Nov 2026
    "long": icu.DateFormat.LONG,  # 26 พฤศจิกายน 2569 / 26 November 2026
}


def icu_locale(language):
    return icu.Locale(ICU_LOCALES.get(language, ICU_LOCALES[settings.LANGUAGE_CODE]))


# ICU formatters are costly to build and not safe to share between threads,
# so each thread keeps its own.
_formatters = threading.local()


def _date_formatter(language, style, with_time):
    cache = _formatters.__dict__
    key = (language, style, with_time)
    if key not in cache:
        cache[key] = _build_date_formatter(language, style, with_time)
    return cache[key]


def _build_date_formatter(language, style, with_time):
    locale = icu_locale(language)
    if with_time:
        formatter = icu.DateFormat.createDateTimeInstance(
            STYLES[style], icu.DateFormat.SHORT, locale
        )
    else:
        formatter = icu.DateFormat.createDateInstance(STYLES[style], locale)
    formatter.setTimeZone(icu.TimeZone.createTimeZone(settings.TIME_ZONE))
    return formatter


def format_date(value, language, style="short", with_time=False):
    """`value` is an aware datetime (or a date); returns the localized text."""
    if value is None:
        return ""
    if not isinstance(value, datetime):
        value = timezone.make_aware(datetime(value.year, value.month, value.day))
    return _date_formatter(language, style, with_time).format(value.timestamp())


def format_relative(value, language, now=None):
    """
    "5 minutes ago" for a story of the last 24 hours, else the short date.
    Future times (a scheduled story seen in preview) get the date too.
    """
    if value is None:
        return ""
    now = now or timezone.now()
    seconds = (now - value).total_seconds()
    if not 0 <= seconds < FRESH_FOR_SECONDS:
        return format_date(value, language)
    formatter = icu.RelativeDateTimeFormatter(icu_locale(language))
    if seconds < 60:
        return formatter.format(icu.UDateDirection.PLAIN, icu.UDateAbsoluteUnit.NOW)
    if seconds < 3600:
        return formatter.formatNumeric(-float(seconds // 60), icu.URelativeDateTimeUnit.MINUTE)
    return formatter.formatNumeric(-float(seconds // 3600), icu.URelativeDateTimeUnit.HOUR)


def format_year(value, language):
    """The year of `value` in the language's calendar: 2569 in Thai, 2026 in English."""
    formatter = icu.SimpleDateFormat("y", icu_locale(language))
    formatter.setTimeZone(icu.TimeZone.createTimeZone(settings.TIME_ZONE))
    return formatter.format(value.timestamp())


def format_number(value, language):
    """Grouped digits in the language's style: 1,234,567."""
    if value is None:
        return ""
    return icu.NumberFormat.createInstance(icu_locale(language)).format(value)
