"""
The admin's menus follow the roles (newsroom/roles.py): the Translations
report is only for translators (newsroom/translations_report.py). The page
editor saves a new page only when the editor asks (newsroom/page_editor.py).
"""

from wagtail import hooks

from newsroom.page_editor import PageWithoutAutosaveOnCreateViewSet
from newsroom.translations_report import REPORT_URL_PART, is_translator


@hooks.register("construct_reports_menu")
def hide_translations_report_from_non_translators(request, menu_items):
    if is_translator(request.user):
        return
    menu_items[:] = [item for item in menu_items if REPORT_URL_PART not in item.url]


@hooks.register("register_admin_viewset")
def register_page_viewset():
    """Replaces Wagtail's default viewset for pages (registered with order -1)."""
    return PageWithoutAutosaveOnCreateViewSet()
