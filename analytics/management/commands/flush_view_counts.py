"""
Move view counts batched in Redis into the database, and drop hourly buckets
older than a week. Run it every minute (README: "View counts"). Without
REDIS_URL views are already in the database and only the pruning happens.

Runs may overlap (a slow one and the timer's next) and may be killed midway:
each batch is counted exactly once (analytics/counting.py). With Redis down
it flushes nothing and says so in one log line; the views of the outage are
in the database already.
"""

from django.core.management.base import BaseCommand

from analytics.counting import flush_pending, prune_old_buckets


class Command(BaseCommand):
    help = "Move view counts from Redis into the database and prune old hourly buckets."

    def handle(self, *args, **options):
        flushed = flush_pending()
        pruned = prune_old_buckets()
        if options["verbosity"] > 0:
            self.stdout.write(f"Flushed {flushed} views; pruned {pruned} old hourly buckets.")
