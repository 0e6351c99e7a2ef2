"""
What goes into the search index, segmented into words.

Every text an index holds is the value with a space between every two words
(localization/segmentation.py), so each search backend indexes Thai words one
by one: SQLite, PostgreSQL and OpenSearch all see words, and English words
are stemmed by the backend. `segment_search_fields` turns a model's
``SearchField`` and ``AutocompleteField`` entries (Wagtail's own, for page
titles, image titles and tags, included) into the segmented kinds below;
the search app applies it to every indexed model at start-up.

A StreamField is indexed from its stored JSON without loading chosen pages or
images: the text a reader sees (rich text, headings, quotes and their
speakers, captions, fact boxes), not choice values or URLs. The same text
feeds the highlighted snippet on the results page (`stream_text`).
"""

from functools import cache

from django.core.exceptions import FieldDoesNotExist
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from localization.segmentation import segment

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock)


class SegmentedValue:
    """Mixin for index fields whose text is indexed word by word."""

    def get_value(self, obj):
        # The database backends ask every field for its value once per index
        # column (five times per object), and a byline costs queries: the
        # value is kept on the instance, shared by the search and autocomplete
        # entries of one field name. Indexing always works on an instance
        # fetched for the purpose (Wagtail re-reads the row after a save).
        values = obj.__dict__.setdefault("_segmented_search_values", {})
        if self.field_name not in values:
            values[self.field_name] = self.segmented_value(obj)
        return values[self.field_name]

    def segmented_value(self, obj):
        stream = stream_field(obj, self.field_name)
        if stream is not None:
            return segment(stream_text(stream.stream_block, getattr(obj, self.field_name)))
        return segment(as_text(super().get_value(obj)))


class SegmentedSearchField(SegmentedValue, index.SearchField):
    """A SearchField whose text is indexed word by word."""


class SegmentedAutocompleteField(SegmentedValue, index.AutocompleteField):
    """An AutocompleteField (what the admin's searches and choosers match) indexed word by word."""


def segment_search_fields(search_fields):
    """
    `search_fields` with every search and autocomplete entry segmented, inside
    related fields too (an image's tags); filter fields and entries that are
    segmented already are kept as they are.
    """
    return [segmented_field(field) for field in search_fields]


@cache
def segmented_field(field):
    # One segmented field per original: page models share Page's fields, and
    # Wagtail checks that a page model's list holds Page's very entries.
    if isinstance(field, SegmentedValue):
        return field
    if isinstance(field, index.SearchField):
        return SegmentedSearchField(field.field_name, boost=field.boost, **field.kwargs)
    if isinstance(field, index.AutocompleteField):
        return SegmentedAutocompleteField(field.field_name, **field.kwargs)
    if isinstance(field, index.RelatedFields):
        return index.RelatedFields(field.field_name, segment_search_fields(field.fields))
    return field


def stream_field(obj, name):
    try:
        field = obj._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, StreamField) else None


def as_text(value):
    """A field's searchable value (a string, a list of them, tags, None) as one string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return "\n".join(as_text(item) for item in value)
    return str(value)


def stream_text(stream_block, stream_value):
    """The reader-visible text of a StreamField value, one block per line."""
    lines = []
    for item in stream_value.raw_data:
        child = stream_block.child_blocks.get(item.get("type"))
        if child is not None:
            lines.extend(block_text(child, item.get("value")))
    return "\n".join(line for line in lines if line)


def block_text(block, raw):
    """Text of one block from its stored (JSON) value; chooser and choice values have none."""
    if raw is None or not getattr(block, "search_index", True):
        return []
    if isinstance(block, blocks.RichTextBlock):
        return [get_text_for_indexing(str(raw))]
    if isinstance(block, TEXT_BLOCKS):
        return [str(raw)]
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        return [
            text
            for name, child in block.child_blocks.items()
            for text in block_text(child, raw.get(name))
        ]
    if isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        return [text for item in raw for text in block_text(block.child_block, list_item(item))]
    if isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        return [
            text
            for item in raw
            if item.get("type") in block.child_blocks
            for text in block_text(block.child_blocks[item["type"]], item.get("value"))
        ]
    return []


def list_item(item):
    # ListBlock stores items as {"type": "item", "value": ..., "id": ...};
    # content saved before Wagtail 2.16 stored the bare values.
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item
