"""The product groups and instruments the demo files its cases under (snippets the
coordinator manages afterwards)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoProductGroup:
    slug: str
    name: str
    cluster: str
    description: str


@dataclass(frozen=True)
class DemoInstrument:
    name: str
    description: str
    url: str = ""


PRODUCT_GROUPS = [
    DemoProductGroup(
        "groenbeheer",
        "Groenbeheer",
        "green",
        "Maaien, snoeien, onkruid en het onderhoud van parken, plantsoenen en bermen.",
    ),
    DemoProductGroup(
        "bomen-en-beplanting",
        "Bomen en beplanting",
        "green",
        "Het leveren en planten van bomen, heesters en vaste planten.",
    ),
    DemoProductGroup(
        "wegen",
        "Wegen en fietspaden",
        "grw",
        "Aanleg, onderhoud en herinrichting van wegen, fietspaden en verhardingen.",
    ),
    DemoProductGroup(
        "kunstwerken",
        "Bruggen en kunstwerken",
        "grw",
        "Bruggen, viaducten, duikers en andere kunstwerken in de infrastructuur.",
    ),
    DemoProductGroup(
        "waterwerken",
        "Dijken en waterwerken",
        "grw",
        "Dijkversterking, kades, oevers en andere werken aan het watersysteem.",
    ),
    DemoProductGroup(
        "riolering",
        "Riolering",
        "grw",
        "Vervangen, renoveren en onderhouden van riolen en kolken.",
    ),
    DemoProductGroup(
        "straatmeubilair",
        "Straatmeubilair en speeltoestellen",
        "grw",
        "Banken, afvalbakken, fietsenrekken, paaltjes en speeltoestellen in de openbare ruimte.",
    ),
    DemoProductGroup(
        "openbare-verlichting",
        "Openbare verlichting",
        "energy",
        "Lichtmasten, armaturen en het beheer van de straatverlichting.",
    ),
    DemoProductGroup(
        "kantoormeubilair",
        "Kantoormeubilair",
        "office",
        "Bureaus, stoelen, kasten en de inrichting van kantoren en vergaderruimtes.",
    ),
    DemoProductGroup(
        "bedrijfskleding",
        "Bedrijfskleding",
        "textiles",
        "Werk- en beschermende kleding voor buitendienst, handhaving en andere functies.",
    ),
    DemoProductGroup(
        "ict-hardware",
        "ICT-hardware",
        "ict",
        "Laptops, werkplekken, telefoons, beeldschermen en netwerkapparatuur.",
    ),
    DemoProductGroup(
        "catering",
        "Catering",
        "food",
        "Bedrijfsrestaurant, koffie en thee, vergaderservice en evenementen.",
    ),
    DemoProductGroup(
        "schoonmaak",
        "Schoonmaak",
        "cleaning",
        "Schoonmaak van kantoren, gebouwen en glas, met middelen en materialen.",
    ),
    DemoProductGroup(
        "gebouwen",
        "Gebouwen",
        "buildings",
        "Nieuwbouw, renovatie, onderhoud en sloop van gebouwen.",
    ),
    DemoProductGroup(
        "vervoer",
        "Vervoer en dienstauto's",
        "transport",
        "Dienstauto's, bedrijfsvoertuigen, fietsen en vervoersdiensten.",
    ),
    DemoProductGroup(
        "afval",
        "Afvalinzameling en -verwerking",
        "other",
        "Het inzamelen, scheiden en verwerken van bedrijfs- en huishoudelijk afval.",
    ),
]

INSTRUMENTS = [
    DemoInstrument(
        "Ambitieweb",
        "Hulpmiddel uit de Aanpak Duurzaam GWW om met opdrachtgever en belanghebbenden de "
        "duurzaamheidsambities van een project vast te leggen, thema voor thema.",
        "https://www.duurzaamgww.nl/",
    ),
    DemoInstrument(
        "MKI / DuboCalc",
        "De milieukostenindicator (MKI) drukt de milieubelasting van een ontwerp uit in euro's; "
        "DuboCalc rekent hem uit voor werken in de grond-, weg- en waterbouw.",
        "https://www.dubocalc.nl/",
    ),
    DemoInstrument(
        "CO2-Prestatieladder",
        "Certificeerbaar instrument waarmee bedrijven hun CO2-uitstoot meten en verminderen; "
        "een hogere trede kan fictieve korting op de inschrijfprijs geven.",
        "https://www.co2-prestatieladder.nl/",
    ),
    DemoInstrument(
        "Marktconsultatie",
        "Vooraf met de markt verkennen wat mogelijk is, voordat de opdracht wordt uitgevraagd.",
        "https://www.pianoo.nl/",
    ),
    DemoInstrument(
        "MVI-criteria",
        "De landelijke criteria voor maatschappelijk verantwoord inkopen, per productgroep en "
        "in drie ambitieniveaus.",
        "https://www.mvicriteria.nl/",
    ),
    DemoInstrument(
        "Total cost of ownership (TCO)",
        "Vergelijken op de kosten over de hele levensduur, niet alleen op de aanschafprijs.",
    ),
    DemoInstrument(
        "Materialenpaspoort",
        "Een vastlegging van welke materialen waar in een product of bouwwerk zitten, zodat ze "
        "later terug te winnen zijn.",
    ),
]
