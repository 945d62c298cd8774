"""The building blocks of the benchmark's synthetic cases: short texts that combine into
varied, searchable cases. Every synthetic case is marked illustrative."""

# CPV codes (eight digits; the check digit is computed) per product group of the demo.
CPV_BY_GROUP = {
    "groenbeheer": ("77310000", "77313000", "77314000"),
    "bomen-en-beplanting": ("03452000", "77211500"),
    "wegen": ("45233142", "45233222", "45233162", "45233140"),
    "kunstwerken": ("45221111",),
    "waterwerken": ("45246400", "45240000"),
    "riolering": ("45232410",),
    "straatmeubilair": ("34928400", "34928480", "37535200"),
    "openbare-verlichting": ("34993000",),
    "kantoormeubilair": ("39130000",),
    "bedrijfskleding": ("18110000",),
    "ict-hardware": ("30213100", "30213000"),
    "catering": ("55520000", "55510000"),
    "schoonmaak": ("90919200", "90911200"),
    "gebouwen": ("45453000", "45210000"),
    "vervoer": ("34144900",),
    "afval": ("90513000",),
}
FALLBACK_CPV = ("45000000",)

# The contract type and themes that go with an MVI cluster.
CONTRACT_TYPE_BY_CLUSTER = {
    "grw": "works",
    "buildings": "works",
    "green": "services",
    "cleaning": "services",
    "food": "services",
    "other": "services",
}
THEMES_BY_CLUSTER = {
    "green": ("duurzaam-groenbeheer",),
    "grw": ("aanpak-duurzaam-gww", "circulair-inrichten-openbare-ruimte"),
    "buildings": ("circulair-inrichten-openbare-ruimte", "inkoopbeleid"),
    "energy": ("circulair-inrichten-openbare-ruimte",),
}
DEFAULT_THEMES = ("inkoopbeleid",)

TITLE_PATTERNS = (
    "Circulair inkopen van {group} in {place}",
    "{Group}: hergebruik als uitgangspunt",
    "{Group} met terugnamegarantie",
    "{Group} met minder CO2-uitstoot",
    "Proef met {group} op ambitieniveau {level}",
    "Gezamenlijke aanbesteding {group}",
    "{Group} over de hele levensduur vergeleken",
)

SUMMARY_OPENINGS = (
    "{buyer} kocht {group} in met aandacht voor {focus}.",
    "Een aanbesteding voor {group} waarin {buyer} stuurde op {focus}.",
    "{buyer} vroeg de markt om {group} waarin {focus} voorop stond.",
)
FOCUSES = (
    "hergebruik van materialen",
    "een lange levensduur en reparatie",
    "minder CO2-uitstoot",
    "secundaire grondstoffen",
    "terugname aan het einde van het gebruik",
    "biodiversiteit en ecologisch beheer",
    "de kosten over de hele levensduur",
    "emissievrij materieel",
)
SUMMARY_RESULTS = (
    "Het resultaat: duidelijk minder nieuw materiaal, tegen vergelijkbare kosten.",
    "De uitstoot daalde meetbaar en de opdrachtnemer rapporteert elk jaar.",
    "Niet alles lukte, maar de lessen staan hieronder.",
    "De markt bleek verder dan gedacht; de inschrijvingen overtroffen de eisen.",
    "Een goede marktconsultatie vooraf maakte het verschil.",
)

APPROACHES = (
    "Een marktconsultatie ging aan de aanbesteding vooraf; daarna werden de eisen aangescherpt.",
    "De opdrachtgever nam de landelijke MVI-criteria over en koos per criterium een ambitieniveau.",
    "Met het Ambitieweb werden de ambities vooraf met beheer en omgeving vastgelegd.",
    "Inschrijvers werden vergeleken op de kosten over de hele levensduur.",
)
RESULTS = (
    "De opdrachtnemer haalde de afgesproken doelen en rapporteert halfjaarlijks.",
    "Het aandeel hergebruikt materiaal lag hoger dan in eerdere opdrachten.",
    "De uitstoot van het werk lag lager dan in de referentie.",
    "Gebruikers merkten weinig verschil met de vorige, lineaire oplossing.",
)
LESSONS = (
    "Leg vooraf vast hoe je het resultaat meet, met een nulmeting.",
    "Betrek de beheerder vroeg: die weet wat in de praktijk werkt.",
    "Vraag concrete plannen per locatie, geen algemene beloftes.",
    "Gezamenlijk aanbesteden geeft kleinere organisaties meer slagkracht.",
)
FAILURES = (
    "De rapportage kwam in verschillende formaten binnen en was moeilijk te vergelijken.",
    "De planning hield te weinig rekening met opslag van vrijkomend materiaal.",
    "Een eis bleek in de markt niet haalbaar en moest tijdens de procedure worden aangepast.",
    "Contractmanagement had te weinig tijd om de afspraken te controleren.",
)

# (kind, title, text) for the criteria a synthetic case picks from.
CRITERIA = (
    (
        "requirement",
        "Secundair materiaal",
        "Minstens {n} procent van het materiaal is "
        "hergebruikt of gerecycled, aangetoond met een verklaring.",
    ),
    (
        "requirement",
        "Emissievrij materieel",
        "Materieel en vervoer zijn voor minstens {n} procent emissievrij.",
    ),
    (
        "award",
        "Plan voor hergebruik",
        "Punten voor een plan dat laat zien hoe minstens {n} "
        "procent van het vrijkomende materiaal opnieuw wordt toegepast.",
    ),
    (
        "award",
        "MKI",
        "Fictieve korting naar de milieukostenindicator, tot {n} procent van de inschrijfprijs.",
    ),
    (
        "award",
        "CO2-Prestatieladder",
        "Fictieve korting tot {n} procent naar de trede op de CO2-Prestatieladder.",
    ),
    (
        "contract_clause",
        "Terugname",
        "De opdrachtnemer neemt producten na gebruik terug en "
        "zorgt dat minstens {n} procent opnieuw wordt gebruikt.",
    ),
    (
        "contract_clause",
        "Rapportage",
        "De opdrachtnemer rapporteert elke {n} maanden over materiaal, uitstoot en afval.",
    ),
    (
        "selection",
        "Ervaring",
        "De inschrijver heeft in de afgelopen {n} jaar een "
        "vergelijkbare circulaire opdracht uitgevoerd.",
    ),
)

# (indicator, unit, baseline low, baseline high, change low, change high) in per cent.
FIGURES = (
    ("CO2-uitstoot", "t CO2/jaar", 50, 900, -60, -5),
    ("Secundair materiaal", "%", 0, 40, 10, 150),
    ("MKI ten opzichte van referentie", "%", 100, 100, -35, -5),
    ("Kosten ten opzichte van vorig contract", "%", 100, 100, -15, 10),
    ("Afval naar verbranding", "t/jaar", 10, 300, -70, -10),
    ("Levensduur", "jaar", 4, 15, 10, 60),
)
