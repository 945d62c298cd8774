from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from members.models import Organisation


class ParticipantsSitemap(Sitemap):
    """The participants page and each participating organisation's page."""

    def items(self):
        return ["members:participants", *Organisation.objects.participating().order_by("slug")]

    def location(self, item) -> str:
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()
