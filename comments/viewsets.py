"""
Moderation in the Wagtail admin: the comments listing (opened on the queue of
comments needing review), filters by status and article, and the watched
words.
"""

import django_filters
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from comments.models import Comment, WatchedWord
from news.models import ArticlePage

NEEDS_REVIEW = "review"
REPORTED = "reported"


def articles_with_comments(request):
    has_comments = Comment.objects.filter(article=OuterRef("pk"))
    return ArticlePage.objects.filter(Exists(has_comments)).order_by("title")


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            (NEEDS_REVIEW, _("Needs review (waiting or reported)")),
            (REPORTED, _("Reported")),
            *Comment.Status.choices,
        ],
        method="filter_status",
        empty_label=_("All"),
    )
    article = django_filters.ModelChoiceFilter(
        label=_("Article"), queryset=articles_with_comments, empty_label=_("All")
    )

    class Meta:
        model = Comment
        fields = ["status", "article"]

    def filter_status(self, queryset, name, value):
        if value == NEEDS_REVIEW:
            return queryset.needing_review()
        if value == REPORTED:
            return queryset.reported()
        return queryset.filter(status=value)


def author_column_value(comment):
    from accounts.models import display_name_for

    return display_name_for(comment.author) if comment.author_id else "—"


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Comments")
    filterset_class = CommentFilterSet
    list_display = [
        "__str__",
        Column("article", label=_("Article"), accessor="article.title"),
        Column("author", label=_("Author"), accessor=author_column_value),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda comment: comment.status == Comment.Status.PENDING,
            sort_key="status",
        ),
        Column("open_reports", label=_("Open reports")),
        Column("held_because", label=_("Held because"), accessor="hold_reason_labels"),
        DateColumn("created_at", label=_("Posted"), sort_key="created_at"),
    ]
    search_fields = ["body"]
    ordering = "-created_at"
    copy_view_enabled = False
    inspect_view_enabled = True

    @property
    def menu_url(self):
        # Moderators come for the queue; the filter shows everything else.
        return reverse(self.get_url_name("list")) + f"?status={NEEDS_REVIEW}"

    def get_queryset(self, request):
        return Comment.objects.select_related("article", "author__reader_profile").annotate(
            open_reports=Count("reports", filter=Q(reports__resolved=False))
        )


class WatchedWordViewSet(SnippetViewSet):
    model = WatchedWord
    icon = "warning"
    menu_label = _("Watched words")
    list_display = ["word", DateColumn("created_at", label=_("Added"), sort_key="created_at")]
    search_fields = ["word"]
    copy_view_enabled = False
