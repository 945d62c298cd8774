"""Demo content of the site shell, built by ``manage.py seed_demo`` (never in production).

The site as ``setup_site`` starts it, plus a fictional coordinator in the members app's
``CoordinatorSettings``, two demo accounts, the members app's demo content
(``members.demo``), the case library's (``knowledge.demo``), which refers to it, and the
meetings' (``meetings.demo``), which refer to both.
Safe to run again: what exists is left alone.
"""

import io
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.signal_handlers import disable_reference_index_auto_update

from cirkelinkoop.page_cache import page_cache_clear
from cirkelinkoop.services import COORDINATORS_GROUP
from cirkelinkoop.site_setup import site_setup
from knowledge.demo import seed_knowledge, synthetic_cases_add
from meetings.demo import seed_meetings, synthetic_meetings_add
from members.demo import account_ensure, seed_members
from members.models import CoordinatorSettings

# Fictional people: the real coordinator's name lives in the site settings of production.
DEMO_COORDINATOR = {
    "email": "coordinator@cirkelinkoop.example",
    "first_name": "Anouk",
    "last_name": "Kringloop (demo)",
    "phone": "030 000 00 00",
}
DEMO_MEMBER = {
    "email": "lid@cirkelinkoop.example",
    "first_name": "Bram",
    "last_name": "Hergebruik (demo)",
}
DEFAULT_COORDINATOR_PASSWORD = "demo-coordinator"
DEFAULT_MEMBER_PASSWORD = "demo-lid"


@dataclass
class DemoAccount:
    role: str
    email: str
    password: str | None  # None when the account already existed: its password is kept


def demo_coordinator_ensure(*, site, password: str) -> DemoAccount:
    contact = CoordinatorSettings.for_site(site)
    if not contact.email:
        contact.name = f"{DEMO_COORDINATOR['first_name']} {DEMO_COORDINATOR['last_name']}"
        contact.email = DEMO_COORDINATOR["email"]
        contact.phone = DEMO_COORDINATOR["phone"]
        contact.save()
    user, created = account_ensure(
        email=DEMO_COORDINATOR["email"],
        password=password,
        first_name=DEMO_COORDINATOR["first_name"],
        last_name=DEMO_COORDINATOR["last_name"],
    )
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return DemoAccount("coordinator", user.email, password if created else None)


@transaction.atomic
def seed(
    *,
    coordinator_password: str,
    member_password: str,
    hostname: str = "127.0.0.1",
    port: int = 8000,
) -> list[DemoAccount]:
    site = site_setup(hostname=hostname, port=port)
    coordinator = demo_coordinator_ensure(site=site, password=coordinator_password)
    member, created = account_ensure(password=member_password, **DEMO_MEMBER)
    # Wagtail indexes an object's references on each of its saves (a page is saved several
    # times while it is built); indexing them once at the end makes the seed faster.
    with disable_reference_index_auto_update():
        seed_members(
            coordinator=get_user_model().objects.get(email=coordinator.email), member=member
        )
        seed_knowledge()
        seed_meetings(member=member)
    call_command("rebuild_references_index", stdout=io.StringIO())
    return [coordinator, DemoAccount("member", member.email, member_password if created else None)]


def synthetic_cases_seed(count: int) -> int:
    """Up to ``count`` synthetic cases for the benchmark; they are written in bulk, without
    the signals that clear the page cache, so it is cleared here."""
    added = synthetic_cases_add(count)
    if added:
        page_cache_clear()
        _statistics_refresh()
    return added


def synthetic_meetings_seed(years: int) -> int:
    """Earlier years of meetings for the benchmark, their registrations written in bulk."""
    added = synthetic_meetings_add(years=years)
    if added:
        page_cache_clear()
        _statistics_refresh()
    return added


def _statistics_refresh() -> None:
    """Thousands of rows in bulk leave PostgreSQL's planner with the table sizes of before
    (it planned a second where 20 ms will do) until autovacuum comes by: refresh them now."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
