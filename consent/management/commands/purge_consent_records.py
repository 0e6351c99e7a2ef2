"""
`python manage.py purge_consent_records`: delete consent records older than
CONSENT_RECORD_RETENTION_DAYS. Run it daily (cron, a systemd timer); a record
is kept no longer than the retention period announced in the privacy policy.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from consent.models import ConsentRecord


class Command(BaseCommand):
    help = "Delete consent records older than CONSENT_RECORD_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, **options):
        days = settings.CONSENT_RECORD_RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        expired = ConsentRecord.objects.filter(created_at__lt=cutoff)
        if options["dry_run"]:
            self.stdout.write(f"{expired.count()} consent records are older than {days} days.")
            return
        deleted, _by_model = expired.delete()
        self.stdout.write(f"Deleted {deleted} consent records older than {days} days.")
