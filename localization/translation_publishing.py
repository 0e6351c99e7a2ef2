"""
A translation is published only when it is complete.

wagtail-localize's "Publish in English" saves the page with ``fallback=True``:
every string not yet translated goes live in the source language, behind a
banner only the editor sees. Readers of /en/ got Thai paragraphs. Here the
publish action of the translation editor (which wagtail-localize serves from
the page's and the snippet's edit URL, through its ``before_edit_*`` hooks) is
refused while a string has no translation, or an override was refused
(localization/translation_overrides.py); the editor is told how many remain.
Translations keep being saved one by one as the translator types, so work in
progress is never lost; only going live waits.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import TranslatableMixin
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation


def enabled_translation_of(instance):
    """The synced translation whose target is `instance`, or None (then it is edited as usual)."""
    if not isinstance(instance, TranslatableMixin):
        return None
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_count(translation):
    """How many of the source's strings have no usable translation in the target language."""
    strings = translation.source.stringsegment_set.annotate_translation(translation.target_locale)
    return strings.filter(translation__isnull=True).count()


def refused_override_count(translation):
    """How many values the translator overrode with something refused (not a URL, say)."""
    contexts = OverridableSegment.objects.filter(source=translation.source).values("context_id")
    return SegmentOverride.objects.filter(
        locale_id=translation.target_locale_id, context_id__in=contexts, has_error=True
    ).count()


def describe_gaps(translation, untranslated, refused):
    """The untranslated and refused counts in words, for the editor."""
    language = translation.target_locale.get_display_name()
    parts = []
    if untranslated:
        parts.append(
            ngettext(
                "%(count)d text is not translated into %(language)s yet.",
                "%(count)d texts are not translated into %(language)s yet.",
                untranslated,
            )
            % {"count": untranslated, "language": language}
        )
    if refused:
        parts.append(
            ngettext(
                "%(count)d value has an error.",
                "%(count)d values have errors.",
                refused,
            )
            % {"count": refused}
        )
    return " ".join(parts)


def refusal_message(translation, untranslated, refused):
    return _("Not published: %(problems)s Complete the translation, then publish again.") % {
        "problems": describe_gaps(translation, untranslated, refused)
    }


def refuse_incomplete_publish(request, instance):
    """
    For wagtail's before_edit_page / before_edit_snippet hooks, ahead of
    wagtail-localize's: answer a publish of an incomplete translation with
    the editor again and an error message; otherwise let the view go on.
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = enabled_translation_of(instance)
    if translation is None:
        return None
    untranslated = untranslated_count(translation)
    refused = refused_override_count(translation)
    if not (untranslated or refused):
        return None
    messages.error(request, refusal_message(translation, untranslated, refused))
    return redirect(request.path)
