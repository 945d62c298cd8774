from django.core.management.base import BaseCommand

from cirkelinkoop.services import COORDINATORS_GROUP
from cirkelinkoop.site_setup import site_setup


class Command(BaseCommand):
    help = (
        "Start the site: home page, first pages, footer and the coordinators' group. "
        "Creates no accounts; safe to run again (what exists is left alone)."
    )

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="The public host name, e.g. cirkelinkoop.example.nl")
        parser.add_argument("--port", type=int, default=443)

    def handle(self, *args, **options):
        site = site_setup(hostname=options["hostname"], port=options["port"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Site {site.hostname} is ready. Add coordinators to the group "
                f"'{COORDINATORS_GROUP}' and fill in the site settings in /beheer/."
            )
        )
