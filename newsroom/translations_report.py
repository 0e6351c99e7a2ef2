"""
wagtail-localize's Translations report opens for everyone who gets into the
admin, Moderators included, who have nothing to do with translations and
would see every story waiting in the translation queue. Only people who may
submit translations see it, in the menu (newsroom/wagtail_hooks.py) and at
its address (config/urls.py routes these guarded views ahead of the admin's).
"""

from functools import wraps

from wagtail.admin.auth import permission_denied
from wagtail_localize.views.report import TranslationsReportView

TRANSLATE_PERMISSION = "wagtail_localize.submit_translation"
REPORT_URL_PART = "/localize/reports/translations/"


def is_translator(user):
    return user.has_perm(TRANSLATE_PERMISSION)


def translators_only(view):
    """The admin's usual refusal (a message and the dashboard) for everyone else."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not is_translator(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return guarded


report_view = translators_only(TranslationsReportView.as_view())
report_results_view = translators_only(TranslationsReportView.as_view(results_only=True))
