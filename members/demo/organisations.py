"""The organisations of the coalition as the demo content seeds them.

Real organisations with their real websites; an e-mail domain only where we are sure of it.
"""

from dataclasses import dataclass
from datetime import date

from members.models import Organisation, OrganisationDomain, OrganisationKind


@dataclass(frozen=True)
class DemoOrganisation:
    name: str
    kind: str
    description: str
    website: str = ""
    # The e-mail domain its people sign up with; left out where we are not sure of it
    # (several small municipalities share a civil service and its addresses).
    domain: str = ""
    member_since: date | None = None
    is_active: bool = True


def _municipality(
    place: str, site: str, description: str, member_since: date | None, *, domain: bool = True
) -> DemoOrganisation:
    """A municipality with its website at ``www.<site>``; ``member_since`` None: not taking
    part (yet)."""
    return DemoOrganisation(
        name=f"Gemeente {place}",
        kind=OrganisationKind.MUNICIPALITY,
        description=description,
        website=f"https://www.{site}",
        domain=site if domain else "",
        member_since=member_since,
        is_active=member_since is not None,
    )


PUBLIC_BODIES = [
    DemoOrganisation(
        name="Provincie Utrecht",
        kind=OrganisationKind.PROVINCE,
        description=(
            "Het provinciebestuur van Utrecht. Inkopers en adviseurs van de provincie "
            "nemen deel aan het Regionaal Circulair Inkoopoverleg."
        ),
        website="https://www.provincie-utrecht.nl",
        domain="provincie-utrecht.nl",
        member_since=date(2021, 3, 1),
    ),
    DemoOrganisation(
        name="Hoogheemraadschap De Stichtse Rijnlanden",
        kind=OrganisationKind.WATER_BOARD,
        description=(
            "Het waterschap voor een groot deel van de provincie Utrecht. Het zorgt onder "
            "meer voor de dijken, voor voldoende en schoon water en voor het zuiveren van "
            "afvalwater."
        ),
        website="https://www.hdsr.nl",
        domain="hdsr.nl",
        member_since=date(2021, 3, 1),
    ),
    DemoOrganisation(
        name="Inkoopbureau Midden Nederland",
        kind=OrganisationKind.PROCUREMENT_OFFICE,
        description=(
            "Gezamenlijk inkoopbureau dat aanbestedingen voorbereidt en begeleidt voor "
            "overheden in de regio."
        ),
        member_since=date(2021, 9, 1),
    ),
]

# The 26 municipalities of the province; four of them do not take part (yet).
MUNICIPALITIES = [
    _municipality(
        "Amersfoort",
        "amersfoort.nl",
        "Gemeente in het oosten van de provincie; na Utrecht de grootste stad van de provincie.",
        date(2021, 3, 1),
    ),
    _municipality(
        "Baarn",
        "baarn.nl",
        "Gemeente in het noordoosten van de provincie Utrecht.",
        date(2022, 5, 1),
    ),
    _municipality(
        "De Bilt",
        "debilt.nl",
        "Gemeente ten noordoosten van de stad Utrecht, met onder meer De Bilt en Bilthoven.",
        date(2021, 9, 1),
    ),
    _municipality(
        "Bunnik",
        "bunnik.nl",
        "Gemeente ten zuidoosten van de stad Utrecht, met de kernen Bunnik, Odijk en Werkhoven.",
        None,  # takes part since its demo join request was approved: see seed_members
    ),
    _municipality(
        "Bunschoten",
        "bunschoten.nl",
        "Gemeente aan het Eemmeer, met de kernen Bunschoten-Spakenburg en Eemdijk.",
        date(2023, 2, 1),
    ),
    _municipality(
        "De Ronde Venen",
        "derondevenen.nl",
        "Gemeente in het noordwesten van de provincie, met onder meer Mijdrecht en Vinkeveen.",
        date(2022, 1, 15),
    ),
    _municipality(
        "Eemnes",
        "eemnes.nl",
        "Gemeente in het noorden van de provincie Utrecht.",
        date(2023, 6, 1),
        domain=False,
    ),
    _municipality(
        "Houten",
        "houten.nl",
        "Gemeente ten zuiden van de stad Utrecht.",
        date(2021, 3, 1),
    ),
    _municipality(
        "IJsselstein",
        "ijsselstein.nl",
        "Gemeente ten zuidwesten van de stad Utrecht, aan de Hollandse IJssel.",
        date(2022, 3, 1),
    ),
    _municipality(
        "Leusden",
        "leusden.nl",
        "Gemeente ten zuiden van Amersfoort.",
        date(2022, 9, 1),
    ),
    _municipality(
        "Lopik",
        "lopik.nl",
        "Gemeente in de Lopikerwaard, in het zuidwesten van de provincie Utrecht.",
        None,
    ),
    _municipality(
        "Montfoort",
        "montfoort.nl",
        "Gemeente aan de Hollandse IJssel, in het westen van de provincie Utrecht.",
        date(2023, 9, 1),
        domain=False,
    ),
    _municipality(
        "Nieuwegein",
        "nieuwegein.nl",
        "Gemeente ten zuiden van de stad Utrecht.",
        date(2021, 6, 1),
    ),
    _municipality(
        "Oudewater",
        "oudewater.nl",
        "Gemeente in het westen van de provincie Utrecht, bekend van de Heksenwaag.",
        None,
        domain=False,
    ),
    _municipality(
        "Renswoude",
        "renswoude.nl",
        "Gemeente in de Gelderse Vallei, in het oosten van de provincie Utrecht.",
        None,
        domain=False,
    ),
    _municipality(
        "Rhenen",
        "rhenen.nl",
        "Gemeente aan de Nederrijn, in het zuidoosten van de provincie Utrecht.",
        None,
    ),
    _municipality(
        "Soest",
        "soest.nl",
        "Gemeente tussen Amersfoort en Baarn, met de kernen Soest en Soesterberg.",
        date(2022, 5, 1),
    ),
    _municipality(
        "Stichtse Vecht",
        "stichtsevecht.nl",
        "Gemeente langs de Vecht, in het noordwesten van de provincie Utrecht.",
        date(2022, 1, 15),
    ),
    _municipality(
        "Utrecht",
        "utrecht.nl",
        "De hoofdstad en de grootste gemeente van de provincie.",
        date(2021, 3, 1),
    ),
    _municipality(
        "Utrechtse Heuvelrug",
        "heuvelrug.nl",
        "Gemeente op de Utrechtse Heuvelrug, met onder meer Doorn, Driebergen-Rijsenburg "
        "en Amerongen.",
        date(2022, 9, 1),
    ),
    _municipality(
        "Veenendaal",
        "veenendaal.nl",
        "Gemeente in het zuidoosten van de provincie, aan de rand van de Gelderse Vallei.",
        date(2021, 9, 1),
    ),
    _municipality(
        "Vijfheerenlanden",
        "vijfheerenlanden.nl",
        "Gemeente in het zuiden van de provincie, in 2019 ontstaan uit Leerdam, Vianen en Zederik.",
        date(2023, 2, 1),
    ),
    _municipality(
        "Wijk bij Duurstede",
        "wijkbijduurstede.nl",
        "Gemeente aan de Lek en de Kromme Rijn, in het zuidoosten van de provincie Utrecht.",
        date(2023, 9, 1),
    ),
    _municipality(
        "Woerden",
        "woerden.nl",
        "Gemeente aan de Oude Rijn, in het westen van de provincie Utrecht.",
        date(2021, 6, 1),
    ),
    _municipality(
        "Woudenberg",
        "woudenberg.nl",
        "Gemeente in de Gelderse Vallei, tussen Amersfoort en Veenendaal.",
        date(2024, 1, 15),
    ),
    _municipality(
        "Zeist",
        "zeist.nl",
        "Gemeente ten oosten van de stad Utrecht, aan de rand van de Utrechtse Heuvelrug.",
        date(2021, 6, 1),
    ),
]

# Their people come by invitation: no e-mail domains. Websites only where we are sure.
KNOWLEDGE_PARTNERS = [
    DemoOrganisation(
        name="Cirkelstad Utrecht",
        kind=OrganisationKind.KNOWLEDGE_PARTNER,
        description=(
            "De Utrechtse tak van Cirkelstad, een coöperatie van publieke en private "
            "partijen die samen werken aan een circulaire bouwsector."
        ),
        website="https://www.cirkelstad.nl",
        member_since=date(2021, 3, 1),
    ),
    DemoOrganisation(
        name="ROM Utrecht Region",
        kind=OrganisationKind.KNOWLEDGE_PARTNER,
        description=(
            "De regionale ontwikkelingsmaatschappij van de provincie Utrecht. Ze ondersteunt "
            "en investeert in innovatieve ondernemers in de regio."
        ),
        website="https://www.romutrechtregion.nl",
        member_since=date(2021, 9, 1),
    ),
    DemoOrganisation(
        name="PIANOo",
        kind=OrganisationKind.KNOWLEDGE_PARTNER,
        description=(
            "Het Expertisecentrum Aanbesteden van de Rijksoverheid. Het deelt kennis over "
            "inkopen en aanbesteden, ook over duurzaam en circulair inkopen."
        ),
        website="https://www.pianoo.nl",
        member_since=date(2021, 9, 1),
    ),
    DemoOrganisation(
        name="BouwCirculair",
        kind=OrganisationKind.KNOWLEDGE_PARTNER,
        description="Kennispartner van de coalitie op het gebied van circulair bouwen.",
        member_since=date(2022, 3, 1),
    ),
]

ORGANISATIONS = [*PUBLIC_BODIES, *MUNICIPALITIES, *KNOWLEDGE_PARTNERS]
# Its join request is approved in the demo, about two months before the seeding.
APPROVED_MUNICIPALITY = "Gemeente Bunnik"
APPROVED_DAYS_AGO = 61


def organisation_ensure(spec: DemoOrganisation, **overrides) -> Organisation:
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
