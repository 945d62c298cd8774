"""What members needs to know of the site it runs in, without importing the site shell."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Site

from members.models import CoordinatorSettings


@dataclass(frozen=True)
class CoordinatorContact:
    name: str = ""
    email: str = ""
    phone: str = ""


def coordinator_contact(request: HttpRequest | None = None) -> CoordinatorContact:
    """The coordinator's contact details, from the site setting ``CoordinatorSettings``.

    With a request: those of its site, fetched once per request (the footer and the page
    share them). Without one (e-mails sent by a Celery worker): the default site's.
    """
    if request is not None:
        coordinator = CoordinatorSettings.for_request(request)
    else:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return CoordinatorContact()
        coordinator = CoordinatorSettings.for_site(site)
    return CoordinatorContact(
        name=coordinator.name, email=coordinator.email, phone=coordinator.phone
    )


def site_url(path: str = "") -> str:
    """An absolute address on the default site, for links in e-mails sent by a worker."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return f"{root.rstrip('/')}{path}"


def admin_url(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"
