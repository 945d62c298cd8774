"""Who the coordinator of the coalition is: a site setting the coordinator edits."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="user")
class CoordinatorSettings(BaseSiteSetting):
    """Shown at the bottom of every page and in the e-mails; never written in code.

    Read it with ``members.site.coordinator_contact()``, or in a template as
    ``settings.members.CoordinatorSettings``: both fetch it once per request.
    """

    name = models.CharField(_("coordinator's name"), max_length=120, blank=True)
    email = models.EmailField(_("coordinator's e-mail address"), blank=True)
    phone = models.CharField(_("coordinator's phone number"), max_length=30, blank=True)

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")]

    class Meta:
        verbose_name = _("coordinator's contact details")
