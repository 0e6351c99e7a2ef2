"""
`python manage.py load_demo_content`: a believable Thai/English news site for
development and demos (`make run` calls it on every start).

The data and the building live in this app (see demo/__init__.py).
This command adds what only a command should do: the fast "already loaded"
exit, one transaction around the load, timing, and the demo admin account.

The admin account (user admin, password admin) is created only when no user
named admin exists, and only with DEBUG on unless --with-demo-admin is given:
a well-known password must never appear on a production site by accident.
"""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.consent import ensure_demo_consent
from demo.live import ensure_demo_live_blog
from demo.loader import DemoLoader, is_loaded
from demo.newsroom import ensure_demo_staff, ensure_demo_story_notes

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "admin"  # noqa: S105 - a documented development-only login


class Command(BaseCommand):
    help = (
        "Load demo sections, authors, images and articles in Thai and English. "
        "Safe to run again: it skips what exists."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-demo-admin",
            action="store_true",
            help="Create the admin/admin superuser and the newsroom's demo logins "
            "even when DEBUG is off.",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        if is_loaded():
            self.stdout.write("Demo content already loaded.")
        else:
            self.load()
            elapsed = time.monotonic() - started
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded in {elapsed:.1f}s."))
        # Privacy policy and consent notice: a few queries, so checked on every run
        # (a site loaded before they existed gets them too).
        with transaction.atomic():
            ensure_demo_consent(self.stdout.write)
        with transaction.atomic():
            ensure_demo_story_notes(self.stdout.write)
        with transaction.atomic():
            ensure_demo_live_blog(self.stdout.write)
        allowed = settings.DEBUG or options["with_demo_admin"]
        self.ensure_demo_admin(allowed=allowed)
        if allowed:
            self.stdout.write(self.style.WARNING("Demo newsroom logins (development only):"))
            ensure_demo_staff(lambda line: self.stdout.write(self.style.WARNING(line)))

    def load(self):
        try:
            with transaction.atomic():
                created = DemoLoader(self.stdout.write).load()
        except ValueError as exc:  # mistakes in the demo data, listed one per line
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Created {created} article pages.")

    def ensure_demo_admin(self, allowed):
        user_model = get_user_model()
        exists = user_model.objects.filter(username=DEMO_ADMIN_USERNAME).exists()
        if not allowed:
            if not exists:
                self.stdout.write(
                    "Skipped the demo admin user: DEBUG is off. "
                    "Pass --with-demo-admin to create it anyway."
                )
            return
        note = ""
        if exists:
            # Someone may have changed the password since; do not promise it.
            note = " (unless changed)"
        else:
            user_model.objects.create_superuser(
                DEMO_ADMIN_USERNAME, "admin@example.com", DEMO_ADMIN_PASSWORD
            )
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        self.stdout.write(
            self.style.WARNING(
                f"Demo admin (development only): {admin_url}  "
                f"user: {DEMO_ADMIN_USERNAME}  password: {DEMO_ADMIN_PASSWORD}{note}"
            )
        )
