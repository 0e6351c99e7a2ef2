"""
Template filters for dates and numbers in the page's language.

    {{ page.date|local_date }}            26 พ.ย. 2569 / 26 Nov 2026
    {{ page.date|local_date:"long" }}     26 พฤศจิกายน 2569
    {{ page.date|local_datetime }}        26 พ.ย. 2569 14:05 / 26 Nov 2026, 14:05
    {{ article.date|fresh_date }}         5 นาทีที่ผ่านมา, or the date after a day
    {{ views|local_number }}              1,234
    {% current_year %}                    2569 / 2026
    {{ page.title|whole_compounds }}      compounds kept on one line (localization/compounds.py)
"""

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from localization import formats
from localization.compounds import keep_compounds_whole

register = template.Library()


@register.filter
def local_date(value, style="short"):
    return formats.format_date(value, get_language(), style)


@register.filter
def local_datetime(value, style="short"):
    return formats.format_date(value, get_language(), style, with_time=True)


@register.filter
def fresh_date(value):
    return formats.format_relative(value, get_language())


@register.filter
def local_number(value):
    return formats.format_number(value, get_language())


@register.simple_tag
def current_year():
    return formats.format_year(timezone.now(), get_language())


@register.filter(is_safe=True)
def whole_compounds(value):
    return keep_compounds_whole(value)
