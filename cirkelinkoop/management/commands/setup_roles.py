from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from cirkelinkoop.services import COORDINATORS_GROUP, coordinators_group_ensure


class Command(BaseCommand):
    help = "Create or complete the coordinators' group with its rights on the default site."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site yet: create the home page first.")
        coordinators_group_ensure(root_page=site.root_page)
        self.stdout.write(self.style.SUCCESS(f"Group '{COORDINATORS_GROUP}' is ready."))
