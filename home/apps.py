from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Front page")

    def ready(self):
        from home import navigation, route_cache

        navigation.connect_receivers()
        route_cache.connect()
