"""Demo cases on running an organisation: furniture, workwear, ICT, catering, cleaning,
cars and buildings. Fictional tenders of real organisations; every case says so."""

from knowledge.demo.records import C, DemoCase, F

POLICY = "inkoopbeleid"

CASES = [
    DemoCase(
        slug="circulair-kantoormeubilair-provinciehuis",
        title="Circulair kantoormeubilair voor het provinciehuis",
        organisation="Provincie Utrecht",
        year=2019,
        contract_type="supplies",
        procedure="european_open",
        value_band="1m_5m",
        duration_months=60,
        cpv=("39130000",),
        product_group="kantoormeubilair",
        themes=(POLICY,),
        strategies=("R3", "R5"),
        instruments=("MVI-criteria", "Total cost of ownership (TCO)"),
        summary=(
            "Bij de verbouwing van het provinciehuis werd het bestaande meubilair opgeknapt "
            "en aangevuld met gerefurbishte bureaus en stoelen, met terugname aan het eind."
        ),
        approach=(
            "De leverancier inventariseerde eerst het bestaande meubilair. Wat niet terug kon, "
            "werd doorverkocht of gerecycled; nieuwe aanvulling moest zo veel mogelijk "
            "gerefurbisht zijn."
        ),
        results=(
            "Zeven op de tien werkplekken zijn ingericht met hergebruikt of opgeknapt "
            "meubilair. De kosten lagen lager dan bij volledig nieuw meubilair."
        ),
        lessons=(
            "Laat de gebruikers vroeg proefzitten: de acceptatie van opgeknapte stoelen was "
            "hoog zodra mensen zagen dat ze niet te onderscheiden waren van nieuw."
        ),
        did_not_work=(
            "Een deel van de oude kasten paste niet in het nieuwe ontwerp en is alsnog "
            "gerecycled. Meer afstemming met de architect had dat deels voorkomen."
        ),
        criteria=(
            C(
                "award",
                3,
                "Aandeel hergebruik",
                "Punten naar het aandeel werkplekken dat met hergebruikt of opgeknapt meubilair "
                "wordt ingericht.",
            ),
            C(
                "contract_clause",
                2,
                "Terugname en restwaarde",
                "De leverancier neemt het meubilair aan het einde van de looptijd terug en "
                "vergoedt de afgesproken restwaarde.",
            ),
            C(
                "requirement",
                1,
                "Onderdelen",
                "Onderdelen van stoelen en bureaus blijven tien jaar leverbaar.",
            ),
        ),
        figures=(
            F("Werkplekken met hergebruikt meubilair", 0, 70, "%", "Opleverlijst"),
            F("CO2-uitstoot ten opzichte van nieuw", 100, 55, "%", "Berekening leverancier"),
            F("Kosten ten opzichte van nieuw", 100, 85, "%", "Gunning"),
        ),
    ),
    DemoCase(
        slug="bedrijfskleding-met-gerecyclede-vezels-utrecht",
        title="Bedrijfskleding met gerecyclede vezels en terugname",
        organisation="Gemeente Utrecht",
        year=2020,
        contract_type="supplies",
        procedure="european_open",
        value_band="250k_1m",
        duration_months=48,
        cpv=("18110000",),
        product_group="bedrijfskleding",
        themes=(POLICY,),
        strategies=("R4", "R8"),
        instruments=("MVI-criteria",),
        summary=(
            "Kleding voor de buitendienst en handhaving met een minimaal aandeel gerecyclede "
            "vezels, reparatieservice en terugname van afgedankte kleding."
        ),
        approach=(
            "De gemeente nam de MVI-criteria voor textiel op niveau 2 over en voegde een "
            "reparatieservice toe, zodat kleding langer meegaat."
        ),
        results=(
            "De kleding bevat gemiddeld een kwart gerecyclede vezels. Afgedankte kleding wordt "
            "verwerkt tot nieuwe vezels of isolatiemateriaal."
        ),
        lessons=(
            "Reparatie werkt alleen als het makkelijk is: een ophaalpunt op elke werf deed de "
            "aantallen verdubbelen."
        ),
        did_not_work=(
            "Het aandeel gerecyclede vezels in zichtbaarheidskleding bleef laag, omdat de norm "
            "voor signaalkleding weinig ruimte liet."
        ),
        criteria=(
            C(
                "requirement",
                2,
                "Gerecyclede vezels",
                "Minstens 20 procent van het vezelgewicht van de basiscollectie is gerecycled.",
            ),
            C(
                "contract_clause",
                2,
                "Reparatie en terugname",
                "De leverancier repareert kleding binnen tien werkdagen en neemt afgedankte "
                "kleding terug voor hoogwaardige verwerking.",
            ),
        ),
        figures=(
            F("Gerecyclede vezels in de collectie", 0, 25, "%", "Leveranciersrapportage"),
            F("Gerepareerde kledingstukken", None, 1400, "stuks/jaar", "Leveranciersrapportage"),
        ),
    ),
    DemoCase(
        slug="refurbished-laptops-inkoopbureau",
        title="Refurbished laptops en een langere levensduur",
        organisation="Inkoopbureau Midden Nederland",
        year=2024,
        contract_type="supplies",
        procedure="european_open",
        value_band="1m_5m",
        duration_months=48,
        cpv=("30213100", "30213000"),
        product_group="ict-hardware",
        themes=(POLICY,),
        strategies=("R3", "R5"),
        instruments=("Total cost of ownership (TCO)", "MVI-criteria", "Marktconsultatie"),
        summary=(
            "Een gezamenlijke aanbesteding voor laptops waarin refurbished apparaten een "
            "volwaardige keuze zijn en de gebruiksduur van vier naar zes jaar gaat."
        ),
        approach=(
            "Het inkoopbureau vergeleek de aanbiedingen op de kosten over zes jaar. Een "
            "marktconsultatie liet zien dat refurbished laptops met garantie ruim beschikbaar zijn."
        ),
        results=(
            "Bijna de helft van de geleverde laptops is refurbished. De deelnemende "
            "organisaties vervangen laptops nu na zes in plaats van vier jaar."
        ),
        lessons=(
            "Betrek de ICT-afdeling bij het bepalen van de gebruiksduur: zij bepalen of een "
            "laptop na vier jaar echt 'op' is."
        ),
        did_not_work=(
            "Eén organisatie hield vast aan een eigen standaardimage dat niet op de refurbished "
            "modellen draaide; daar bleef het aandeel refurbished laag."
        ),
        criteria=(
            C(
                "award",
                2,
                "Kosten over zes jaar",
                "Beoordeling op aanschaf, garantie, reparatie en restwaarde over zes jaar.",
            ),
            C(
                "requirement",
                2,
                "Garantie en onderdelen",
                "Ook refurbished laptops hebben drie jaar garantie en onderdelen blijven zes jaar "
                "leverbaar.",
            ),
            C(
                "contract_clause",
                2,
                "Terugname en dataverwijdering",
                "De leverancier neemt afgeschreven apparaten terug, verwijdert de data "
                "aantoonbaar en zorgt voor hergebruik.",
            ),
        ),
        figures=(
            F("Gebruiksduur laptops", 4, 6, "jaar", "ICT-beleid deelnemers"),
            F("Refurbished in de levering", 0, 45, "%", "Leveringsoverzicht"),
        ),
        tags=("ict", "gezamenlijk inkopen"),
    ),
    DemoCase(
        slug="catering-minder-voedselverspilling-zeist",
        title="Catering in het gemeentehuis met minder verspilling",
        organisation="Gemeente Zeist",
        year=2022,
        contract_type="services",
        procedure="european_open",
        value_band="250k_1m",
        duration_months=48,
        cpv=("55520000", "55510000"),
        product_group="catering",
        themes=(POLICY,),
        strategies=("R0", "R2"),
        instruments=("MVI-criteria",),
        summary=(
            "Het bedrijfsrestaurant en de vergaderservice, met doelen voor minder "
            "voedselverspilling, meer plantaardig eten en geen wegwerpservies."
        ),
        approach=(
            "De cateraar werd beoordeeld op een plan om verspilling te meten en te "
            "verminderen. Wegwerpbekers en -bordjes werden geweigerd."
        ),
        results=(
            "De verspilling daalde met bijna de helft, gemeten met een weegschaal bij de "
            "afvalstroom. Wegwerpservies is helemaal verdwenen."
        ),
        lessons=(
            "Meten maakt het verschil: de dagelijkse weging leidde tot kleinere porties en een "
            "slimmer menu."
        ),
        did_not_work=(
            "Vergaderlunches werden nog vaak te ruim besteld. Een bestelregel per aantal "
            "deelnemers was nodig geweest."
        ),
        criteria=(
            C(
                "award",
                3,
                "Plan tegen voedselverspilling",
                "De inschrijver beschrijft hoe hij verspilling meet, wat zijn doel is en welke "
                "maatregelen hij neemt.",
            ),
            C(
                "requirement",
                2,
                "Geen wegwerpservies",
                "In het restaurant en bij vergaderingen wordt alleen herbruikbaar servies "
                "gebruikt.",
            ),
        ),
        figures=(
            F("Voedselverspilling", 32, 18, "kg/week", "Weging cateraar"),
            F("Plantaardige gerechten in het aanbod", 30, 60, "%", "Menu-analyse"),
        ),
        members_only=True,
    ),
    DemoCase(
        slug="schoonmaak-met-minder-middelen-houten",
        title="Schoonmaak van gemeentelijke gebouwen met minder middelen",
        organisation="Gemeente Houten",
        year=2025,
        contract_type="services",
        procedure="european_open",
        value_band="1m_5m",
        duration_months=60,
        cpv=("90919200", "90911200"),
        product_group="schoonmaak",
        themes=(POLICY,),
        strategies=("R2",),
        instruments=("MVI-criteria",),
        summary=(
            "Schoonmaak van het gemeentehuis en vier andere gebouwen, met schoonmaken op "
            "basis van water en microvezel en een vast aandeel mensen met een afstand tot werk."
        ),
        approach=(
            "De gemeente vroeg een plan om het gebruik van middelen te verminderen en vroeg "
            "om schoonmaak overdag, zodat schoonmakers deel uitmaken van de organisatie."
        ),
        results=(
            "Het verbruik van schoonmaakmiddelen is met twee derde gedaald. Drie nieuwe "
            "medewerkers kwamen uit een re-integratietraject."
        ),
        lessons=(
            "Dagschoonmaak vraagt om uitleg aan medewerkers, maar levert een betere relatie "
            "en minder klachten op."
        ),
        did_not_work=(
            "De eerste maanden ontbrak een goede nulmeting van het verbruik, zodat de daling "
            "eerst geschat moest worden."
        ),
        criteria=(
            C(
                "award",
                2,
                "Plan voor minder middelen",
                "De inschrijver beschrijft hoe hij het verbruik van schoonmaakmiddelen en "
                "wegwerpmaterialen vermindert en hoe hij dat meet.",
            ),
            C(
                "contract_clause",
                2,
                "Social return",
                "Minstens 5 procent van de opdrachtwaarde wordt besteed aan werk voor mensen "
                "met een afstand tot de arbeidsmarkt.",
            ),
        ),
        figures=(F("Schoonmaakmiddelen", 1200, 400, "liter/jaar", "Verbruiksregistratie"),),
    ),
    DemoCase(
        slug="renovatie-gemeentehuis-met-oogstmateriaal-de-ronde-venen",
        title="Renovatie van het gemeentehuis met geoogste bouwmaterialen",
        organisation="Gemeente De Ronde Venen",
        year=2021,
        contract_type="works",
        procedure="competitive_negotiation",
        value_band="5m_plus",
        duration_months=24,
        cpv=("45453000", "45210000"),
        product_group="gebouwen",
        themes=(POLICY, "circulair-inrichten-openbare-ruimte"),
        strategies=("R3", "R5", "R8"),
        instruments=("Materialenpaspoort", "Marktconsultatie"),
        summary=(
            "Een ingrijpende renovatie waarin materialen uit de strip- en sloopfase opnieuw "
            "zijn gebruikt, aangevuld met materiaal uit andere sloopprojecten in de regio."
        ),
        approach=(
            "Voorafgaand aan de aanbesteding werd een oogstkaart gemaakt van alle "
            "herbruikbare materialen. De bouwteams onderhandelden over hoe ze die toepassen."
        ),
        results=(
            "Plafondplaten, binnendeuren en een deel van de gevelstenen zijn hergebruikt. Het "
            "gebouw heeft nu een materialenpaspoort."
        ),
        lessons=(
            "Een oogstkaart vóór de aanbesteding maakt hergebruik concreet en prijsbaar voor "
            "inschrijvers."
        ),
        did_not_work=(
            "De opslag van geoogst materiaal tussen sloop en bouw was duur en gaf schade aan "
            "een deel van de deuren."
        ),
        criteria=(
            C(
                "award",
                3,
                "Hergebruik oogstmateriaal",
                "Punten voor het gewicht aan geoogst materiaal dat in het ontwerp terugkomt.",
            ),
            C(
                "requirement",
                2,
                "Materialenpaspoort",
                "Bij oplevering hoort een materialenpaspoort van het hele gebouw.",
            ),
            C(
                "selection",
                2,
                "Ervaring met circulair renoveren",
                "De inschrijver heeft in de afgelopen vijf jaar een renovatie met hergebruik van "
                "bouwmaterialen uitgevoerd.",
            ),
        ),
        figures=(
            F("Hergebruikte materialen", None, 180, "ton", "Oogstregistratie"),
            F("Sloopafval naar de stort of verbranding", 30, 6, "%", "Afvalregistratie"),
        ),
        members_only=True,
    ),
]
