"""
Every way of making content live goes through the publish permission, so a
Reporter's story reaches readers only through the newsroom's review workflow ("ตรวจข่าวก่อนเผยแพร่").

wagtail-localize's views ask only for ``submit_translation``, which Reporters
hold: a Reporter could publish an unreviewed English page by syncing it with
"Publish immediately", and "Translate this page" on a live Thai story made a
live English page at once. The paths, and what holds each one:

- Page editor, add form, bulk publish, copy ("publish copies", alias), move,
  revert, workflow approval, scheduled publishing (``publish_scheduled`` only
  publishes revisions someone allowed to publish scheduled): Wagtail's own
  checks. ``tests/test_workflow_paths.py`` tries each as a Reporter.
- wagtail-localize's translation editor ("Publish in English"): its own
  ``can_publish`` check, plus localization/translation_publishing.py.
- "Translate this page" and "Translate" on snippets (submit): the setting
  ``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`` makes every new
  page translation a draft, whatever its source's state. A section with no
  translation yet would be copied as a live alias of its source (Wagtail's
  way), so only those who may publish translate a story into a language its
  section lacks. Snippets have no drafts, so translating one needs the
  model's "add" permission.
- "Sync translated pages" (update): "Publish immediately" is not offered to
  whoever may not publish every translation; the sync itself still happens.
  What it publishes, only complete translations: localization/translation_sync.py.
- "Convert to alias": an alias mirrors its source's live state, so turning a
  draft translation of a live story into one publishes it. As in Wagtail's
  own rule for creating aliases, it takes the permission to publish.

The views below replace wagtail-localize's at the same URLs (config/urls.py).
"""

from django import forms
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.views import convert, submit_translations

from localization import translation_sync


def may_publish(user, instance):
    """Whether `user` may make `instance` live: publish a page, change a snippet."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return user.has_perm(get_permission_name("change", type(instance)))


def may_publish_translations(user, source):
    """Whether `user` may publish the source's object and every translation it has so far."""
    instances = [source.get_source_instance()]
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        try:
            instances.append(source.get_translated_instance(translation.target_locale))
        except ObjectDoesNotExist:
            continue  # not made yet: the sync makes it beside the source, under its rules
    return all(may_publish(user, instance) for instance in instances)


class UpdateTranslationsView(translation_sync.UpdateTranslationsView):
    """'Sync translated pages', with 'Publish immediately' for those who may publish only."""

    def get_form(self):
        form = super().get_form()
        if not may_publish_translations(self.request.user, self.object):
            # Hidden (wagtail-localize's template draws the checkbox by hand
            # for visible fields only) and disabled: a posted value is ignored.
            field = form.fields["publish_translations"]
            field.widget = forms.HiddenInput()
            field.disabled = True
        return form


class SubmitPageTranslationForm(submit_translations.SubmitTranslationForm):
    def __init__(self, instance, *args, user, **kwargs):
        super().__init__(instance, *args, **kwargs)
        self.page = instance
        self.user = user

    def clean(self):
        cleaned_data = super().clean()
        if may_publish(self.user, self.page):
            return cleaned_data
        parent = self.page.get_parent()
        for locale in cleaned_data.get("locales") or ():
            if not parent.is_root() and not parent.has_translation(locale):
                # On the field: wagtail-localize's template shows no form-wide errors.
                self.add_error("locales", untranslated_section_error(parent, locale))
        return cleaned_data


def untranslated_section_error(section, locale):
    return ValidationError(
        _(
            "“%(section)s” has no %(language)s version yet, and translating this "
            "page would publish one. Ask an editor to translate the section first."
        )
        % {"section": section.title, "language": locale.get_display_name()}
    )


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """'Translate this page', refused when it would publish an alias of an untranslated section."""

    def get_form(self):
        if self.request.method != "POST":
            return super().get_form()
        return SubmitPageTranslationForm(self.object, self.request.POST, user=self.request.user)


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """A snippet translation is live as soon as it exists: creating one takes 'add'."""

    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        if not request.user.has_perm(get_permission_name("add", model)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def convert_to_alias(request, page_id):
    """'Convert to alias' for those who may publish the page: an alias is live with its source."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
