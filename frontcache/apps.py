from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontCacheConfig(AppConfig):
    name = "frontcache"
    verbose_name = _("Front-end cache")

    def ready(self):
        from frontcache import body_warming, receivers

        receivers.connect_receivers()
        body_warming.connect()
