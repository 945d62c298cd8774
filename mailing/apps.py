from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MailingConfig(AppConfig):
    """Sending e-mail for every app. Imports no other app of the project."""

    name = "mailing"
    verbose_name = _("E-mail")
