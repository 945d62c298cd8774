from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Case library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from knowledge import signals

        signals.connect()
