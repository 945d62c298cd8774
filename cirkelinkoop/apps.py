from django.apps import AppConfig
from django.contrib.staticfiles.apps import StaticFilesConfig as BaseStaticFilesConfig
from django.utils.translation import gettext_lazy as _


class CirkelinkoopConfig(AppConfig):
    default = True  # apps.py also holds the static files config below
    name = "cirkelinkoop"
    verbose_name = _("Site")

    def ready(self):
        from cirkelinkoop import page_cache

        page_cache.connect_signals()


class StaticFilesConfig(BaseStaticFilesConfig):
    """Leaves out a stylesheet of the design tokens that points at icons it does not ship."""

    ignore_patterns = [*BaseStaticFilesConfig.ignore_patterns, "background-image-icon.css"]
