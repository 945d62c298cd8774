from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cirkelinkoop import demo


class Command(BaseCommand):
    help = "Build the demo content and demo accounts (never in production); safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--coordinator-password", default=demo.DEFAULT_COORDINATOR_PASSWORD)
        parser.add_argument("--member-password", default=demo.DEFAULT_MEMBER_PASSWORD)
        parser.add_argument("--hostname", default="127.0.0.1", help="The demo site's host name.")
        parser.add_argument("--port", type=int, default=8000, help="The demo site's port.")
        parser.add_argument(
            "--cases",
            type=int,
            default=0,
            metavar="N",
            help="Also make synthetic cases for the benchmark, up to N in all.",
        )
        parser.add_argument(
            "--meeting-years",
            type=int,
            default=0,
            metavar="N",
            help="Also make N earlier years of held RCIO meetings, 40 registrations each.",
        )

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError(
                "Refusing to load demo accounts in production: use 'manage.py setup_site'."
            )
        accounts = demo.seed(
            coordinator_password=options["coordinator_password"],
            member_password=options["member_password"],
            hostname=options["hostname"],
            port=options["port"],
        )
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        if options["cases"]:
            added = demo.synthetic_cases_seed(options["cases"])
            self.stdout.write(f"  {added} synthetic cases added (up to {options['cases']}).")
        if options["meeting_years"]:
            added = demo.synthetic_meetings_seed(options["meeting_years"])
            self.stdout.write(f"  {added} earlier meetings added.")
        for account in accounts:
            password = account.password or "(unchanged: the account already existed)"
            self.stdout.write(f"  {account.role:<12} {account.email:<36} {password}")
