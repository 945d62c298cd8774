from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    """The coalition's organisations, their people, and requests to the coordinator.

    Imports no other app of the project: the apps above it use it, never the reverse.
    """

    name = "members"
    verbose_name = _("Participants")

    def ready(self):
        from members import access, signals  # noqa: F401  (signals: allauth's sign-up)

        access.connect_signals()
