"""
The consent log in the Wagtail admin: every recorded decision, newest first,
with filters, counts per choice and CSV/XLSX export (Wagtail's report view).
Only users with the "Can view consent record" permission see it; nobody can
edit or delete a record here (retention is the purge command's job).
"""

import csv
import datetime

import django_filters
from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.mixins import Echo
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from consent.models import ConsentRecord, Decision

EXPORT_CHUNK_SIZE = 2000


class ConsentLogFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=_("Time"), widget=DateRangePickerWidget)
    decision = django_filters.ChoiceFilter(
        label=_("Decision"), choices=Decision.choices, empty_label=_("All")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All")
    )
    policy_version = django_filters.NumberFilter(label=_("Policy version"))

    class Meta:
        model = ConsentRecord
        fields = ["decision", "language", "policy_version", "created_at"]


def local_time(record):
    return timezone.localtime(record.created_at).strftime("%Y-%m-%d %H:%M:%S")


class ConsentLogView(ReportView):
    page_title = _("Consent log")
    header_icon = "list-ul"
    model = ConsentRecord
    results_template_name = "consent/admin/log_results.html"
    filterset_class = ConsentLogFilterSet
    index_url_name = "consent_log:index"
    index_results_url_name = "consent_log:results"
    permission_policy = ModelPermissionPolicy(ConsentRecord)
    permission_required = "view"
    paginate_by = 100
    columns = [
        Column("created_at", label=_("Time"), accessor=local_time),
        Column("decision", label=_("Decision"), accessor="get_decision_display"),
        BooleanColumn("analytics", label=_("Analytics")),
        BooleanColumn("marketing", label=_("Marketing and embeds")),
        Column("policy_version", label=_("Policy version")),
        Column("language", label=_("Language")),
        Column("consent_id", label=_("Consent id")),
    ]
    list_export = [
        "consent_id",
        "created_at",
        "decision",
        "analytics",
        "marketing",
        "policy_version",
        "language",
    ]

    def get_queryset(self):
        return ConsentRecord.objects.order_by("-created_at", "-pk")

    def get_filename(self):
        return f"consent-log-{datetime.date.today():%Y-%m-%d}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.is_export:
            context["summary"] = summarise(self.object_list)
        return context

    def stream_csv(self, queryset):
        # As Wagtail's, but fetching rows in chunks: the log can hold millions
        # of rows, and Wagtail's version keeps every one in memory at once.
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for record in queryset.iterator(chunk_size=EXPORT_CHUNK_SIZE):
            yield self.write_csv_row(writer, self.to_row_dict(record))


def summarise(records):
    """Counts of the (filtered) records: per decision, per purpose granted, and readers."""
    counts = records.order_by().aggregate(
        total=Count("pk"),
        readers=Count("consent_id", distinct=True),
        analytics=Count("pk", filter=Q(analytics=True)),
        marketing=Count("pk", filter=Q(marketing=True)),
        **{value: Count("pk", filter=Q(decision=value)) for value in Decision.values},
    )
    return {
        "total": counts["total"],
        "readers": counts["readers"],
        "decisions": [(label, counts[value]) for value, label in Decision.choices],
        "purposes": [
            (_("Analytics allowed"), counts["analytics"]),
            (_("Marketing and embeds allowed"), counts["marketing"]),
        ],
    }
