"""Demo cases on public space: street furniture, play, lighting, paving, sewers and
cycle paths. Fictional tenders of real organisations; every case says so on its page."""

from knowledge.demo.records import C, DemoCase, F

PUBLIC_SPACE = "circulair-inrichten-openbare-ruimte"
GWW = "aanpak-duurzaam-gww"

CASES = [
    DemoCase(
        slug="straatmeubilair-met-terugname-utrecht",
        title="Straatmeubilair met terugnamegarantie",
        organisation="Gemeente Utrecht",
        year=2022,
        contract_type="supplies",
        procedure="european_open",
        value_band="1m_5m",
        duration_months=48,
        cpv=("34928400", "34928480"),
        product_group="straatmeubilair",
        themes=(PUBLIC_SPACE,),
        strategies=("R3", "R5", "R8"),
        instruments=("Materialenpaspoort", "MVI-criteria"),
        summary=(
            "Een raamovereenkomst voor banken, afvalbakken en fietsenrekken waarin de "
            "leverancier oude exemplaren terugneemt, opknapt of recyclet, en nieuwe levert met "
            "een hoog aandeel secundair materiaal."
        ),
        approach=(
            "De gemeente vroeg een terugnamegarantie voor alles wat ze levert en gaf punten "
            "voor het aandeel secundair materiaal. Elk product krijgt een materialenpaspoort."
        ),
        results=(
            "Ruim de helft van de geleverde banken is opgeknapt of bevat hergebruikt staal en "
            "hout. Afgedankt meubilair gaat terug naar de leverancier in plaats van naar de "
            "schroot."
        ),
        lessons=(
            "Een materialenpaspoort is pas bruikbaar als het in het beheersysteem van de "
            "gemeente terechtkomt; regel vooraf in welk formaat de leverancier het aanlevert."
        ),
        did_not_work=(
            "De opgeknapte banken hadden niet altijd dezelfde kleur als de nieuwe. Een paar "
            "stadsdelen wilden daarom toch alleen nieuw; vraag de beheerders vooraf mee te kijken."
        ),
        criteria=(
            C(
                "award",
                3,
                "Aandeel secundair materiaal",
                "Punten naar het gewichtsaandeel hergebruikt of gerecycled materiaal in de "
                "geleverde producten, aangetoond met een verklaring per product.",
            ),
            C(
                "contract_clause",
                2,
                "Terugnamegarantie",
                "De leverancier neemt geleverde en bestaande producten aan het einde van hun "
                "gebruik terug en zorgt voor hergebruik, opknappen of recycling, in die volgorde.",
            ),
            C(
                "requirement",
                2,
                "Materialenpaspoort",
                "Bij elke levering hoort een materialenpaspoort met de samenstelling per "
                "product, in een open bestandsformaat.",
            ),
        ),
        figures=(
            F("Secundair materiaal in geleverde producten", 10, 60, "%", "Leveranciersverklaring"),
            F(
                "Teruggenomen producten hergebruikt of opgeknapt",
                None,
                70,
                "%",
                "Jaarrapportage leverancier",
            ),
            F("Prijs per bank ten opzichte van vorig contract", 0, 4, "%", "Gunning"),
        ),
    ),
    DemoCase(
        slug="opgeknapte-speeltoestellen-nieuwegein",
        title="Opgeknapte speeltoestellen voor drie speelplekken",
        organisation="Gemeente Nieuwegein",
        year=2024,
        contract_type="supplies",
        procedure="multiple_private",
        value_band="50k_250k",
        duration_months=12,
        cpv=("37535200",),
        product_group="straatmeubilair",
        themes=(PUBLIC_SPACE,),
        strategies=("R3", "R5"),
        instruments=("Marktconsultatie",),
        summary=(
            "Drie speelplekken kregen tweedehands toestellen die de leverancier opknapte en "
            "opnieuw keurde, in plaats van nieuwe."
        ),
        approach=(
            "Vier leveranciers werden uitgenodigd om een ontwerp te maken met zo veel mogelijk "
            "opgeknapte toestellen, met de keuring volgens de geldende norm als harde eis."
        ),
        results=(
            "Twee van de drie plekken bestaan bijna helemaal uit opgeknapte toestellen. De "
            "kosten lagen lager dan bij nieuwe toestellen, en kinderen zien het verschil niet."
        ),
        lessons=(
            "Betrek de speeltoestelinspecteur vroeg: die weet welke toestellen zich goed laten "
            "opknappen en welke niet."
        ),
        did_not_work=(
            "Voor de derde plek was geen geschikt tweedehands klimtoestel te vinden; daar is "
            "toch een nieuw toestel gekomen."
        ),
        criteria=(
            C(
                "requirement",
                1,
                "Veiligheid",
                "Alle toestellen zijn bij oplevering gekeurd en voldoen aan de geldende "
                "veiligheidsnorm voor speeltoestellen.",
            ),
            C(
                "award",
                3,
                "Aandeel opgeknapte toestellen",
                "Punten naar het aandeel van de begroting dat naar opgeknapte of hergebruikte "
                "toestellen gaat.",
            ),
        ),
        figures=(
            F("Opgeknapte toestellen", 0, 75, "%", "Opleveringsrapport"),
            F("Kosten ten opzichte van nieuw", 100, 78, "%", "Offertevergelijking"),
        ),
    ),
    DemoCase(
        slug="centrum-herinrichten-met-oude-klinkers-veenendaal",
        title="Het centrum opnieuw ingericht met de eigen klinkers",
        organisation="Gemeente Veenendaal",
        year=2023,
        contract_type="works",
        procedure="national_open",
        value_band="1m_5m",
        duration_months=14,
        cpv=("45233222",),
        product_group="wegen",
        themes=(PUBLIC_SPACE, GWW, "ambitieweb"),
        strategies=("R3",),
        instruments=("Ambitieweb", "MKI / DuboCalc"),
        summary=(
            "Bij de herinrichting van twee winkelstraten werden de gebakken klinkers opgenomen, "
            "schoongemaakt en opnieuw gelegd. Het ontwerp ging uit van wat er al lag."
        ),
        approach=(
            "In een Ambitieweb-sessie kozen gemeente, ondernemers en beheerder voor een hoge "
            "ambitie op materialen. De aannemer werd beoordeeld op de MKI van zijn plan."
        ),
        results=(
            "Vier vijfde van de klinkers kon terug. De milieukosten van het werk lagen een "
            "kwart lager dan in het referentieontwerp met nieuwe bestrating."
        ),
        lessons=(
            "Inventariseer de staat van de klinkers vóór het ontwerp; het kleine aandeel dat "
            "niet terug kon, is elders in de gemeente gebruikt."
        ),
        did_not_work=(
            "Schoonmaken op de bouwplaats kostte meer ruimte dan gedacht en gaf overlast voor "
            "de winkels. Een volgende keer gebeurt dat op een depot."
        ),
        criteria=(
            C(
                "award",
                3,
                "MKI van het plan",
                "Fictieve korting naar de milieukostenindicator van het aangeboden plan, berekend "
                "met DuboCalc, ten opzichte van het referentieontwerp.",
            ),
            C(
                "requirement",
                2,
                "Hergebruik bestaande bestrating",
                "De bestaande gebakken klinkers worden opgenomen, gereinigd en in het werk "
                "hergebruikt, tenzij ze beschadigd zijn.",
            ),
        ),
        figures=(
            F("Klinkers hergebruikt", 0, 80, "%", "Opleverdossier"),
            F("MKI ten opzichte van referentie", 100, 74, "%", "DuboCalc-berekening"),
        ),
        tags=("bestrating",),
    ),
    DemoCase(
        slug="riool-renoveren-in-plaats-van-vervangen-ijsselstein",
        title="Riolen renoveren in plaats van vervangen",
        organisation="Gemeente IJsselstein",
        year=2020,
        contract_type="works",
        procedure="national_open",
        value_band="1m_5m",
        duration_months=18,
        cpv=("45232410",),
        product_group="riolering",
        themes=(GWW,),
        strategies=("R4",),
        instruments=("MKI / DuboCalc", "CO2-Prestatieladder"),
        summary=(
            "Riolen uit de jaren zestig kregen een nieuwe binnenbuis in plaats van dat de "
            "straat openging. Minder graafwerk, minder uitstoot en minder hinder."
        ),
        approach=(
            "Camera-inspectie wees uit welke strengen te renoveren waren. Alleen waar dat niet "
            "kon, werd de straat opengebroken."
        ),
        results=(
            "Op drie kwart van de strengen was geen graafwerk nodig. De uitstoot van het werk "
            "daalde sterk en bewoners hadden dagen in plaats van weken hinder."
        ),
        lessons=(
            "Combineer met andere werken in de straat: waar de weg toch open moest voor kabels, "
            "was vervangen soms toch de betere keuze."
        ),
        did_not_work=(
            "De planning hield geen rekening met huisaansluitingen die na het renoveren opnieuw "
            "moesten worden opengefreesd."
        ),
        criteria=(
            C(
                "award",
                2,
                "CO2-Prestatieladder",
                "Fictieve korting op de inschrijfprijs naar de trede op de CO2-Prestatieladder.",
            ),
            C(
                "contract_clause",
                1,
                "Hinderbeperking",
                "Woningen blijven tijdens het werk bereikbaar; de opdrachtnemer informeert "
                "bewoners een week vooraf.",
            ),
        ),
        figures=(
            F("CO2-uitstoot van het werk", 640, 210, "t CO2", "Berekening opdrachtnemer"),
            F("Strengen zonder graafwerk", 0, 76, "%", "Opleverdossier"),
        ),
    ),
    DemoCase(
        slug="fietspad-met-biobased-fundering-woerden",
        title="Fietspad met een fundering van biobased materiaal",
        organisation="Gemeente Woerden",
        year=2025,
        contract_type="works",
        procedure="competitive_negotiation",
        value_band="250k_1m",
        duration_months=8,
        cpv=("45233162",),
        product_group="wegen",
        themes=(GWW,),
        strategies=("R2", "R8"),
        instruments=("MKI / DuboCalc", "Marktconsultatie"),
        summary=(
            "Een proef met een fietspad waarvan de fundering deels uit restmateriaal van "
            "riet en bermgras bestaat, gevolgd met metingen over vijf jaar."
        ),
        approach=(
            "In een mededingingsprocedure met onderhandeling spraken drie aannemers met de "
            "gemeente over de risico's van een nieuw materiaal en wie ze draagt."
        ),
        results=(
            "Het fietspad ligt er een jaar en gedraagt zich tot nu toe als een gewoon "
            "fietspad. De MKI van de fundering ligt duidelijk lager."
        ),
        lessons=(
            "Spreek vooraf af wat er gebeurt als het materiaal tegenvalt. Dat gaf de aannemers "
            "vertrouwen om een scherpe prijs te bieden."
        ),
        did_not_work=(
            "Het meetplan was te licht: zakkingsmetingen zijn alleen bij oplevering gedaan. Het "
            "tweede jaar wordt opnieuw gemeten."
        ),
        criteria=(
            C(
                "award",
                3,
                "MKI van de fundering",
                "Punten naar de milieukostenindicator van de aangeboden fundering.",
            ),
            C(
                "contract_clause",
                2,
                "Monitoring en garantie",
                "De opdrachtnemer meet vijf jaar lang jaarlijks de vlakheid en draagkracht, en "
                "herstelt gebreken kosteloos.",
            ),
        ),
        figures=(
            F("MKI fundering", 18000, 11500, "€", "DuboCalc-berekening"),
            F("Biobased aandeel in de fundering", 0, 30, "%", "Opleverdossier"),
        ),
        tags=("biobased", "proef"),
    ),
    DemoCase(
        slug="afvalbakken-van-gerecycled-plastic-soest",
        title="Afvalbakken van gerecycled plastic",
        organisation="Gemeente Soest",
        year=2019,
        contract_type="supplies",
        procedure="single_private",
        value_band="below_50k",
        duration_months=None,
        cpv=("34928480",),
        product_group="straatmeubilair",
        themes=(PUBLIC_SPACE,),
        strategies=("R8",),
        instruments=(),
        summary=(
            "Een kleine enkelvoudige opdracht voor afvalbakken uit gerecycled plastic, met "
            "een proef in twee parken."
        ),
        approach=(
            "Eén leverancier met een bewezen product werd gevraagd om een offerte met "
            "terugname aan het eind van de levensduur."
        ),
        results=(
            "De bakken gaan mee en zijn makkelijk schoon te houden. Na drie jaar zijn ze in "
            "alle parken geplaatst."
        ),
        lessons=(
            "Ook een kleine opdracht is een kans: met een paar vragen in de offerteaanvraag "
            "kreeg de gemeente terugname er gratis bij."
        ),
        did_not_work=(
            "Bij hitte vervormde de klep van één type bak. De leverancier loste het op, maar "
            "een proefperiode in de zomer had het eerder laten zien."
        ),
        criteria=(
            C(
                "requirement",
                1,
                "Gerecycled materiaal",
                "De bakken bestaan voor minstens 80 procent uit gerecycled kunststof.",
            ),
            C(
                "contract_clause",
                1,
                "Terugname",
                "De leverancier neemt de bakken aan het einde van hun levensduur terug voor "
                "recycling.",
            ),
        ),
        figures=(F("Gerecycled kunststof", 0, 85, "%", "Productblad"),),
        members_only=True,
    ),
]
