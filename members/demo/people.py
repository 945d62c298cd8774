"""The demo's people: verified accounts and their memberships, all fictional.

Their addresses are on the reserved ``.example`` domain; only the two demo accounts that
``cirkelinkoop.demo`` hands in get a password.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from members.models import Membership, Organisation, Role
from members.services.memberships import membership_assign


@dataclass(frozen=True)
class DemoPerson:
    first_name: str
    last_name: str
    email: str
    organisation: str
    role: str
    job_title: str
    phone: str
    in_directory: bool = True


PEOPLE = [
    DemoPerson(
        "Sanne",
        "Hergebruik (demo)",
        "sanne.hergebruik@amersfoort.example",
        "Gemeente Amersfoort",
        Role.BUYER,
        "Senior inkoper",
        "030 000 01 01",
    ),
    DemoPerson(
        "Joost",
        "Grondstof (demo)",
        "joost.grondstof@hdsr.example",
        "Hoogheemraadschap De Stichtse Rijnlanden",
        Role.PROJECT_LEADER,
        "Projectleider waterkeringen",
        "030 000 01 02",
    ),
    DemoPerson(
        "Fatima",
        "Levensduur (demo)",
        "fatima.levensduur@provincie-utrecht.example",
        "Provincie Utrecht",
        Role.SUSTAINABILITY_ADVISOR,
        "Adviseur circulaire economie",
        "030 000 01 03",
    ),
    DemoPerson(
        "Pieter",
        "Deelauto (demo)",
        "pieter.deelauto@houten.example",
        "Gemeente Houten",
        Role.POLICY_OFFICER,
        "Beleidsmedewerker duurzaamheid",
        "030 000 01 04",
        in_directory=False,
    ),
    DemoPerson(
        "Lotte",
        "Reparatie (demo)",
        "lotte.reparatie@inkoopbureau.example",
        "Inkoopbureau Midden Nederland",
        Role.BUYER,
        "Inkoopadviseur",
        "030 000 01 05",
    ),
    DemoPerson(
        "Ahmed",
        "Restmateriaal (demo)",
        "ahmed.restmateriaal@nieuwegein.example",
        "Gemeente Nieuwegein",
        Role.PROJECT_LEADER,
        "Projectleider openbare ruimte",
        "030 000 01 06",
    ),
    DemoPerson(
        "Eva",
        "Biobased (demo)",
        "eva.biobased@zeist.example",
        "Gemeente Zeist",
        Role.SUSTAINABILITY_ADVISOR,
        "Adviseur duurzaam inkopen",
        "030 000 01 07",
    ),
    DemoPerson(
        "Daan",
        "Tweedehands (demo)",
        "daan.tweedehands@woerden.example",
        "Gemeente Woerden",
        Role.BUYER,
        "Contractmanager",
        "030 000 01 08",
        in_directory=False,
    ),
    # The contact person of Bunnik's approved join request, who has signed up since.
    DemoPerson(
        "Ruben",
        "Houtbouw (demo)",
        "ruben.houtbouw@bunnik.example",
        "Gemeente Bunnik",
        Role.BUYER,
        "Inkoper",
        "030 000 01 09",
    ),
]


def account_ensure(*, email: str, first_name: str, last_name: str, password: str | None = None):
    """A verified account; returns it and whether it was created now.

    Without a password nobody can sign in as it (the fictional people of the directory).
    """
    user, created = get_user_model().objects.get_or_create(
        email=email,
        defaults={"username": email, "first_name": first_name, "last_name": last_name},
    )
    if created:
        user.set_password(password)  # None gives an unusable password
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user, created


def membership_ensure(user, organisation: Organisation, role: str, **details) -> None:
    """A membership for ``user`` unless they have one: a coordinator may have moved them."""
    if Membership.objects.filter(user=user).exists():
        return
    membership = membership_assign(user=user, organisation=organisation, role=role)
    for field, value in details.items():
        setattr(membership, field, value)
    membership.save(update_fields=list(details))
