"""
The consent log: each decision is recorded without an IP address or user
agent, the admin log counts and exports the choices as CSV (behind its own
permission), and the retention command deletes records past their period.
"""

import csv
import io
import uuid
from datetime import timedelta

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy

from consent.models import ConsentRecord, Decision
from tests.consent_helpers import decide, in_thai

# --- Records, the log and retention ------------------------------------------------------


def make_records(**counts):
    now = timezone.now()
    for decision, number in counts.items():
        for _ in range(number):
            ConsentRecord.objects.create(
                consent_id=uuid.uuid4(),
                decision=decision,
                analytics=decision == "accept",
                marketing=decision == "accept",
                policy_version=1,
                language="th",
                created_at=now,
            )


def test_the_log_counts_each_choice(admin_client, db, soup):
    make_records(accept=3, decline=2, custom=1)
    response = admin_client.get("/admin/consent_log/")
    assert response.status_code == 200
    counts = log_counts(soup(response))
    assert counts[in_thai(Decision.ACCEPT_ALL.label)] == "3"
    assert counts[in_thai(Decision.DECLINE.label)] == "2"
    assert counts[in_thai(Decision.CUSTOM.label)] == "1"
    assert counts[in_thai(gettext_lazy("All decisions"))] == "6"
    filtered = soup(admin_client.get("/admin/consent_log/", {"decision": "decline"}))
    assert log_counts(filtered)[in_thai(gettext_lazy("All decisions"))] == "2"


def log_counts(page):
    """{label: count} from the summary table above the log."""
    table = page.select_one("table[aria-label]")
    return {
        row.select("td")[0].get_text(strip=True): row.select("td")[1].get_text(strip=True)
        for row in table.select("tbody tr")
    }


def test_the_log_exports_csv(admin_client, client, notice):
    decide(client, "custom", analytics="1")
    response = admin_client.get("/admin/consent_log/", {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert "consent-log-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header, (row,) = rows[0], rows[1:]
    fields = ["consent_id", "created_at", "decision", "analytics", "marketing"]
    fields += ["policy_version", "language"]
    assert header == [
        capfirst(in_thai(ConsentRecord._meta.get_field(name).verbose_name)) for name in fields
    ]
    record = ConsentRecord.objects.get()
    assert row[0] == str(record.consent_id)
    assert row[2:] == ["custom", "True", "False", "1", "th"]


def test_records_hold_no_ip_address_or_user_agent(db):
    fields = {field.name for field in ConsentRecord._meta.get_fields()}
    assert fields == {
        "id",
        "consent_id",
        "decision",
        "analytics",
        "marketing",
        "policy_version",
        "language",
        "created_at",
    }


def test_the_log_needs_its_permission(client, django_user_model, db):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get("/admin/consent_log/")
    assert response.status_code in (302, 403)
    assert b"consent_log" not in client.get("/admin/").content

    editor.user_permissions.add(Permission.objects.get(codename="view_consentrecord"))
    assert client.get("/admin/consent_log/").status_code == 200


@override_settings(CONSENT_RECORD_RETENTION_DAYS=30)
def test_retention_command_deletes_records_past_the_retention_period(db):
    make_records(accept=2)
    old = ConsentRecord.objects.first()
    ConsentRecord.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))

    out = io.StringIO()
    call_command("purge_consent_records", "--dry-run", stdout=out)
    assert "1" in out.getvalue() and ConsentRecord.objects.count() == 2

    call_command("purge_consent_records", stdout=io.StringIO())
    assert list(ConsentRecord.objects.all()) == [ConsentRecord.objects.exclude(pk=old.pk).get()]


@override_settings(CONSENT_RECORD_RETENTION_DAYS=30)
def test_a_retention_shorter_than_the_cookie_is_flagged(db):
    from consent.checks import check_consent_settings

    assert [issue.id for issue in check_consent_settings(None)] == ["consent.W001"]
