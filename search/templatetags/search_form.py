"""
The search form's controls, written out in its template rather than through
Django's widget templates: the form is on every results page, and its five
widgets (the option of each select one more template) took about a tenth of
the page's time (issue 13). What the widgets added is kept: the submitted
value, the selected option, and for a field in error `aria-invalid` and
`aria-describedby` naming its message (search/search.html).
"""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def control_label(bound_field, suffix=""):
    """The field's `<label>`, with `suffix` (the form's ":") after its text."""
    return format_html(
        '<label for="{}">{}{}</label>', bound_field.auto_id, bound_field.label, suffix
    )


@register.filter
def error_attributes(bound_field):
    """` aria-invalid="true" aria-describedby="<id>_error"` when the field has errors."""
    if not bound_field.errors:
        return ""
    return format_html(' aria-invalid="true" aria-describedby="{}_error"', bound_field.auto_id)


@register.filter
def options(bound_field):
    """(value, label, is selected) of each choice of a select field, as submitted."""
    chosen = str(submitted(bound_field))
    return [(str(value), label, str(value) == chosen) for value, label in bound_field.field.choices]


@register.filter
def submitted(bound_field):
    """The field's value as the reader sent it ("" when absent), for a `value` attribute."""
    value = bound_field.value()
    return "" if value is None else value
