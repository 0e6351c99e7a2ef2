from django.core.management.base import BaseCommand
from django.db import transaction

from frontcache.banners import purge_expired_banners


class Command(BaseCommand):
    help = "Purge the cached pages of breaking-news banners that ended since the last run."

    def handle(self, *args, **options):
        with transaction.atomic():
            count = purge_expired_banners()
        if options["verbosity"] > 1:
            self.stdout.write(f"{count} ended banners purged")
