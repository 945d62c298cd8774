"""Demo content of the members app, built by ``manage.py seed_demo`` (never in production).

The organisations of the coalition with their websites and e-mail domains, a few
fictional people in them, and join and contact requests in every status. Safe to run
again: what exists is left alone, so nothing a coordinator changed in the demo is
overwritten.

The organisations are real; the people and requesters are not, and their addresses are
on the reserved ``.example`` domain. Requests are saved directly, not through the
services, so seeding sends no e-mail: they are marked as delivered.

The package imports nothing from the site shell (``cirkelinkoop``), like the rest of the
app: ``cirkelinkoop.demo`` calls it and hands it the demo accounts.
"""

from datetime import timedelta

from django.utils import timezone

from members.demo.organisations import (
    APPROVED_DAYS_AGO,
    APPROVED_MUNICIPALITY,
    ORGANISATIONS,
    organisation_ensure,
)
from members.demo.people import PEOPLE, account_ensure, membership_ensure
from members.demo.requests import contact_requests_seed, join_requests_seed
from members.models import Role

__all__ = ["account_ensure", "seed_members"]


def seed_members(*, coordinator, member) -> None:
    """Organisations, people and requests; ``coordinator`` and ``member`` are the demo users."""
    now = timezone.now()
    organisations = {}
    for spec in ORGANISATIONS:
        overrides = {}
        if spec.name == APPROVED_MUNICIPALITY:
            approved_on = timezone.localdate(now - timedelta(days=APPROVED_DAYS_AGO))
            overrides = {"is_active": True, "member_since": approved_on}
        organisations[spec.name] = organisation_ensure(spec, **overrides)

    membership_ensure(
        member,
        organisations["Gemeente Utrecht"],
        Role.BUYER,
        job_title="Inkoopadviseur",
        in_directory=True,
    )
    membership_ensure(
        coordinator,
        organisations["Provincie Utrecht"],
        Role.COORDINATOR,
        job_title="Coördinator Coalitie Inkoop",
        in_directory=True,
    )
    for person in PEOPLE:
        user, _created = account_ensure(
            email=person.email, first_name=person.first_name, last_name=person.last_name
        )
        membership_ensure(
            user,
            organisations[person.organisation],
            person.role,
            job_title=person.job_title,
            phone=person.phone,
            in_directory=person.in_directory,
        )

    join_requests_seed(
        coordinator=coordinator, bunnik=organisations[APPROVED_MUNICIPALITY], now=now
    )
    contact_requests_seed(coordinator=coordinator, now=now)
