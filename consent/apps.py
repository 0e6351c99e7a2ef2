from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "consent"
    verbose_name = _("Consent (PDPA)")

    def ready(self):
        from consent import checks, notice  # noqa: F401 - registers the checks and receivers
