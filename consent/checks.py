"""System checks for the consent settings (run by `manage.py check` and the test suite)."""

from django.conf import settings
from django.core import checks

SECONDS_PER_DAY = 24 * 60 * 60


@checks.register()
def check_consent_settings(app_configs, **kwargs):
    retention = settings.CONSENT_RECORD_RETENTION_DAYS
    if not isinstance(retention, int) or retention < 1:
        return [
            checks.Error(
                "CONSENT_RECORD_RETENTION_DAYS must be a whole number of days, 1 or more.",
                id="consent.E001",
            )
        ]
    if retention * SECONDS_PER_DAY < settings.CONSENT_COOKIE_MAX_AGE:
        # A decision is relied on for as long as its cookie lives; its record
        # must outlive it to prove what the reader agreed to.
        return [
            checks.Warning(
                "CONSENT_RECORD_RETENTION_DAYS is shorter than CONSENT_COOKIE_MAX_AGE: "
                "records would be deleted while their cookies are still relied on.",
                id="consent.W001",
            )
        ]
    return []
