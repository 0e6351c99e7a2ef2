"""
Slugs a parent page reserves for its own URLs. A page type whose routes or
neighbouring URL patterns would hide a child page names those slugs in a
`reserved_child_slugs()` class method (the home page does, see
home/reserved_slugs.py); its children then refuse them with an error on the
slug field, so an editor never publishes a page nobody can reach.

The check lives here, below the page apps, so that any page type can take it
without importing the parent that reserves the slugs.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from localization.slugs import AsciiSlugPageForm


def reserved_slug_error(parent, slug):
    """The error for `slug` under `parent`, or None when the slug is free there."""
    reserved = getattr(parent.specific_class, "reserved_child_slugs", None) if parent else None
    if not slug or reserved is None or slug not in reserved():
        return None
    return ValidationError(
        _(
            "The slug “%(slug)s” is taken by one of the site's own addresses under this "
            "page (an archive, search, feeds...). Choose another slug."
        ),
        code="reserved_slug",
        params={"slug": slug},
    )


class ReservedSlugMixin:
    """
    For page models: validated by full_clean, so saving or publishing through
    code, or a page moved under the parent and then published, is refused too.
    """

    def clean(self):
        super().clean()
        error = reserved_slug_error(self.get_parent(), self.slug)
        if error is not None:
            raise ValidationError({"slug": error})


class ReservedSlugPageForm(AsciiSlugPageForm):
    """
    The admin form of such pages. A new page is not in the tree yet, so the
    model cannot find its parent: the form, which knows it, checks the slug
    (or, left empty, the one Wagtail will make from the title).
    """

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is None and self.parent_page is not None:
            slug = cleaned_data.get("slug") or slugify(cleaned_data.get("title") or "")
            error = reserved_slug_error(self.parent_page, slug)
            if error is not None:
                self.add_error("slug", error)
        return cleaned_data
