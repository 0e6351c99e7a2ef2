"""
"Sync translated pages" publishes only translations that are complete.

wagtail-localize's sync screen (``/admin/localize/update/<id>/``) with
"Publish immediately" ticked saves every translation with ``fallback=True``:
when the Thai story got a new paragraph since it was translated, that Thai
paragraph went live on the English page. Here the sync itself happens as
without the box (the new strings reach the translation editor); then only the
translations with nothing left to translate, and no refused override, are
published. The others stay as readers see them now, the last published
version or nothing, and the editor is told which and why: their new text
waits in the translation editor, whose "Publish" has the same rule
(localization/translation_publishing.py).

An incomplete translation is not saved as a draft either: the draft would
hold the Thai fallback text, and Wagtail's own "Publish" (bulk actions, the
page listing) would put it live.

Authors are left as they are. A snippet has no drafts: "Translate" makes an
English copy at once, with the Thai name until someone translates it, and
English bylines use that copy. Without the copy they show the author as
written, the same Thai name, so the copy shows readers nothing new; only those
who may add authors can make one (newsroom/publish_guards.py).
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy, ngettext
from wagtail_localize.views import update_translations

from localization.translation_publishing import (
    describe_gaps,
    refused_override_count,
    untranslated_count,
)


def gaps_of(translation):
    """What keeps `translation` from going live, in words, or "" when it is complete."""
    untranslated = untranslated_count(translation)
    refused = refused_override_count(translation)
    if not (untranslated or refused):
        return ""
    return describe_gaps(translation, untranslated, refused)


def held_back_message(gaps):
    return ngettext(
        "%(count)d translation was not published because it is incomplete. %(gaps)s "
        "Its new texts wait in the translation editor: translate them, then publish there.",
        "%(count)d translations were not published because they are incomplete. %(gaps)s "
        "Their new texts wait in the translation editor: translate them, then publish there.",
        len(gaps),
    ) % {"count": len(gaps), "gaps": " ".join(gaps)}


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """'Sync translated pages', where 'Publish immediately' publishes complete translations only."""

    def get_form(self):
        form = super().get_form()
        # wagtail-localize's own help says untranslated changes go live in the source language.
        form.fields["publish_translations"].help_text = gettext_lazy(
            "Apply the updates and publish the translations that are complete. "
            "A translation with untranslated changes is not published: it waits "
            "in the translation editor."
        )
        return form

    @transaction.atomic
    def form_valid(self, form):
        publish = form.cleaned_data["publish_translations"]
        # wagtail-localize's sync without publishing: the source is brought up
        # to date (and machine-translated if asked) before completeness is judged.
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        if publish:
            self.publish_complete_translations()
        return response

    def publish_complete_translations(self):
        held_back = []
        translations = self.object.translations.filter(enabled=True)
        for translation in translations.select_related("source", "target_locale"):
            gaps = gaps_of(translation)
            if gaps:
                held_back.append(gaps)
                continue
            # As wagtail-localize does: a translation that fails validation
            # (a slug taken in its section, say) is skipped, not a 500.
            with contextlib.suppress(ValidationError):
                translation.save_target(user=self.request.user, publish=True)
        if held_back:
            messages.warning(self.request, held_back_message(held_back))
