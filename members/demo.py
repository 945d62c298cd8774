"""Demo content of the members app, built by ``manage.py seed_demo`` (never in production).

The organisations of the coalition with their websites and e-mail domains, a few
fictional people in them, and join and contact requests in every status. Safe to run
again: what exists is left alone, so nothing a coordinator changed in the demo is
overwritten.

The organisations are real; the people and requesters are not, and their addresses are
on the reserved ``.example`` domain. Requests are saved directly, not through the
services, so seeding sends no e-mail: they are marked as delivered.

This module imports nothing from the site shell (``cirkelinkoop``), like the rest of the
app: ``cirkelinkoop.demo`` calls it and hands it the demo accounts.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.log_actions import log

from members.demo_organisations import ORGANISATIONS, DemoOrganisation
from members.models import (
    ContactRequest,
    ContactRequestStatus,
    JoinRequest,
    JoinRequestStatus,
    Membership,
    Organisation,
    OrganisationDomain,
    OrganisationKind,
    Role,
)
from members.services.memberships import membership_assign

APPROVED_MUNICIPALITY = "Gemeente Bunnik"
APPROVED_DAYS_AGO = 61


def _organisation_ensure(spec: DemoOrganisation, **overrides) -> Organisation:
    """The organisation of that name; created with its e-mail domain when it is missing."""
    fields = {
        "kind": spec.kind,
        "description": spec.description,
        "website": spec.website,
        "member_since": spec.member_since,
        "is_active": spec.is_active,
        **overrides,
    }
    organisation, created = Organisation.objects.get_or_create(name=spec.name, defaults=fields)
    if created and spec.domain:
        # A domain is unique: one that a coordinator gave another organisation stays there.
        OrganisationDomain.objects.get_or_create(
            domain=spec.domain, defaults={"organisation": organisation}
        )
    return organisation


# --- people -----------------------------------------------------------------------------


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


def _membership_ensure(user, organisation: Organisation, role: str, **details) -> None:
    """A membership for ``user`` unless they have one: a coordinator may have moved them."""
    if Membership.objects.filter(user=user).exists():
        return
    membership = membership_assign(user=user, organisation=organisation, role=role)
    for field, value in details.items():
        setattr(membership, field, value)
    membership.save(update_fields=list(details))


# --- requests ---------------------------------------------------------------------------


def _submission_key(label: str) -> uuid.UUID:
    """A fixed key per demo request: found again after its personal data is removed."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"https://cirkelinkoop.example/demo/{label}")


def _request_ensure(model, label: str, *, received_at: datetime, **fields):
    """The demo request ``label``, created as received at ``received_at``, e-mailing nobody.

    Returns the request, or None when it existed already (then nothing is logged again).
    """
    instance, created = model.objects.get_or_create(
        submission_key=_submission_key(label), defaults={"consent": True, **fields}
    )
    if not created:
        return None
    # created_at is set on insert; backdate it so the history reads in order.
    model.objects.filter(pk=instance.pk).update(created_at=received_at)
    instance.created_at = received_at
    log(instance, "members.request.received", timestamp=received_at)
    return instance


def _join_requests_seed(*, coordinator, bunnik: Organisation, now: datetime) -> None:
    _request_ensure(
        JoinRequest,
        "join-rhenen",
        received_at=now - timedelta(days=2),
        organisation_name="Gemeente Rhenen",
        organisation_kind=OrganisationKind.MUNICIPALITY,
        contact_name="Karin Zonnepaneel (demo)",
        email="karin.zonnepaneel@rhenen.example",
        phone="030 000 02 01",
        role=Role.BUYER,
        motivation=(
            "Dit jaar herzien we ons inkoopbeleid, en circulair inkopen moet daarin een vaste "
            "plek krijgen. We leren graag van de ervaringen van andere gemeenten in de regio. "
            "Ook willen we met twee collega's deelnemen aan het Regionaal Circulair "
            "Inkoopoverleg."
        ),
    )

    lopik = _request_ensure(
        JoinRequest,
        "join-lopik",
        received_at=now - timedelta(days=12),
        organisation_name="Gemeente Lopik",
        organisation_kind=OrganisationKind.MUNICIPALITY,
        contact_name="Thomas Reststroom (demo)",
        email="thomas.reststroom@lopik.example",
        phone="030 000 02 02",
        role=Role.SUSTAINABILITY_ADVISOR,
        motivation=(
            "Als kleine gemeente hebben we weinig capaciteit voor inkoop en duurzaamheid. Via "
            "de coalitie hopen we voorbeelden en aanbestedingsstukken van andere gemeenten te "
            "kunnen gebruiken. We denken in eerste instantie aan groenonderhoud en schoonmaak."
        ),
        status=JoinRequestStatus.IN_REVIEW,
        handled_by=coordinator,
        notes="Telefonisch gesproken; de gemeente bespreekt de deelname nog intern.",
    )
    if lopik:
        log(
            lopik,
            "members.join_request.in_review",
            user=coordinator,
            timestamp=now - timedelta(days=9),
        )

    declined_at = now - timedelta(days=26)
    declined = _request_ensure(
        JoinRequest,
        "join-kringloopwijs",
        received_at=now - timedelta(days=30),
        organisation_name="Adviesbureau Kringloopwijs B.V.",
        organisation_kind=OrganisationKind.KNOWLEDGE_PARTNER,
        contact_name="Erik Hoogwaardig (demo)",
        email="erik.hoogwaardig@kringloopwijs.example",
        phone="030 000 02 03",
        role=Role.SUSTAINABILITY_ADVISOR,
        motivation=(
            "Wij adviseren overheden over circulaire aanbestedingen en delen onze kennis graag "
            "met de deelnemers van de coalitie. Ook zouden we de bijeenkomsten van het "
            "Regionaal Circulair Inkoopoverleg willen bijwonen."
        ),
        status=JoinRequestStatus.DECLINED,
        handled_by=coordinator,
        handled_at=declined_at,
        decision_reason=(
            "De coalitie is er voor publieke opdrachtgevers: de gemeenten, de provincie, "
            "het waterschap en het inkoopbureau in de regio Utrecht. Kennispartners sluiten "
            "aan op uitnodiging van de coördinator, en adviesbureaus horen daar niet bij. "
            "De openbare voorbeelden op dit portaal zijn er natuurlijk ook voor jou."
        ),
    )
    if declined:
        log(declined, "members.join_request.declined", user=coordinator, timestamp=declined_at)

    approved_at = now - timedelta(days=APPROVED_DAYS_AGO)
    approved = _request_ensure(
        JoinRequest,
        "join-bunnik",
        received_at=now - timedelta(days=70),
        organisation_name=APPROVED_MUNICIPALITY,
        organisation_kind=OrganisationKind.MUNICIPALITY,
        contact_name="Ruben Houtbouw (demo)",
        email="ruben.houtbouw@bunnik.example",
        phone="030 000 01 09",
        role=Role.BUYER,
        motivation=(
            "Gemeente Bunnik wil circulair inkopen een vaste plek geven in haar aanbestedingen. "
            "We wisselen graag kennis en ervaring uit met de buurgemeenten en sluiten aan bij "
            "het Regionaal Circulair Inkoopoverleg."
        ),
        status=JoinRequestStatus.APPROVED,
        handled_by=coordinator,
        handled_at=approved_at,
        organisation=bunnik,
    )
    if approved:
        log(
            approved,
            "members.join_request.approved",
            user=coordinator,
            timestamp=approved_at,
            data={"organisation": bunnik.name},
        )


def _contact_requests_seed(*, coordinator, now: datetime) -> None:
    _request_ensure(
        ContactRequest,
        "contact-rcio",
        received_at=now - timedelta(days=1),
        name="Lisa Tweedeleven (demo)",
        email="lisa.tweedeleven@houten.example",
        organisation="Gemeente Houten",
        subject="Volgende RCIO en een collega van buiten de coalitie",
        message=(
            "Wanneer is het volgende Regionaal Circulair Inkoopoverleg? Een collega van een "
            "gemeente die nog niet meedoet aan de coalitie wil graag een keer komen kijken. "
            "Mag zij mee naar de bijeenkomst?"
        ),
    )

    handled_at = now - timedelta(days=12)
    handled = _request_ensure(
        ContactRequest,
        "contact-meubilair",
        received_at=now - timedelta(days=15),
        name="Yara Deelplatform (demo)",
        email="yara.deelplatform@veenendaal.example",
        organisation="Gemeente Veenendaal",
        subject="Voorbeeld van een aanbesteding voor kantoormeubilair",
        message=(
            "Wij gaan ons kantoormeubilair vervangen en zoeken een voorbeeld van een "
            "aanbesteding waarin het hergebruik van bestaand meubilair is meegenomen. Heeft "
            "een van de deelnemers zoiets al gedaan?"
        ),
        status=ContactRequestStatus.HANDLED,
        handled_by=coordinator,
        handled_at=handled_at,
        notes="In contact gebracht met Sanne Hergebruik (Amersfoort).",
    )
    if handled:
        log(handled, "members.contact_request.handled", user=coordinator, timestamp=handled_at)


# --- all of it --------------------------------------------------------------------------


def seed_members(*, coordinator, member) -> None:
    """Organisations, people and requests; ``coordinator`` and ``member`` are the demo users."""
    now = timezone.now()
    organisations = {}
    for spec in ORGANISATIONS:
        overrides = {}
        if spec.name == APPROVED_MUNICIPALITY:
            approved_on = timezone.localdate(now - timedelta(days=APPROVED_DAYS_AGO))
            overrides = {"is_active": True, "member_since": approved_on}
        organisations[spec.name] = _organisation_ensure(spec, **overrides)

    _membership_ensure(
        member,
        organisations["Gemeente Utrecht"],
        Role.BUYER,
        job_title="Inkoopadviseur",
        in_directory=True,
    )
    _membership_ensure(
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
        _membership_ensure(
            user,
            organisations[person.organisation],
            person.role,
            job_title=person.job_title,
            phone=person.phone,
            in_directory=person.in_directory,
        )

    _join_requests_seed(
        coordinator=coordinator, bunnik=organisations[APPROVED_MUNICIPALITY], now=now
    )
    _contact_requests_seed(coordinator=coordinator, now=now)
