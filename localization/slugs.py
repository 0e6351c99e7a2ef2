"""
The slug rule: every URL slug is ASCII with at least one Latin letter, and a
Thai headline never causes a slug error.

Django's slug validator rejects Thai vowel and tone marks, and
``slugify(allow_unicode=True)`` silently drops them (ดอกเบี้ย becomes ดอกเบย),
while transliteration of Thai (ICU's, anyascii's) is unreadable. So:

- an English title gets Wagtail's usual slug (``rice-exports-rise``);
- a title with Thai in it, or with no Latin letter, gets a stable id built
  from the page's translation key (``story-3f9a2c1b``). The key never
  changes, so the URL does not move when the headline is edited, and a
  translation made from the page shares it;
- a slug without a Latin letter is no slug: the admin's JavaScript turns a
  Thai headline into ``-`` (``-418`` with digits), and such a slug made the
  address ``/th/technology/-/`` and blocked the next Thai story in the
  section. It is treated as empty, whatever the browser sends;
- an editor may always type an ASCII slug of their own; a taken one is a form
  error, while a generated one is never taken (it grows longer instead).

Wagtail keeps syncing the slug from the title only until the page is first
published, so published URLs stay put. In the admin the slug field is
emptied rather than filled with ``-`` (site/static/js/slug-rule.js), and after
a save, background or not, it shows the slug the page got.
"""

import re

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

ASCII_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
LATIN_LETTER = re.compile(r"[a-zA-Z]")
THAI = re.compile(r"[\u0E00-\u0E7F]")
# Hex digits of the translation key in a stable slug: 8 reads well; the longer
# ones are only reached when a sibling already has the shorter one.
STABLE_KEY_LENGTHS = (8, 12, 16, 32)
# Marks the slug inputs that follow the rule, for site/static/js/slug-rule.js.
SLUG_RULE_ATTRIBUTE = "data-slug-rule"


def is_ascii_slug(value):
    """A slug kept as it is: ASCII, and with a letter (`-`, `-418` or `2026` are not)."""
    return bool(value and ASCII_SLUG.match(value) and LATIN_LETTER.search(value))


def title_needs_stable_slug(title):
    """True when Wagtail's slug from this title would be Thai-less noise or letterless."""
    return bool(THAI.search(title or "")) or not LATIN_LETTER.search(slugify(title or ""))


class AsciiSlugMixin:
    """For page models: fill or replace the slug by the rule above before validation."""

    slug_prefix = "page"

    def stable_slug_candidates(self):
        key = self.translation_key.hex
        return [f"{self.slug_prefix}-{key[:length]}" for length in STABLE_KEY_LENGTHS]

    def free_stable_slug(self, parent):
        """
        The shortest stable slug no sibling has. Two of 30,000 stories in one
        section share their first eight hex digits about one time in ten; the
        full key cannot collide (a key is unique per locale).
        """
        candidates = self.stable_slug_candidates()
        if parent is None:
            return candidates[0]
        siblings = parent.get_children()
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        taken = set(siblings.filter(slug__in=candidates).values_list("slug", flat=True))
        return next((slug for slug in candidates if slug not in taken), candidates[-1])

    def slug_for(self, title, slug, parent=None):
        """
        The slug this page gets for a title and a typed slug, among `parent`'s
        children; empty means Wagtail's own slug from the (English) title.
        """
        if is_ascii_slug(slug):
            return slug
        if title_needs_stable_slug(title):
            return self.free_stable_slug(parent)
        return ""

    def apply_slug_rule(self):
        if not is_ascii_slug(self.slug):
            # Unsaved pages outside the tree have no path yet: no siblings to check.
            parent = self.get_parent() if self.path else None
            self.slug = self.slug_for(self.title, self.slug, parent)

    def full_clean(self, *args, **kwargs):
        self.apply_slug_rule()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        # Wagtail validates a draft with this instead of full_clean.
        self.apply_slug_rule()
        super().minimal_clean()


class AsciiSlugPageForm(WagtailAdminPageForm):
    """
    The admin form lets any slug through to the rule, instead of answering a
    Thai slug with "Enter a valid slug", and works out the slug with the parent
    known, so Wagtail's check that the slug is free sees the real one.
    """

    class Media:
        js = ["js/slug-rule.js"]

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
            field.widget.attrs[SLUG_RULE_ATTRIBUTE] = "latin-letters"
            field.widget.attrs["placeholder"] = _("Filled in when you save")

    def clean(self):
        if "slug" in self.cleaned_data:
            title = self.cleaned_data.get("title", "")
            self.cleaned_data["slug"] = self.instance.slug_for(
                title, self.cleaned_data["slug"], self.parent_page
            )
        return super().clean()

    def get_field_updates_for_resave(self):
        """After a background save (autosave), the form shows the slug the page got."""
        updates = super().get_field_updates_for_resave()
        if "slug" in self.fields and self.data.get(self.add_prefix("slug")) != self.instance.slug:
            updates.append((self.add_prefix("slug"), self.instance.slug))
        return updates
