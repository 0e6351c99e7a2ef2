"""The Readers listing in the Wagtail admin, where moderators suspend a reader."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.models import ReaderProfile


class ReaderViewSet(SnippetViewSet):
    model = ReaderProfile
    icon = "user"
    menu_label = _("Readers")
    list_display = [
        "display_name",
        Column("email", label=_("Email address"), accessor="user.email"),
        Column("comment_count", label=_("Comments")),
        BooleanColumn("suspended", label=_("Suspended"), sort_key="suspended"),
        DateColumn("created_at", label=_("Signed up"), sort_key="created_at"),
    ]
    list_filter = ["suspended"]
    search_fields = ["display_name", "user__email"]
    ordering = "-created_at"
    copy_view_enabled = False

    def get_queryset(self, request):
        return ReaderProfile.objects.select_related("user").annotate(
            comment_count=Count("user__comments")
        )
