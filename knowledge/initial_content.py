"""The first texts of the case library's pages, written for this portal; the coordinator
edits them in the admin afterwards."""

LIBRARY = {
    "slug": "kennisbank",
    "title": "Kennisbank",
    "seo_title": "Kennisbank circulaire aanbestedingen in de regio Utrecht",
    "search_description": (
        "Circulaire aanbestedingen van overheden in de regio Utrecht: wat ze vroegen, wat het "
        "opleverde in cijfers, wat ze leerden, met criteria om over te nemen."
    ),
    "intro": (
        "Circulaire aanbestedingen van de deelnemers: wat ze de markt vroegen, wat het "
        "opleverde en wat ze de volgende keer anders doen. Zoek een vergelijkbare opdracht en "
        "neem de criteria over."
    ),
}

THEMES = {
    "slug": "themas",
    "title": "Thema's",
    "seo_title": "Thema's van circulair inkopen in de regio Utrecht",
    "search_description": (
        "De thema's waarop de Coalitie Inkoop samen circulair inkoopt, van groenbeheer tot de "
        "openbare ruimte, met voorbeelden en verder lezen."
    ),
    "intro": (
        "De onderwerpen waarop de deelnemers samen optrekken, elk met de aanbestedingen die "
        "erbij horen en waar je verder leest."
    ),
}

MEMBERS_DOCUMENTS_COLLECTION = "Documenten voor leden"
