"""What members needs to know of the site it runs in, without importing the site shell.

The coordinator's contact details live in the site settings of ``cirkelinkoop``, an app
above this one: the setting ``MEMBERS_COORDINATOR_CONTACT`` names the function that reads
them, so the dependency still points down.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string
from wagtail.models import Site


@dataclass(frozen=True)
class CoordinatorContact:
    name: str = ""
    email: str = ""
    phone: str = ""


def coordinator_contact() -> CoordinatorContact:
    return import_string(settings.MEMBERS_COORDINATOR_CONTACT)()


def site_url(path: str = "") -> str:
    """An absolute address on the default site, for links in e-mails sent by a worker."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return f"{root.rstrip('/')}{path}"


def admin_url(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"
