"""
Overridden addresses must be addresses.

In wagtail-localize's editor a translator may replace a value that is
otherwise copied from the source, such as an embed's URL, with their own (an
English video instead of a Thai one). Its endpoint stored any text: "see the
Thai clip" became the embed's address on the English page. Here the same
endpoint (config/urls.py routes it here first) checks a URL value and flags a
refused one with an error, the way wagtail-localize flags its own validation
errors: the editor shows the message beside the field, the value is never
applied (flagged overrides are left out when a translation is saved), and
publishing waits until it is corrected (localization/translation_publishing.py).
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation
from wagtail_localize.views.edit_translation import edit_override as localize_edit_override

SAVED = (200, 201)


def edit_override(request, translation_id, overridable_segment_id):
    """wagtail-localize's override endpoint, then a check of the value it saved."""
    response = localize_edit_override(
        request, translation_id=translation_id, overridable_segment_id=overridable_segment_id
    )
    if request.method == "PUT" and response.status_code in SAVED:
        translation = Translation.objects.select_related("source").get(pk=translation_id)
        segment = OverridableSegment.objects.select_related("context").get(
            pk=overridable_segment_id
        )
        response.data["error"] = check_override(translation, segment)
    return response


def check_override(translation, segment):
    """Flag or clear the saved override of `segment`; the error message, or None."""
    override = SegmentOverride.objects.get(
        locale_id=translation.target_locale_id, context_id=segment.context_id
    )
    error = None
    if expects_url(translation.source.get_source_instance(), segment):
        error = url_error(override.data)
    override.has_error = error is not None
    override.field_error = error or ""
    override.save(update_fields=["has_error", "field_error"])
    return error


def url_error(value):
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return _(
            "“%(value)s” is not a web address. Enter a full address starting with "
            "https://, or revert to the original."
        ) % {"value": value}
    return None


def expects_url(source_instance, segment):
    """Whether the segment's field, or the block inside a StreamField, holds a URL."""
    path = segment.context.get_field_path(source_instance).split(".")
    field = source_instance._meta.get_field(path[0])
    if isinstance(field, models.URLField):
        return True
    if not isinstance(field, StreamField):
        return False
    block = field.stream_block
    for name in path[1:]:
        if isinstance(block, blocks.ListBlock):
            block = block.child_block
        elif isinstance(block, blocks.StructBlock | blocks.StreamBlock):
            block = block.child_blocks.get(name)
        if block is None:
            return False
    return isinstance(block, blocks.URLBlock)  # wagtail's EmbedBlock is one too
