"""The demo's join and contact requests, one in every status.

Saved directly, not through the services, so seeding sends no e-mail: they are marked as
delivered, and the admin history is written with the dates it would have had.
"""

import uuid
from datetime import datetime, timedelta

from wagtail.log_actions import log

from members.demo.organisations import APPROVED_DAYS_AGO, APPROVED_MUNICIPALITY
from members.models import (
    ContactRequest,
    ContactRequestStatus,
    JoinRequest,
    JoinRequestStatus,
    Organisation,
    OrganisationKind,
    Role,
)


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


def join_requests_seed(*, coordinator, bunnik: Organisation, now: datetime) -> None:
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


def contact_requests_seed(*, coordinator, now: datetime) -> None:
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
