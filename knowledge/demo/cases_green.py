"""Demo cases on green space: maintenance, verges, trees. Fictional tenders of real
organisations; every case says so on its page."""

from knowledge.demo.records import C, DemoCase, F

GREEN = "duurzaam-groenbeheer"

CASES = [
    DemoCase(
        slug="emissievrij-groenonderhoud-utrecht",
        title="Emissievrij groenonderhoud in vier stadsdelen",
        organisation="Gemeente Utrecht",
        year=2023,
        contract_type="services",
        procedure="european_open",
        value_band="5m_plus",
        duration_months=72,
        cpv=("77310000", "77313000", "77314000"),
        product_group="groenbeheer",
        themes=(GREEN,),
        strategies=("R1", "R2"),
        instruments=("MVI-criteria", "CO2-Prestatieladder", "Marktconsultatie"),
        summary=(
            "Vier percelen groenonderhoud, uitgevraagd met emissievrij klein materieel als eis "
            "en een plan voor biodiversiteit als gunningscriterium. De uitstoot van het "
            "materieel daalde met ruim de helft, zonder dat de prijs steeg."
        ),
        approach=(
            "Een marktconsultatie met acht hoveniers liet zien dat elektrisch klein materieel "
            "gangbaar is, maar groot materieel nog niet. Daarom werd klein materieel een eis en "
            "kreeg groot materieel een overgangstermijn van drie jaar."
        ),
        results=(
            "Alle vier de percelen werden gegund aan inschrijvers die vanaf de start met "
            "elektrische bosmaaiers, heggenscharen en bladblazers werken. Het maaisel gaat "
            "naar een composteerder in de regio."
        ),
        lessons=(
            "Vraag de inschrijver het biodiversiteitsplan per perceel uit te werken: algemene "
            "plannen scoorden allemaal even hoog en maakten geen verschil."
        ),
        did_not_work=(
            "De overgangstermijn voor groot materieel was te vrijblijvend geformuleerd. Na "
            "twee jaar reed er nog steeds diesel; een tussentijdse mijlpaal had geholpen."
        ),
        criteria=(
            C(
                "requirement",
                2,
                "Emissievrij klein materieel",
                "Al het handgedragen materieel (bosmaaiers, heggenscharen, bladblazers, "
                "kettingzagen) is vanaf de ingangsdatum elektrisch aangedreven.",
            ),
            C(
                "award",
                3,
                "Plan voor biodiversiteit",
                "De inschrijver beschrijft per perceel hoe het maaibeheer, de maaimomenten en "
                "het afvoeren van maaisel bijdragen aan meer soorten planten en insecten.",
            ),
            C(
                "contract_clause",
                2,
                "Rapportage uitstoot",
                "De opdrachtnemer rapporteert elk half jaar het brandstof- en stroomverbruik "
                "per perceel, zodat de CO2-uitstoot te volgen is.",
            ),
        ),
        figures=(
            F("CO2-uitstoot materieel", 410, 180, "t CO2/jaar", "Halfjaarrapportages"),
            F("Aandeel elektrisch klein materieel", 20, 100, "%", "Materieellijst"),
            F("Prijs per hectare ten opzichte van vorig contract", 0, 0, "%", "Gunning"),
        ),
    ),
    DemoCase(
        slug="bermbeheer-maaisel-als-grondstof-amersfoort",
        title="Bermbeheer met maaisel als grondstof",
        organisation="Gemeente Amersfoort",
        year=2021,
        contract_type="services",
        procedure="european_open",
        value_band="250k_1m",
        duration_months=48,
        cpv=("77314000",),
        product_group="groenbeheer",
        themes=(GREEN,),
        strategies=("R7", "R8"),
        instruments=("MVI-criteria",),
        summary=(
            "Ecologisch maaibeheer van de bermen, waarbij het maaisel niet als afval wordt "
            "afgevoerd maar verwerkt tot bodemverbeteraar en vezels voor karton."
        ),
        approach=(
            "Het bestek liet de verwerking van het maaisel vrij, maar gaf punten voor elke "
            "toepassing hoger op de R-ladder dan vergisten of verbranden."
        ),
        results=(
            "De winnaar laat het maaisel deels vergisten en deels verwerken tot vezels voor "
            "verpakkingskarton. De bermen worden twee keer per jaar gemaaid in plaats van vier."
        ),
        lessons=(
            "Minder vaak maaien scheelt geld, maar levert ook klachten van bewoners op over "
            "'slordige' bermen. Communiceer vooraf waarom de bermen er anders uitzien."
        ),
        did_not_work=(
            "De hoeveelheid maaisel bleek lastig te meten: de opdrachtnemer woog per vracht, "
            "niet per berm, waardoor de cijfers per gebied niet te vergelijken zijn."
        ),
        criteria=(
            C(
                "award",
                2,
                "Hoogwaardige verwerking van maaisel",
                "Punten voor het aandeel maaisel dat wordt verwerkt tot product of grondstof, "
                "in plaats van vergist of verbrand.",
            ),
            C(
                "requirement",
                1,
                "Maaien en afvoeren",
                "Het maaisel wordt binnen tien dagen na het maaien afgevoerd, zodat de bodem "
                "verschraalt.",
            ),
        ),
        figures=(
            F("Maaisel hoogwaardig verwerkt", 0, 45, "%", "Weegbonnen opdrachtnemer"),
            F("Maaibeurten per jaar", 4, 2, "keer", "Beheerplan"),
        ),
    ),
    DemoCase(
        slug="bomen-van-duurzame-kwekerijen-houten",
        title="Bomen en beplanting van duurzame kwekerijen",
        organisation="Gemeente Houten",
        year=2019,
        contract_type="supplies",
        procedure="multiple_private",
        value_band="50k_250k",
        duration_months=24,
        cpv=("03452000", "03451000"),
        product_group="bomen-en-beplanting",
        themes=(GREEN,),
        strategies=("R2",),
        instruments=("MVI-criteria",),
        summary=(
            "Levering van straatbomen en vaste planten, geteeld zonder chemische "
            "bestrijdingsmiddelen en met een aanslaggarantie van drie jaar."
        ),
        approach=(
            "Drie kwekerijen werden uitgenodigd. De gemeente vroeg een aanslaggarantie, zodat "
            "de kwekerij belang heeft bij gezonde bomen die goed aanslaan."
        ),
        results=(
            "Het aandeel bomen dat na drie jaar nog goed groeit steeg duidelijk, en er hoefden "
            "minder bomen opnieuw geplant te worden."
        ),
        lessons=(
            "Een garantie werkt alleen als de gemeente zelf de nazorg (water geven) goed regelt. "
            "Leg vast wie wat doet in de eerste zomers."
        ),
        did_not_work=(
            "Het keurmerk dat in het bestek stond, bleek bij één soort niet te krijgen. Vraag "
            "'een gelijkwaardige aanpak' toe te lichten in plaats van één keurmerk te eisen."
        ),
        criteria=(
            C(
                "requirement",
                2,
                "Teelt zonder chemische middelen",
                "De bomen en planten zijn geteeld zonder chemische gewasbeschermingsmiddelen; "
                "de inschrijver toont dit aan met een keurmerk of een gelijkwaardig bewijs.",
            ),
            C(
                "contract_clause",
                2,
                "Aanslaggarantie",
                "Bomen die binnen drie jaar na planten niet zijn aangeslagen, vervangt de "
                "leverancier kosteloos.",
            ),
        ),
        figures=(F("Aangeslagen bomen na drie jaar", 85, 96, "%", "Boomschouw gemeente"),),
    ),
    DemoCase(
        slug="dijkgras-beheren-met-schapen-hdsr",
        title="Dijkgras beheren met schapen en maaien op maat",
        organisation="Hoogheemraadschap De Stichtse Rijnlanden",
        year=2022,
        contract_type="services",
        procedure="european_open",
        value_band="1m_5m",
        duration_months=60,
        cpv=("77314000", "77310000"),
        product_group="groenbeheer",
        themes=(GREEN,),
        strategies=("R1", "R2"),
        instruments=("Marktconsultatie", "CO2-Prestatieladder"),
        summary=(
            "Het beheer van de grasmat op de dijken, deels met schaapskuddes en deels met "
            "maaien, gericht op een sterke erosiebestendige grasmat en minder machine-uren."
        ),
        approach=(
            "Na een marktconsultatie met herders en loonwerkers werd de opdracht per dijkvak "
            "verdeeld in begrazen of maaien, afhankelijk van de steilheid en de bereikbaarheid."
        ),
        results=(
            "Op de begraasde dijkvakken is de grasmat dichter geworden. Er rijden minder "
            "tractoren over de dijk, wat schade en uitstoot scheelt."
        ),
        lessons=(
            "Schapen vragen om afspraken over hekken, wandelaars met honden en de "
            "waterhuishouding van de kudde: betrek de gebiedsbeheerder vanaf het begin."
        ),
        did_not_work=(
            "In een droge zomer was er te weinig gras voor de geplande kuddegrootte; het "
            "contract had geen regeling om de kudde tijdelijk kleiner te maken."
        ),
        criteria=(
            C(
                "award",
                2,
                "Plan voor de grasmat",
                "De inschrijver beschrijft per dijkvak hoe begrazing of maaien bijdraagt aan een "
                "dichte, erosiebestendige grasmat.",
            ),
            C(
                "selection",
                1,
                "Ervaring met begrazing van waterkeringen",
                "De inschrijver heeft in de afgelopen vijf jaar minstens één waterkering of "
                "vergelijkbaar talud met schapen beheerd.",
            ),
            C(
                "award",
                2,
                "CO2-Prestatieladder",
                "Fictieve korting op de inschrijfprijs naar de trede van de CO2-Prestatieladder "
                "waarop de inschrijver is gecertificeerd.",
            ),
        ),
        figures=(
            F("Machine-uren op de dijk", 5200, 2900, "uur/jaar", "Urenregistratie"),
            F("Dijkvakken met goede grasmat", 70, 88, "%", "Jaarlijkse dijkinspectie"),
        ),
        members_only=True,
    ),
    DemoCase(
        slug="snoeihout-wordt-bankhout-zeist",
        title="Snoeihout uit de eigen bomen wordt bank en speelaanleiding",
        organisation="Gemeente Zeist",
        year=2024,
        contract_type="services",
        procedure="national_open",
        value_band="50k_250k",
        duration_months=36,
        cpv=("77211500",),
        product_group="bomen-en-beplanting",
        themes=(GREEN, "circulair-inrichten-openbare-ruimte"),
        strategies=("R7",),
        instruments=("Marktconsultatie",),
        summary=(
            "Boomonderhoud waarin het vrijkomende stamhout niet wordt versnipperd, maar wordt "
            "verwerkt tot zitbanken en boomstammen voor speelplekken in dezelfde wijk."
        ),
        approach=(
            "De opdracht combineerde boomonderhoud met het opslaan en laten verzagen van "
            "geschikte stammen. Een lokale houtbewerker werkte als onderaannemer mee."
        ),
        results=(
            "In drie jaar kwamen er ruim veertig banken en tien speelplekken met eigen hout "
            "bij. Bewoners herkennen 'hun' bomen en dat levert positieve reacties op."
        ),
        lessons=(
            "Niet elk hout is geschikt: leg vooraf vast welke soorten en diameters de "
            "opdrachtnemer apart houdt, en waar het hout kan drogen."
        ),
        did_not_work=(
            "De opslagplaats was te klein, waardoor in het eerste jaar toch geschikte stammen "
            "werden versnipperd."
        ),
        criteria=(
            C(
                "requirement",
                2,
                "Stamhout apart houden",
                "Stammen van eik, robinia en lariks met een diameter boven 40 cm worden niet "
                "versnipperd maar naar de opslaglocatie van de gemeente gebracht.",
            ),
            C(
                "award",
                3,
                "Toepassing in de wijk",
                "De inschrijver stelt voor hoe het hout binnen twee jaar terugkomt in de wijk "
                "waar de boom stond.",
            ),
        ),
        figures=(
            F("Stamhout hoogwaardig hergebruikt", 0, 35, "%", "Houtregistratie"),
            F("Banken van eigen hout", None, 42, "stuks", "Beheersysteem openbare ruimte"),
        ),
        tags=("hout", "participatie"),
    ),
    DemoCase(
        slug="ecologisch-bermbeheer-provinciale-wegen",
        title="Ecologisch bermbeheer langs de provinciale wegen",
        organisation="Provincie Utrecht",
        year=2020,
        contract_type="services",
        procedure="european_restricted",
        value_band="1m_5m",
        duration_months=48,
        cpv=("77314000", "77310000"),
        product_group="groenbeheer",
        themes=(GREEN,),
        strategies=("R2",),
        instruments=("MVI-criteria", "CO2-Prestatieladder"),
        summary=(
            "Bermbeheer op de provinciale wegen gericht op bloemrijke bermen, met "
            "resultaatgerichte afspraken over soortenrijkdom in plaats van vaste maaibeurten."
        ),
        approach=(
            "In de selectiefase werden vijf aannemers met ecologische kennis geselecteerd. In "
            "het contract staat welk resultaat de berm moet halen, niet hoe vaak er gemaaid wordt."
        ),
        results=(
            "Het aantal kilometer bloemrijke berm is ruim verdubbeld. De aannemer maait "
            "gefaseerd, zodat insecten altijd ergens voedsel vinden."
        ),
        lessons=(
            "Resultaatgericht contracteren vraagt om een goede nulmeting; zonder die meting "
            "is achteraf niet vast te stellen of de aannemer het resultaat haalde."
        ),
        did_not_work=(
            "De verkeersveiligheid (zicht in bochten) kwam in het begin in het gedrang. Het "
            "bestek had de zichtlijnen duidelijker moeten uitzonderen."
        ),
        criteria=(
            C(
                "selection",
                2,
                "Ecologische deskundigheid",
                "Het team heeft een ecoloog die de beheerplannen opstelt en jaarlijks in het "
                "veld toetst.",
            ),
            C(
                "contract_clause",
                3,
                "Resultaat soortenrijkdom",
                "Per wegvak haalt de berm na drie jaar het afgesproken aantal indicatorsoorten; "
                "anders stelt de opdrachtnemer het beheer kosteloos bij.",
            ),
        ),
        figures=(
            F("Bloemrijke berm", 40, 95, "km", "Vegetatieopname"),
            F("CO2-uitstoot bermbeheer", 260, 190, "t CO2/jaar", "Rapportage opdrachtnemer"),
        ),
    ),
]
