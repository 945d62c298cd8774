"""The first texts of the meetings' pages, written for this portal; the coordinator edits
them in the admin afterwards."""

MEETINGS = {
    "slug": "bijeenkomsten",
    "title": "Bijeenkomsten",
    "seo_title": "Bijeenkomsten van het RCIO en de Coalitie Inkoop",
    "search_description": (
        "De data, thema's en agenda's van het Regionaal Circulair Inkoopoverleg (RCIO), dat "
        "elke zes weken plaatsvindt, en van de themasessies van de coalitie."
    ),
    "intro": (
        "Elke zes weken komen de inkopers en duurzaamheidsadviseurs van de deelnemers samen "
        "in het RCIO. Hier vind je de volgende bijeenkomst, het thema en de agenda; leden "
        "melden zich hier aan."
    ),
}
