"""Demo cases on energy and mobility: street lighting and cars. Fictional tenders of
real organisations; every case says so on its page."""

from knowledge.demo.records import C, DemoCase, F

PUBLIC_SPACE = "circulair-inrichten-openbare-ruimte"
POLICY = "inkoopbeleid"

CASES = [
    DemoCase(
        slug="ledverlichting-in-bestaande-masten-stichtse-vecht",
        title="Ledverlichting in de bestaande lichtmasten",
        organisation="Gemeente Stichtse Vecht",
        year=2021,
        contract_type="supplies",
        procedure="european_open",
        value_band="1m_5m",
        duration_months=36,
        cpv=("34993000",),
        product_group="openbare-verlichting",
        themes=(PUBLIC_SPACE,),
        strategies=("R4", "R5"),
        instruments=("Total cost of ownership (TCO)", "MVI-criteria"),
        summary=(
            "De straatverlichting ging over op led, maar de masten bleven staan: alleen de "
            "armaturen werden vervangen, en die zijn modulair en te repareren."
        ),
        approach=(
            "De gemeente liet eerst de masten inspecteren. Masten in goede staat blijven; de "
            "inschrijvers werden beoordeeld op de totale kosten over twintig jaar."
        ),
        results=(
            "Het stroomverbruik van de openbare verlichting daalde met meer dan de helft. "
            "Ruim negen op de tien masten konden blijven staan."
        ),
        lessons=(
            "Vergelijk op de kosten over de hele levensduur: de goedkoopste armatuur was over "
            "twintig jaar de duurste."
        ),
        did_not_work=(
            "De eerste planning ging uit van vervanging per straat; per wijk werken bleek veel "
            "efficiënter en had minder klachten opgeleverd."
        ),
        criteria=(
            C(
                "requirement",
                2,
                "Modulaire armatuur",
                "Driver en ledmodule zijn zonder speciaal gereedschap los te vervangen, en "
                "onderdelen blijven tien jaar leverbaar.",
            ),
            C(
                "award",
                2,
                "Kosten over de levensduur",
                "Beoordeling op de totale kosten van aanschaf, energie en onderhoud over "
                "twintig jaar, volgens het rekenmodel in de bijlage.",
            ),
        ),
        figures=(
            F("Stroomverbruik openbare verlichting", 2100, 880, "MWh/jaar", "Energienota"),
            F("Lichtmasten hergebruikt", None, 92, "%", "Opleveringsrapport"),
        ),
    ),
    DemoCase(
        slug="elektrische-deelautos-leusden",
        title="Elektrische deelauto's in plaats van een eigen wagenpark",
        organisation="Gemeente Leusden",
        year=2023,
        contract_type="services",
        procedure="national_open",
        value_band="50k_250k",
        duration_months=48,
        cpv=("34144900",),
        product_group="vervoer",
        themes=(POLICY,),
        strategies=("R0", "R1"),
        instruments=("Total cost of ownership (TCO)",),
        summary=(
            "Het eigen wagenpark van zes dienstauto's maakte plaats voor elektrische "
            "deelauto's die buiten kantoortijd ook voor bewoners beschikbaar zijn."
        ),
        approach=(
            "In plaats van nieuwe auto's te kopen, vroeg de gemeente de markt om mobiliteit als "
            "dienst. De rekensom over de hele looptijd gaf de doorslag."
        ),
        results=(
            "Vier deelauto's vervangen de zes dienstauto's. Ze worden veel vaker gebruikt, "
            "ook door inwoners in de avonden en weekenden."
        ),
        lessons=(
            "Begin met het gebruik te meten: de dienstauto's stonden meer dan de helft van de "
            "tijd stil."
        ),
        did_not_work=(
            "Op drukke dagen waren er te weinig auto's beschikbaar voor de buitendienst; een "
            "voorrangsregeling voor medewerkers kwam pas later."
        ),
        criteria=(
            C(
                "requirement",
                3,
                "Emissievrij",
                "Alle auto's zijn volledig elektrisch en laden met groene stroom.",
            ),
            C(
                "award",
                2,
                "Beschikbaarheid",
                "Punten voor de gegarandeerde beschikbaarheid voor medewerkers tijdens "
                "kantoortijd.",
            ),
        ),
        figures=(
            F("Auto's", 6, 4, "stuks", "Contract"),
            F("Bezettingsgraad", 40, 75, "%", "Boekingssysteem"),
        ),
        tags=("mobiliteit",),
    ),
]
