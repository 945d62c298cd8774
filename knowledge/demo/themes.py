"""The themes the RCIO works on, as the demo seeds them: the five the coalition names."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoTheme:
    slug: str
    title: str
    intro: str
    # (heading, paragraph) pairs for the body; a heading may be empty.
    body: list[tuple[str, str]]
    # (title, web address, short description)
    resources: list[tuple[str, str, str]] = field(default_factory=list)


PIANOO = (
    "PIANOo",
    "https://www.pianoo.nl/",
    "Het Expertisecentrum Aanbesteden van de Rijksoverheid, met handreikingen en "
    "praktijkvoorbeelden over circulair en maatschappelijk verantwoord inkopen.",
)
MVI_CRITERIA = (
    "MVI-criteriatool",
    "https://www.mvicriteria.nl/",
    "De landelijke criteria per productgroep, in drie ambitieniveaus, om over te nemen.",
)
DUURZAAM_GWW = (
    "Aanpak Duurzaam GWW",
    "https://www.duurzaamgww.nl/",
    "De aanpak en zijn hulpmiddelen, waaronder het Ambitieweb, voor opdrachtgevers in de "
    "grond-, weg- en waterbouw.",
)
BOUWCIRCULAIR = (
    "BouwCirculair",
    "https://www.bouwcirculair.nl/",
    "Platform voor circulair bouwen, met kennis over materialen, hergebruik en ontwerpen.",
)
CIRKELSTAD = (
    "Cirkelstad",
    "https://www.cirkelstad.nl/",
    "Coöperatie van publieke en private partijen die werken aan een circulaire en "
    "inclusieve bouw- en sloopsector.",
)
ROM_UTRECHT = (
    "ROM Utrecht Region",
    "https://www.romutrechtregion.nl/",
    "De regionale ontwikkelingsmaatschappij, die innovatieve bedrijven in de regio helpt en "
    "opdrachtgevers met hen in contact brengt.",
)
CO2_LADDER = (
    "CO2-Prestatieladder",
    "https://www.co2-prestatieladder.nl/",
    "Het instrument waarmee leveranciers hun CO2-uitstoot aantoonbaar verminderen.",
)

THEMES = [
    DemoTheme(
        slug="duurzaam-groenbeheer",
        title="Duurzaam groenbeheer",
        intro=(
            "Parken, bermen en plantsoenen onderhouden zonder fossiele brandstof en gif, met "
            "meer ruimte voor biodiversiteit en een tweede leven voor maaisel en snoeihout."
        ),
        body=[
            (
                "Waar het om gaat",
                "Groenonderhoud is een van de opdrachten die bijna elke gemeente in de markt "
                "zet. Het is ook een opdracht waarin je als opdrachtgever veel kunt sturen: op "
                "emissievrij materieel, op ecologisch maaibeheer, en op wat er met het maaisel "
                "en het snoeihout gebeurt.",
            ),
            (
                "Waar deelnemers tegenaan lopen",
                "Elektrisch groot materieel is nog niet overal beschikbaar, en ecologisch "
                "beheer vraagt om kennis bij aannemer én opdrachtgever. De voorbeelden hier "
                "laten zien hoe collega's dat oplosten, en wat ze de volgende keer anders doen.",
            ),
        ],
        resources=[PIANOO, MVI_CRITERIA, CO2_LADDER],
    ),
    DemoTheme(
        slug="circulair-inrichten-openbare-ruimte",
        title="Circulair inrichten van de openbare ruimte",
        intro=(
            "Straten, pleinen en speelplekken inrichten met materiaal dat al bestaat, dat lang "
            "meegaat en dat na gebruik weer terug kan in de keten."
        ),
        body=[
            (
                "Hergebruik begint bij het ontwerp",
                "Klinkers, banden, banken en lichtmasten gaan vaak langer mee dan de "
                "inrichting waarvoor ze ooit zijn gekozen. Wie al in het ontwerp uitgaat van "
                "wat er ligt, hoeft minder nieuw te kopen. Dat vraagt om een inventarisatie "
                "vooraf en om ruimte in de planning.",
            ),
            (
                "",
                "Bij nieuw materiaal helpt het om terugname en een materialenpaspoort in het "
                "contract op te nemen, zodat het materiaal aan het eind van zijn leven niet "
                "verloren gaat.",
            ),
        ],
        resources=[BOUWCIRCULAIR, CIRKELSTAD, PIANOO],
    ),
    DemoTheme(
        slug="inkoopbeleid",
        title="Inkoopbeleid",
        intro=(
            "Circulair inkopen vastleggen in het inkoopbeleid van je organisatie, zodat het "
            "niet afhangt van één enthousiaste inkoper."
        ),
        body=[
            (
                "Van ambitie naar elke opdracht",
                "Veel organisaties hebben een ambitie op papier, maar die landt niet vanzelf in "
                "de aanbestedingen. Deelnemers delen hier hoe ze het beleid vertaalden naar "
                "vaste stappen: welke productgroepen eerst, welk ambitieniveau, en wie meekijkt "
                "voordat een opdracht de deur uitgaat.",
            ),
            (
                "Meten wat het oplevert",
                "Wie wil bijsturen, moet weten wat de opdrachten opleveren. De voorbeelden in "
                "de kennisbank noemen daarom hun resultaten in cijfers, ook als die "
                "tegenvielen.",
            ),
        ],
        resources=[PIANOO, MVI_CRITERIA, ROM_UTRECHT],
    ),
    DemoTheme(
        slug="aanpak-duurzaam-gww",
        title="Aanpak Duurzaam GWW",
        intro=(
            "Duurzaamheid meenemen in elke fase van een project in de grond-, weg- en "
            "waterbouw, van de eerste verkenning tot het beheer."
        ),
        body=[
            (
                "Wat de aanpak vraagt",
                "De Aanpak Duurzaam GWW gaat uit van vroeg beginnen: in de planfase leg je de "
                "ambities vast, in de aanbesteding vraag je de markt om ze waar te maken, en "
                "in de uitvoering en het beheer houd je ze vast. Instrumenten als de "
                "milieukostenindicator (MKI) en de CO2-Prestatieladder maken het meetbaar.",
            ),
            (
                "",
                "De voorbeelden hier laten zien hoe deelnemers de aanpak toepasten bij wegen, "
                "bruggen, kades en dijken, en welke gunningscriteria ze daarbij gebruikten.",
            ),
        ],
        resources=[DUURZAAM_GWW, CO2_LADDER, BOUWCIRCULAIR, CIRKELSTAD],
    ),
    DemoTheme(
        slug="ambitieweb",
        title="Ambitieweb",
        intro=(
            "Met het Ambitieweb bepaal je samen met collega's en belanghebbenden op welke "
            "duurzaamheidsthema's een project hoog inzet, en op welke niet."
        ),
        body=[
            (
                "Zo werkt het",
                "Het Ambitieweb verdeelt duurzaamheid in een aantal thema's, zoals energie, "
                "materialen, water en ruimtelijke kwaliteit. Per thema kies je een "
                "ambitieniveau. In een sessie met opdrachtgever, beheerder en omgeving ontstaat "
                "zo een gedeeld beeld van wat het project moet opleveren.",
            ),
            (
                "Wat deelnemers ervan leerden",
                "Een Ambitieweb is pas waardevol als de keuzes terugkomen in de eisen en "
                "gunningscriteria. Wie het web maakt en daarna in een la legt, merkt daar in de "
                "uitvoering weinig van.",
            ),
        ],
        resources=[DUURZAAM_GWW, PIANOO],
    ),
]
