from django.apps import AppConfig


class DemoConfig(AppConfig):
    """
    Demo content for development: the top layer, the only app that may import
    every other one (import contracts in pyproject.toml), and nothing imports it.
    """

    name = "demo"
    verbose_name = "Demo content"
