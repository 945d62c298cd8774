"""Demo cases in ground, road and water works: roads, bridges, dykes and quays.
Fictional tenders of real organisations; every case says so on its page."""

from knowledge.demo.records import C, DemoCase, F

GWW = "aanpak-duurzaam-gww"
WEB = "ambitieweb"

CASES = [
    DemoCase(
        slug="onderhoud-provinciale-wegen-op-mki",
        title="Groot onderhoud provinciale wegen, gegund op MKI",
        organisation="Provincie Utrecht",
        year=2022,
        contract_type="works",
        procedure="european_restricted",
        value_band="5m_plus",
        duration_months=48,
        cpv=("45233142", "45233222"),
        product_group="wegen",
        themes=(GWW, WEB),
        strategies=("R2", "R8"),
        instruments=("Ambitieweb", "MKI / DuboCalc", "CO2-Prestatieladder"),
        summary=(
            "Een meerjarig onderhoudscontract voor asfalt op provinciale wegen, met de "
            "milieukostenindicator en de CO2-Prestatieladder als gunningscriteria en een hoog "
            "aandeel hergebruikt asfalt."
        ),
        approach=(
            "Met het Ambitieweb koos de provincie voor een hoge ambitie op materialen en "
            "energie. Inschrijvers kregen fictieve korting voor een lage MKI en een hoge trede "
            "op de CO2-Prestatieladder."
        ),
        results=(
            "De winnende aannemer werkt met laagtemperatuurasfalt en een hoog aandeel "
            "gerecycled asfaltgranulaat. De MKI ligt bijna een vijfde onder de referentie."
        ),
        lessons=(
            "Leg de referentie-MKI vast in de aanbestedingsstukken en laat de aannemer na "
            "afloop aantonen wat hij werkelijk heeft gebruikt."
        ),
        did_not_work=(
            "De controle op de werkelijke MKI tijdens de uitvoering was onderbemenst; pas na "
            "een jaar was er een eerste toets."
        ),
        criteria=(
            C(
                "award",
                3,
                "Milieukostenindicator",
                "Fictieve korting van 1 euro per euro MKI onder de referentiewaarde, berekend met "
                "DuboCalc in de versie die in de bijlage staat.",
            ),
            C(
                "award",
                2,
                "CO2-Prestatieladder",
                "Fictieve korting naar de trede waarop de inschrijver gecertificeerd is, oplopend "
                "tot 5 procent bij trede 5.",
            ),
            C(
                "contract_clause",
                2,
                "Verificatie MKI",
                "Na elk deelwerk toont de opdrachtnemer met leveringsbonnen aan dat de gebruikte "
                "materialen overeenkomen met de aangeboden MKI.",
            ),
        ),
        figures=(
            F("MKI ten opzichte van referentie", 100, 82, "%", "DuboCalc-verificatie"),
            F("Gerecycled asfaltgranulaat", 35, 65, "%", "Mengselrecepturen"),
            F("CO2-uitstoot", 3100, 2050, "t CO2", "Rapportage opdrachtnemer"),
        ),
    ),
    DemoCase(
        slug="dijkversterking-met-gebiedseigen-grond-hdsr",
        title="Dijkversterking met grond uit het eigen gebied",
        organisation="Hoogheemraadschap De Stichtse Rijnlanden",
        year=2024,
        contract_type="works",
        procedure="competitive_dialogue",
        value_band="5m_plus",
        duration_months=36,
        cpv=("45246400", "45240000"),
        product_group="waterwerken",
        themes=(GWW, WEB),
        strategies=("R1", "R3"),
        instruments=("Ambitieweb", "MKI / DuboCalc", "Marktconsultatie"),
        summary=(
            "Een dijkversterking waarin grond uit nabijgelegen natuurontwikkeling wordt "
            "gebruikt, zodat er veel minder vrachtwagens over de dijk rijden."
        ),
        approach=(
            "In een concurrentiegerichte dialoog werkten drie combinaties een grondbalans uit. "
            "Het Ambitieweb uit de verkenning stond op tafel in elke dialoogronde."
        ),
        results=(
            "Het grondtransport over de weg daalde met bijna de helft; een deel van de grond "
            "komt per schip. De omgeving merkte duidelijk minder overlast."
        ),
        lessons=(
            "Een dialoog kost tijd, maar leverde oplossingen op die het waterschap zelf niet "
            "had bedacht. Reken met een half jaar extra doorlooptijd."
        ),
        did_not_work=(
            "De grondkwaliteit viel op één locatie tegen, waardoor alsnog grond van elders "
            "moest komen. Meer bodemonderzoek vooraf had dat voorkomen."
        ),
        criteria=(
            C(
                "award",
                3,
                "Grondbalans",
                "De inschrijver beschrijft hoeveel grond van binnen het projectgebied komt en hoe "
                "de rest wordt aangevoerd, met de bijbehorende transportkilometers.",
            ),
            C(
                "award",
                2,
                "MKI van het ontwerp",
                "Punten naar de milieukostenindicator van het dijkontwerp ten opzichte van de "
                "referentie uit de verkenning.",
            ),
            C(
                "selection",
                2,
                "Ervaring met waterkeringen",
                "De inschrijver heeft in de afgelopen acht jaar een dijkversterking van minstens "
                "twee kilometer uitgevoerd.",
            ),
        ),
        figures=(
            F("Vrachtwagenkilometers grondtransport", 410000, 230000, "km", "Transportregistratie"),
            F("Grond uit het projectgebied", 20, 65, "%", "Grondbalans"),
        ),
        members_only=True,
    ),
    DemoCase(
        slug="brug-met-hergebruikte-liggers-amersfoort",
        title="Een fietsbrug van hergebruikte betonliggers",
        organisation="Gemeente Amersfoort",
        year=2026,
        contract_type="works",
        procedure="competitive_negotiation",
        value_band="1m_5m",
        duration_months=18,
        cpv=("45221111",),
        product_group="kunstwerken",
        themes=(GWW, "circulair-inrichten-openbare-ruimte"),
        strategies=("R3",),
        instruments=("MKI / DuboCalc", "Materialenpaspoort"),
        summary=(
            "Liggers van een gesloopt viaduct elders in het land krijgen een tweede leven in "
            "een nieuwe fietsbrug. De aanbesteding liep dit jaar; de bouw start binnenkort."
        ),
        approach=(
            "De gemeente kocht de liggers vooraf en stelde ze beschikbaar aan de aannemers, "
            "met het onderzoek naar hun sterkte als bijlage."
        ),
        results=(
            "Gegund aan een combinatie die alle liggers kan toepassen. De verwachte MKI is "
            "ruim een derde lager dan voor een brug met nieuw beton."
        ),
        lessons=(
            "Zelf materiaal inkopen en beschikbaar stellen neemt onzekerheid weg bij "
            "inschrijvers, maar de gemeente draagt dan het risico van de opslag."
        ),
        did_not_work=(
            "Het vinden van passende liggers duurde een jaar langer dan gepland; een "
            "marktplaats voor tweedehands bouwdelen had dat kunnen versnellen."
        ),
        criteria=(
            C(
                "requirement",
                3,
                "Toepassen beschikbare liggers",
                "Het ontwerp gebruikt de door de gemeente beschikbaar gestelde liggers; "
                "afwijken mag alleen met een onderbouwing van de constructeur.",
            ),
            C(
                "contract_clause",
                2,
                "Materialenpaspoort",
                "De opdrachtnemer levert bij oplevering een materialenpaspoort van de brug.",
            ),
        ),
        figures=(
            F(
                "Verwachte MKI ten opzichte van nieuwbouw",
                100,
                62,
                "%",
                "DuboCalc-berekening ontwerp",
            ),
        ),
        tags=("bouwdelen",),
    ),
    DemoCase(
        slug="raamovereenkomst-kleine-gww-werken-inkoopbureau",
        title="Raamovereenkomst kleine GWW-werken voor zes gemeenten",
        organisation="Inkoopbureau Midden Nederland",
        year=2021,
        contract_type="works",
        procedure="european_open",
        value_band="5m_plus",
        duration_months=48,
        cpv=("45233140", "45232410"),
        product_group="wegen",
        themes=(GWW, "inkoopbeleid"),
        strategies=("R2", "R8"),
        instruments=("CO2-Prestatieladder", "MVI-criteria"),
        summary=(
            "Eén raamovereenkomst voor klein onderhoud aan wegen en riolen, voor zes "
            "gemeenten tegelijk, met dezelfde duurzaamheidseisen in elke nadere opdracht."
        ),
        approach=(
            "Het inkoopbureau legde de MVI-criteria op niveau 2 vast in de raamovereenkomst, "
            "zodat elke gemeente ze bij een nadere opdracht niet zelf hoeft te bedenken."
        ),
        results=(
            "Alle nadere opdrachten werken met emissiearm materieel en gerecycled granulaat. "
            "Kleinere gemeenten profiteren van eisen die ze alleen niet hadden gesteld."
        ),
        lessons=(
            "Samen aanbesteden werkt als de gemeenten vooraf hun ambities afstemmen; één "
            "gezamenlijke sessie was genoeg."
        ),
        did_not_work=(
            "De rapportage over de uitstoot kwam per nadere opdracht binnen, in zes "
            "verschillende formaten. Een vast formaat in de raamovereenkomst ontbrak."
        ),
        criteria=(
            C(
                "requirement",
                2,
                "Emissiearm materieel",
                "Materieel op de bouwplaats voldoet minimaal aan de emissienorm Stage V of is "
                "elektrisch.",
            ),
            C(
                "award",
                2,
                "CO2-Prestatieladder",
                "Fictieve korting naar de trede op de CO2-Prestatieladder.",
            ),
        ),
        figures=(
            F("Nadere opdrachten met emissiearm materieel", None, 100, "%", "Contractbeheer"),
            F("Gerecycled granulaat in funderingen", 40, 85, "%", "Leveringsbonnen"),
        ),
    ),
    DemoCase(
        slug="dorpsstraat-met-ambitieweb-vijfheerenlanden",
        title="Een dorpsstraat herinrichten vanuit het Ambitieweb",
        organisation="Gemeente Vijfheerenlanden",
        year=2023,
        contract_type="works",
        procedure="national_open",
        value_band="1m_5m",
        duration_months=12,
        cpv=("45233140",),
        product_group="wegen",
        themes=(WEB, "circulair-inrichten-openbare-ruimte"),
        strategies=("R3", "R2"),
        instruments=("Ambitieweb",),
        summary=(
            "Bewoners, ondernemers en de beheerder vulden samen een Ambitieweb in. De keuzes "
            "kwamen één op één terug in de eisen en gunningscriteria."
        ),
        approach=(
            "Voor elk thema waarop het web hoog scoorde, schreef de projectleider een eis of "
            "een gunningscriterium. Thema's met een lage ambitie bleven bewust buiten het bestek."
        ),
        results=(
            "Het hemelwater wordt nu in de straat vastgehouden en de oude banden en tegels zijn "
            "grotendeels hergebruikt."
        ),
        lessons=(
            "Neem het ingevulde web op als bijlage bij de aanbesteding: inschrijvers begrepen "
            "daardoor beter waarom de gemeente iets vroeg."
        ),
        did_not_work=(
            "Energie scoorde hoog in het web, maar er stond niets over in het bestek; dat viel "
            "pas bij de evaluatie op."
        ),
        criteria=(
            C(
                "award",
                2,
                "Plan voor hergebruik",
                "De inschrijver beschrijft welke bestaande materialen terugkomen in de straat en "
                "wat er met de rest gebeurt.",
            ),
            C(
                "requirement",
                2,
                "Hemelwater vasthouden",
                "Het ontwerp houdt een bui van 60 mm in het eigen gebied vast.",
            ),
        ),
        figures=(
            F("Bestaande banden en tegels hergebruikt", 0, 70, "%", "Opleverdossier"),
            F("Waterberging in de straat", 0, 60, "mm", "Ontwerpberekening"),
        ),
    ),
    DemoCase(
        slug="kademuur-herstellen-wijk-bij-duurstede",
        title="Een kademuur herstellen in plaats van vervangen",
        organisation="Gemeente Wijk bij Duurstede",
        year=2018,
        contract_type="works",
        procedure="multiple_private",
        value_band="250k_1m",
        duration_months=6,
        cpv=("45240000",),
        product_group="waterwerken",
        themes=(GWW,),
        strategies=("R4",),
        instruments=("Marktconsultatie",),
        summary=(
            "Een oude kademuur werd na onderzoek hersteld met de eigen stenen, in plaats van "
            "vervangen door een nieuwe damwand."
        ),
        approach=(
            "Een constructeur onderzocht eerst of herstel verantwoord was. Drie aannemers met "
            "ervaring in historisch metselwerk werden uitgenodigd."
        ),
        results=(
            "De kade is hersteld met ruim negen van de tien oorspronkelijke stenen. Het werk "
            "was goedkoper dan een nieuwe damwand en het beeld bleef behouden."
        ),
        lessons=(
            "Een goed vooronderzoek is het halve werk: zonder dat rapport had de gemeente het "
            "risico van herstel niet aangedurfd."
        ),
        did_not_work=(
            "Het hoogwater in het voorjaar legde het werk twee maanden stil; een flexibele "
            "uitvoeringstermijn had stress gescheeld."
        ),
        criteria=(
            C(
                "selection",
                2,
                "Ervaring met historisch metselwerk",
                "De inschrijver heeft in de afgelopen vijf jaar minstens twee kades of muren "
                "met historisch metselwerk hersteld.",
            ),
            C(
                "requirement",
                2,
                "Hergebruik eigen stenen",
                "Bruikbare stenen worden gereinigd en teruggeplaatst; aanvulling gebeurt met "
                "gelijkwaardige tweedehands stenen.",
            ),
        ),
        figures=(
            F("Oorspronkelijke stenen hergebruikt", 0, 92, "%", "Opleverdossier"),
            F("Kosten ten opzichte van nieuwe damwand", 100, 80, "%", "Kostenraming"),
        ),
    ),
]
