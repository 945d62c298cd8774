from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CirkelinkoopConfig(AppConfig):
    name = "cirkelinkoop"
    verbose_name = _("Site")

    def ready(self):
        from cirkelinkoop import avatars, page_cache

        page_cache.connect_signals()
        avatars.limit_avatar_size()
