"""
The slug rule: every URL slug is ASCII, and a Thai headline never causes a
slug error.

Django's slug validator rejects Thai vowel and tone marks, and
``slugify(allow_unicode=True)`` silently drops them (ดอกเบี้ย becomes ดอกเบย),
while transliteration of Thai (ICU's, anyascii's) is unreadable. So:

- an English title gets Wagtail's usual slug (``rice-exports-rise``);
- a title with Thai in it, or a slug typed with non-ASCII characters, gets a
  stable id built from the page's translation key (``story-3f9a2c1b``). The
  key never changes, so the URL does not move when the headline is edited,
  and a translation made from the page shares it;
- an editor may always type an ASCII slug of their own.

Wagtail keeps syncing the slug from the title only until the page is first
published, so published URLs stay put.
"""

import re

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

ASCII_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
THAI = re.compile(r"[\u0E00-\u0E7F]")


def is_ascii_slug(value):
    return bool(value) and bool(ASCII_SLUG.match(value))


def title_needs_stable_slug(title):
    return bool(THAI.search(title or "")) or not slugify(title or "")


class AsciiSlugMixin:
    """For page models: fill or replace the slug by the rule above before validation."""

    slug_prefix = "page"

    def stable_slug(self):
        return f"{self.slug_prefix}-{self.translation_key.hex[:8]}"

    def full_clean(self, *args, **kwargs):
        if not is_ascii_slug(self.slug):
            self.slug = self.stable_slug() if title_needs_stable_slug(self.title) else ""
        # An empty slug is filled by Wagtail from the (English) title.
        super().full_clean(*args, **kwargs)


class AsciiSlugPageForm(WagtailAdminPageForm):
    """
    The admin form lets any slug through to the model, which applies the rule,
    instead of answering a Thai slug with "Enter a valid slug".
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            field = self.fields["slug"]
            field.required = False
            field.validators = []
            field.help_text = _(
                "The last part of the page's address. Leave empty for an address made from "
                "the headline; a Thai headline gets a short stable id such as story-3f9a2c1b."
            )

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "")
        return slug if is_ascii_slug(slug) else ""
