"""
The "Consent" menu of the Wagtail admin: the notice in each language, the
declared third-party tags, and the consent log.
"""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from consent.admin_views import ConsentLogView
from consent.models import ConsentNotice, ThirdPartyTag

VIEW_LOG_PERMISSION = "consent.view_consentrecord"


class ConsentNoticeViewSet(SnippetViewSet):
    model = ConsentNotice
    icon = "doc-full"
    menu_label = _("Notices")
    list_display = ["title", "policy_version"]


class ThirdPartyTagViewSet(SnippetViewSet):
    model = ThirdPartyTag
    icon = "code"
    menu_label = _("Third-party tags")
    list_display = ["name", "purpose", "enabled"]
    list_filter = ["purpose", "enabled"]


class ConsentLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_LOG_PERMISSION)


class ConsentLogViewSet(ViewSet):
    name = "consent_log"
    icon = "list-ul"
    menu_label = _("Consent log")
    menu_item_class = ConsentLogMenuItem

    def get_urlpatterns(self):
        return [
            path("", ConsentLogView.as_view(), name="index"),
            path("results/", ConsentLogView.as_view(results_only=True), name="results"),
        ]


class ConsentViewSetGroup(SnippetViewSetGroup):
    items = (ConsentNoticeViewSet, ThirdPartyTagViewSet, ConsentLogViewSet)
    menu_label = _("Consent")
    menu_name = "consent"
    menu_icon = "tick-inverse"


register_snippet(ConsentViewSetGroup)


@hooks.register("register_permissions")
def consent_log_permission():
    """Lets administrators give a group the right to read the consent log."""
    app_label, codename = VIEW_LOG_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
