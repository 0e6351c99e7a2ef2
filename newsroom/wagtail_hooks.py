"""
The admin's menus follow the roles (newsroom/roles.py): wagtail-localize shows
its Translations report to everyone who gets into the admin, Moderators
included, who have nothing to do with translations.
"""

from wagtail import hooks

TRANSLATIONS_REPORT_URL_PART = "/localize/reports/translations/"


@hooks.register("construct_reports_menu")
def hide_translations_report_from_non_translators(request, menu_items):
    if request.user.has_perm("wagtail_localize.submit_translation"):
        return
    menu_items[:] = [item for item in menu_items if TRANSLATIONS_REPORT_URL_PART not in item.url]
