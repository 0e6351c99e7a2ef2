"""
The admin's menus follow the roles (newsroom/roles.py): the Translations
report is only for translators (newsroom/translations_report.py).
"""

from wagtail import hooks

from newsroom.translations_report import REPORT_URL_PART, is_translator


@hooks.register("construct_reports_menu")
def hide_translations_report_from_non_translators(request, menu_items):
    if is_translator(request.user):
        return
    menu_items[:] = [item for item in menu_items if REPORT_URL_PART not in item.url]
