"""
`manage.py purge_ended_banner`: run every minute, beside `publish_scheduled`
and frontcache's `purge_expired_banners` (which covers articles' banners).
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from live.purging import purge_ended_banners


class Command(BaseCommand):
    help = "Purge the cached pages when the site-wide breaking banner's end time has passed."

    def handle(self, *args, **options):
        with transaction.atomic():  # the purge is queued when this commits
            count = purge_ended_banners()
        if options["verbosity"] > 1:
            self.stdout.write(f"{count} ended breaking banners purged")
