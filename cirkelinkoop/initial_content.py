"""The portal's first pages, written for it: the texts `setup_site` starts a site with."""

HOME = {
    "title": "Samen circulair inkopen in de regio Utrecht",
    "seo_title": "Coalitie Inkoop Cirkelregio Utrecht: circulair inkopen",
    "search_description": (
        "Overheden in de regio Utrecht leren samen circulair inkopen: het RCIO-overleg, de "
        "deelnemende organisaties en een kennisbank met circulaire aanbestedingen."
    ),
    "intro": (
        "De Coalitie Inkoop van Cirkelregio Utrecht brengt inkopers en projectleiders van "
        "overheden in de regio bij elkaar. Zo leer je van elkaars circulaire aanbestedingen en "
        "hoeft niemand het wiel opnieuw uit te vinden."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Wat is de Coalitie Inkoop?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>In de regio Utrecht is al veel kennis over circulair aanbesteden. Die kennis "
                "zit verspreid over organisaties, netwerken en mensen. De coalitie brengt haar "
                "samen en maakt haar bruikbaar voor iedereen die bij een gemeente, de provincie "
                "of het waterschap inkoopt of projecten leidt.</p>"
                "<p>Werk je aan een aanbesteding voor groenbeheer, een bouwproject of de "
                "inrichting van de openbare ruimte? Dan is de kans groot dat een collega elders "
                "in de regio al iets vergelijkbaars heeft gedaan. Hier vind je die collega, en "
                "wat die ervan heeft geleerd.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Wat vind je op dit portaal?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                '<li><a href="/kennisbank/">Kennisbank</a>: circulaire aanbestedingen uit de '
                "regio, met wat de markt werd gevraagd, wat het opleverde en wat het de "
                "inkopers leerde. Zoek en filter op thema, organisatie en soort opdracht.</li>"
                '<li><a href="/themas/">Thema\'s</a>: de onderwerpen waarop de deelnemers '
                "samen optrekken, met voorbeelden en verder lezen.</li>"
                '<li><a href="/deelnemers/">Deelnemers</a>: de organisaties die meedoen. Leden '
                "vinden na het inloggen hun collega's in de ledenlijst.</li>"
                '<li><a href="/het-rcio/">Het RCIO</a>: hoe het Regionaal Circulair '
                "Inkoopoverleg werkt, dat elke zes weken plaatsvindt.</li>"
                '<li><a href="/deelnemen/">Meedoen</a>: hoe je organisatie aansluit.</li>'
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Wat komt er nog?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Het portaal groeit. Hieraan werken we nu:</p>"
                "<ul>"
                "<li>de bijeenkomsten van het RCIO, met agenda, thema en verslag, en een "
                "agendafeed voor je eigen agenda.</li>"
                "</ul>"
            ),
        },
        {
            "type": "quote",
            "value": {
                "quote": (
                    "Voordat ik een bestek schrijf, kijk ik eerst wie in de regio iets "
                    "vergelijkbaars heeft gedaan. Dat scheelt zoekwerk en levert betere vragen "
                    "aan de markt op."
                ),
                "attribution": "Inkoper bij een deelnemende gemeente",
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Doe mee met de coalitie",
                "text": (
                    "Werk je bij een overheid in de provincie Utrecht en wil je kennis over "
                    "circulair inkopen delen en ophalen? Meld je organisatie aan."
                ),
                "button_label": "Meld je organisatie aan",
                "url": "/deelnemen/",
            },
        },
    ],
}

ABOUT = {
    "slug": "over-de-coalitie",
    "title": "Over de coalitie",
    "seo_title": "Over de Coalitie Inkoop van Cirkelregio Utrecht",
    "search_description": (
        "Waarom overheden met hun inkoop de circulaire economie verder helpen, welke kennis de "
        "Coalitie Inkoop bundelt en welke organisaties in de regio Utrecht meedoen."
    ),
    "intro": (
        "De Coalitie Inkoop hoort bij Cirkelregio Utrecht. Ze helpt overheden in de regio om "
        "hun inkoop in te zetten voor een economie waarin grondstoffen en producten zo lang "
        "mogelijk meegaan."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Waarom inkoop ertoe doet", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Overheden kopen veel in: van kantoormeubilair en ICT tot groenonderhoud, "
                "wegen en bruggen. Elke opdracht is een kans om te kiezen voor producten die lang "
                "meegaan, die je kunt hergebruiken of die zelf uit hergebruikt materiaal bestaan. "
                "Zo vraag je als inkoper de markt direct om circulaire oplossingen.</p>"
                "<p>Circulair inkopen hoeft niet duurder te zijn dan een gewone aanbesteding. "
                "Het vraagt wel om een andere blik: op de hele levensduur van een product, op "
                "wat er na gebruik mee gebeurt en op wat de markt al kan. Bovendien helpt het "
                "je organisatie bij andere doelen, zoals minder uitstoot en een samenleving "
                "waarin iedereen kan meedoen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Opdrachtgever in de bouw", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Laat je bouwprojecten of werken in de grond-, weg- en waterbouw uitvoeren? "
                "Dan heb je extra veel invloed, omdat het om grote hoeveelheden materiaal gaat. "
                "Leg je circulaire ambities al vroeg in een project vast, dan geef je bedrijven "
                "de ruimte om met slimme oplossingen te komen.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Kennis uit de regio, makkelijk te vinden", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>In Utrecht bouwen verschillende organisaties kennis op over circulaire "
                "aanbestedingen bij de overheid. De coalitie gaat die kennis niet opnieuw "
                "ontwikkelen. Ze zorgt ervoor dat inkopers en projectleiders van gemeenten, "
                "provincie en waterschap haar kunnen vinden en gebruiken. Het gaat onder meer "
                "om de kennis van:</p>"
                "<ul>"
                "<li>Cirkelstad Utrecht</li>"
                "<li>ROM Utrecht Region</li>"
                '<li><a href="https://www.pianoo.nl/">PIANOo</a></li>'
                "<li>BouwCirculair</li>"
                "</ul>"
                "<p>Daarvoor werkt de coalitie nauw samen met opdrachtgevers en inkopers van "
                "gemeenten. Zij weten als geen ander welke vragen er in de praktijk spelen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Wie doen er mee?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>In de coalitie werken deze overheden samen:</p>"
                "<ul>"
                "<li>de Provincie Utrecht;</li>"
                "<li>het Hoogheemraadschap De Stichtse Rijnlanden;</li>"
                "<li>het Inkoopbureau Midden Nederland;</li>"
                "<li>de meeste gemeenten in de provincie Utrecht.</li>"
                "</ul>"
                '<p>Op de pagina <a href="/deelnemers/">Deelnemers</a> zie je welke '
                "organisaties meedoen, en welke voorbeelden ze delen in de "
                '<a href="/kennisbank/">kennisbank</a>. Hun inkopers en '
                'duurzaamheidsadviseurs ontmoeten elkaar in het <a href="/het-rcio/">Regionaal '
                "Circulair Inkoopoverleg</a>.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Plannen voor later", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>De coalitie kijkt of ze op termijn meer kan doen dan kennis delen. Denk aan "
                "een marktconsultatie die meerdere organisaties samen houden, of aan "
                "themabijeenkomsten over onderwerpen die veel deelnemers bezighouden. Daarover "
                "is nog niets besloten. Heb je ideeën, of wil je meedenken? Laat het ons "
                "weten.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Contact", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                '<p>Heb je een vraag over de coalitie? Stel haar via het <a href="/contact/">'
                "contactformulier</a>, of bel of mail de coördinator: de gegevens staan "
                "onderaan elke pagina. Wil je met je organisatie aansluiten? "
                '<a href="/deelnemen/">Meld je organisatie aan</a>.</p>'
            ),
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Benieuwd hoe een overleg verloopt?",
                "text": (
                    "Elke zes weken delen collega's uit de regio hun ervaringen in het RCIO. "
                    "Lees wat je daar kunt verwachten."
                ),
                "button_label": "Over het RCIO",
                "url": "/het-rcio/",
            },
        },
    ],
}

RCIO = {
    "slug": "het-rcio",
    "title": "Het RCIO",
    "seo_title": "Het RCIO: Regionaal Circulair Inkoopoverleg Utrecht",
    "search_description": (
        "Elke zes weken delen inkopers en duurzaamheidsadviseurs van overheden in Utrecht in "
        "het RCIO hun ervaringen met circulaire aanbestedingen. Zo werkt het overleg."
    ),
    "intro": (
        "Om de zes weken zoeken inkopers en duurzaamheidsadviseurs van overheden in de "
        "provincie Utrecht elkaar op in het Regionaal Circulair Inkoopoverleg (RCIO), om van "
        "elkaar te leren."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Wat is het RCIO?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>In het RCIO vertellen deelnemers over hun aanbestedingen: opdrachten die "
                "al circulair zijn, en opdrachten die die kant op gaan. Wat ging goed? Waar "
                "liepen ze tegenaan? En wat zouden ze een volgende keer anders doen?</p>"
                "<p>Het overleg is er vooral om samen kennis op te bouwen. Hoor je hoe een "
                "andere organisatie een vergelijkbare opdracht heeft aangepakt, dan kom je zelf "
                "sneller verder. Zo hoeft niet iedere organisatie alles zelf uit te zoeken.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Waar gaat het over?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Vaak staat er een thema centraal, waarover je de laatste stand van zaken "
                "hoort. Ook laten deelnemers zien wat bij hen goed werkte. Eerdere thema's waren "
                "bijvoorbeeld:</p>"
                "<ul>"
                "<li>duurzaam groenbeheer;</li>"
                "<li>de openbare ruimte duurzaam en circulair inrichten.</li>"
                "</ul>"
                "<p>Ook strategische onderwerpen komen aan bod, zoals:</p>"
                "<ul>"
                "<li>inkoopbeleid opstellen;</li>"
                "<li>de Aanpak Duurzaam GWW toepassen;</li>"
                "<li>werken met het Ambitieweb.</li>"
                "</ul>"
                "<p>De Aanpak Duurzaam GWW helpt opdrachtgevers in de grond-, weg- en waterbouw "
                "om duurzaamheid in elke fase van een project mee te nemen. Het Ambitieweb is "
                "een hulpmiddel uit die aanpak om samen ambities vast te leggen.</p>"
                "<p>Besproken voorbeelden krijgen een plek in de "
                '<a href="/kennisbank/">kennisbank</a> op dit portaal. Heb je een onderwerp dat '
                "je graag besproken ziet? "
                'Geef het door via het <a href="/contact/">contactformulier</a>.</p>'
            ),
        },
        {
            "type": "quote",
            "value": {
                "quote": (
                    "Juist de verhalen over wat niet lukte, helpen mij verder. Die lees je in "
                    "geen enkele handreiking."
                ),
                "attribution": "Duurzaamheidsadviseur bij een deelnemende organisatie",
            },
        },
        {"type": "heading", "value": {"text": "Zo verloopt een bijeenkomst", "level": "h2"}},
        {"type": "heading", "value": {"text": "Vooraf", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Elke bijeenkomst krijgt straks een eigen pagina op dit portaal, met de "
                "agenda, het thema, de plek en hoe je online aansluit. Als lid meld je je daar "
                "aan, zodat de coördinator weet wie er komen. Tot die pagina's er zijn, hoor je "
                "van de coördinator wanneer en waar het volgende overleg is.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Tijdens het overleg", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Je hoort hoe het staat met lopende aanbestedingen bij andere organisaties, "
                "ziet geslaagde aanpakken en gaat in op het thema van die keer. Er is altijd "
                "ruimte om elkaar vragen te stellen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Na afloop", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Straks komen het verslag en de presentaties bij de bijeenkomst te staan, "
                "alleen te lezen voor leden die zijn ingelogd. Ook de afspraken uit het overleg "
                "krijgen dan een plek: een overzicht van de acties die nog openstaan.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "In je agenda", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Zodra de bijeenkomsten op dit portaal staan, kun je elke bijeenkomst los in "
                "je agenda zetten, of de agendafeed met alle bijeenkomsten toevoegen aan je "
                "agenda-app. Verandert er iets, dan past je agenda zich vanzelf aan. Leden "
                "krijgen daarvoor ook een persoonlijke agendalink bij hun account.</p>"
            ),
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Ook aansluiten bij het RCIO?",
                "text": (
                    "Het overleg is er voor inkopers en duurzaamheidsadviseurs van overheden in "
                    "de regio Utrecht. Doet jouw organisatie nog niet mee? Lees hoe ze "
                    "aansluit."
                ),
                "button_label": "Zo doe je mee",
                "url": "/over-de-coalitie/",
            },
        },
    ],
}

PRIVACY = {
    "slug": "privacyverklaring",
    "title": "Privacyverklaring",
    "seo_title": "Privacyverklaring van de Coalitie Inkoop",
    "search_description": (
        "Welke persoonsgegevens dit portaal van de Coalitie Inkoop verwerkt, waarom, hoe lang "
        "we ze bewaren en welke rechten je hebt onder de AVG."
    ),
    "intro": (
        "In deze verklaring lees je welke persoonsgegevens dit portaal verwerkt, waarvoor we "
        "ze gebruiken, hoe lang we ze bewaren en welke rechten je hebt."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Wie is verantwoordelijk?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>De Coalitie Inkoop van Cirkelregio Utrecht beheert dit portaal. Zij is "
                "verantwoordelijk voor wat er met je persoonsgegevens gebeurt. Heb je een vraag "
                "over privacy? Stel die aan de coördinator van de coalitie via "
                "de contactgegevens onderaan elke pagina.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Welke gegevens verwerken we?", "level": "h2"}},
        {"type": "heading", "value": {"text": "Je account", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Heb je een account, dan bewaren we je naam, je e-mailadres, de "
                "organisatie waarvoor je werkt en je rol. Je wachtwoord slaan we niet leesbaar "
                "op. Alleen als je daarvoor kiest, zien andere leden je naam, organisatie, "
                "rol en contactgegevens in de ledenlijst.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Aanmeldingen en contactverzoeken", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                '<p>Vul je het <a href="/deelnemen/">aanmeldformulier</a> of het '
                '<a href="/contact/">contactformulier</a> in, dan ontvangen we je naam, '
                "e-mailadres, "
                "telefoonnummer (als je dat invult), organisatie en bericht.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Aanmeldingen voor bijeenkomsten", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Aanmelden voor een bijeenkomst van het RCIO kan nog niet via dit portaal. "
                "Zodra dat kan, leggen we vast dat je komt, en zien andere leden je naam op de "
                "deelnemerslijst van die bijeenkomst. We passen deze verklaring dan aan.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Waarvoor gebruiken we je gegevens?", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>We gebruiken je gegevens alleen voor het doel waarvoor je ze geeft. Voor "
                "elk doel geldt een grondslag uit artikel 6 van de Algemene verordening "
                "gegevensbescherming (AVG):</p>"
                "<ul>"
                "<li><b>Account en aanmeldingen voor bijeenkomsten</b>: je krijgt toegang tot "
                "materiaal voor leden, kunt je aanmelden voor bijeenkomsten en voorbeelden "
                "delen. Grondslag: uitvoering van een taak van algemeen belang, namelijk de "
                "samenwerking van overheden aan duurzaam en circulair inkopen.</li>"
                "<li><b>Aanmeldingen van organisaties</b>: we beoordelen je verzoek en nemen "
                "contact met je op. Grondslag: toestemming, die je in het formulier geeft.</li>"
                "<li><b>Contactverzoeken</b>: we beantwoorden je vraag. Grondslag: toestemming, "
                "die je in het formulier geeft.</li>"
                "</ul>"
                "<p>Je kunt je toestemming altijd intrekken. We verwijderen je verzoek dan.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Hoe lang bewaren we je gegevens?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li>Aanmeldingen van organisaties en contactverzoeken verwijderen we "
                "automatisch 12 maanden nadat we ze hebben afgehandeld.</li>"
                "<li>Je account en je aanmeldingen voor bijeenkomsten bewaren we tot je je "
                "account verwijdert.</li>"
                "</ul>"
                '<p>Op <a href="/account/gegevens/">Mijn gegevens</a> zie je welke gegevens we '
                "van je hebben. Daar download je ze als bestand en verwijder je je account.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Delen we je gegevens?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>We verkopen je gegevens niet en geven ze niet aan andere partijen. Alleen "
                "de partijen die we nodig hebben om dit portaal te laten draaien, zoals de "
                "hostingpartij, kunnen bij de gegevens. Zij werken in onze opdracht als "
                "verwerker. Met hen maken we afspraken in een verwerkersovereenkomst, zoals de "
                "AVG voorschrijft.</p>"
                "<p>Binnen de coalitie kunnen alleen de coördinator en de beheerders van het "
                "portaal aanmeldingen en contactverzoeken inzien.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Cookies en meten", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Dit portaal volgt je niet. We gebruiken geen analysesoftware, geen "
                "advertenties en geen cookies van andere partijen. We plaatsen alleen cookies "
                "die nodig zijn om de site te laten werken:</p>"
                "<ul>"
                "<li>een sessiecookie, die onthoudt dat je bent ingelogd;</li>"
                "<li>een beveiligingscookie (CSRF), die formulieren beschermt tegen misbruik."
                "</li>"
                "</ul>"
                "<p>Voor deze functionele cookies is geen toestemming nodig. Daarom zie je op "
                "dit portaal geen cookiemelding.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Jouw rechten", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Onder de AVG heb je deze rechten:</p>"
                "<ul>"
                "<li><b>inzage</b>: je mag weten welke gegevens we van je hebben;</li>"
                "<li><b>correctie</b>: kloppen je gegevens niet, dan passen we ze aan;</li>"
                "<li><b>verwijdering</b>: je kunt vragen om je gegevens te wissen;</li>"
                "<li><b>bezwaar</b>: je kunt bezwaar maken tegen het gebruik van je gegevens;"
                "</li>"
                "<li><b>dataportabiliteit</b>: je kunt je gegevens downloaden en meenemen.</li>"
                "</ul>"
                "<p>Voor elk van deze rechten neem je contact op via de contactgegevens "
                "onderaan elke pagina. "
                "We reageren binnen een maand.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Een klacht indienen", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Ben je niet tevreden over hoe we met je gegevens omgaan? Laat het ons eerst "
                "weten, dan zoeken we samen naar een oplossing. Je hebt ook altijd het recht "
                "om een klacht in te dienen bij de "
                '<a href="https://www.autoriteitpersoonsgegevens.nl/">Autoriteit '
                "Persoonsgegevens</a>, de Nederlandse toezichthouder op privacy.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Wijzigingen", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Verandert het portaal, dan passen we deze verklaring aan. De nieuwste "
                "versie staat altijd op deze pagina.</p>"
            ),
        },
    ],
}

# Built like the Dutch model statement (modelverklaring, toegankelijkheidsverklaring.nl):
# status, research, scope, known problems, contact, complaints. The date, the research
# and the example problem are the demo's and are marked so: a real site fills in its own.
EXAMPLE = "<b>[Voorbeeldwaarde in de demo]</b>"

ACCESSIBILITY = {
    "slug": "toegankelijkheidsverklaring",
    "title": "Toegankelijkheidsverklaring",
    "seo_title": "Toegankelijkheidsverklaring van Cirkelinkoop",
    "search_description": (
        "In hoeverre dit portaal van de Coalitie Inkoop voldoet aan de toegankelijkheidseisen, "
        "hoe we dat hebben onderzocht, welke problemen we kennen en hoe je er een meldt."
    ),
    "intro": (
        "De Coalitie Inkoop van Cirkelregio Utrecht wil dat iedereen dit portaal kan "
        "gebruiken, ook mensen met een beperking. In deze verklaring lees je hoe ver we daarmee "
        "zijn."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                f"<p>{EXAMPLE} De datums, het onderzoek en het bekende probleem op deze pagina "
                "zijn voorbeelden van de demo. Ze laten zien hoe de verklaring is opgebouwd. "
                "Vervang ze door de echte gegevens voordat het portaal live gaat.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Over welke website gaat het?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Deze verklaring gaat over alle pagina's van het portaal Cirkelinkoop, ook "
                "de pagina's voor leden en de formulieren. Ze gaat niet over de beheeromgeving "
                "die alleen de coördinator gebruikt, en niet over documenten die deelnemende "
                "organisaties zelf aanleveren.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Nalevingsstatus", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                f"<p>{EXAMPLE} Dit portaal voldoet gedeeltelijk aan de eisen: de Web Content "
                "Accessibility Guidelines (WCAG) 2.1 op niveau AA, zoals die in de Europese "
                "norm EN 301 549 staan. Het Besluit digitale toegankelijkheid overheid "
                "verplicht Nederlandse overheidsorganisaties om aan deze norm te voldoen. "
                "Hieronder staat welke problemen we kennen en wanneer we ze oplossen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Het laatste onderzoek", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                f"<p>{EXAMPLE} Datum van het laatste onderzoek: 1 november 2026.</p>"
                "<p>Methode: we hebben de pagina's zelf onderzocht, met de werkwijze van "
                "WCAG-EM. Zo hebben we het gedaan:</p>"
                "<ul>"
                "<li><b>Automatische controle</b>: bij elke nieuwe versie controleren we elke "
                "pagina in een echte browser met axe-core, een veelgebruikt testprogramma voor "
                "toegankelijkheid.</li>"
                "<li><b>Toetsenbordtest</b>: we controleren of je alle onderdelen met alleen "
                "een toetsenbord kunt bereiken en gebruiken, en of je steeds ziet waar je "
                "bent.</li>"
                "<li><b>Controle met de hand</b>: we kijken zelf naar wat een programma niet "
                "kan beoordelen, zoals de volgorde van de koppen, de teksten van links en de "
                "beschrijvingen bij afbeeldingen.</li>"
                "</ul>"
                "<p>Een onderzoek door een onafhankelijke deskundige staat gepland. Het "
                "rapport zetten we op deze pagina zodra het er is.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Bekende problemen", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                f"<p>{EXAMPLE} Dit probleem is een voorbeeld van hoe we een bekend probleem "
                "beschrijven:</p>"
                "<ul>"
                "<li><b>Wat</b>: documenten die deelnemende organisaties aanleveren, zoals "
                "aanbestedingsstukken in pdf, zijn niet altijd goed te lezen met een "
                "schermlezer.</li>"
                "<li><b>Waarom</b>: de documenten maken de organisaties zelf.</li>"
                "<li><b>Wat we doen</b>: we vragen om toegankelijke versies en helpen je zelf "
                "als je een document niet kunt lezen.</li>"
                "<li><b>Opgelost</b>: uiterlijk 1 juni 2027.</li>"
                "</ul>"
                "<p>Vinden we een nieuw probleem, of meld jij er een, dan zetten we het hier, "
                "met wat we eraan doen en wanneer het is opgelost.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Een probleem melden", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Loop je op dit portaal ergens tegenaan? Meld het via het "
                '<a href="/contact/">contactformulier</a>. Lukt dat niet, mail of bel dan de '
                "coördinator: de gegevens staan onderaan elke pagina. Vertel op welke pagina "
                "het was en wat er misging. Gebruik je hulpsoftware, zoals een schermlezer? "
                "Noem die dan ook.</p>"
                "<p>Je krijgt binnen 5 werkdagen een antwoord. Binnen 3 weken laten we weten "
                "wat we met je melding doen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Niet tevreden?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Ben je niet tevreden over hoe we je melding hebben afgehandeld? Dan kun "
                "je een klacht indienen bij de Nationale ombudsman, op "
                '<a href="https://www.nationaleombudsman.nl/">nationaleombudsman.nl</a>.</p>'
            ),
        },
        {"type": "heading", "value": {"text": "Over deze verklaring", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                f"<p>{EXAMPLE} Deze verklaring is opgesteld op 1 november 2026 en voor het "
                "laatst bijgewerkt op 1 november 2026. Nederlandse overheidsorganisaties "
                "nemen hun verklaring op in het openbare register op "
                "toegankelijkheidsverklaring.nl. Bij elke belangrijke wijziging van het portaal "
                "kijken we deze verklaring opnieuw na.</p>"
            ),
        },
    ],
}

# The members app's pages (members.models.pages): their addresses are fixed.
PARTICIPANTS = {
    "slug": "deelnemers",
    "title": "Deelnemers",
    "seo_title": "Deelnemers aan de Coalitie Inkoop Cirkelregio Utrecht",
    "search_description": (
        "De provincie, het waterschap, het inkoopbureau, de gemeenten en de kennispartners "
        "die in de regio Utrecht samen circulair inkopen in de Coalitie Inkoop."
    ),
    "intro": (
        "Deze organisaties kopen samen circulair in binnen de Coalitie Inkoop van "
        "Cirkelregio Utrecht."
    ),
}

JOIN = {
    "slug": "deelnemen",
    "title": "Doe mee met de coalitie",
    "seo_title": "Meedoen met de Coalitie Inkoop Cirkelregio Utrecht",
    "search_description": (
        "Koopt je organisatie in voor de overheid in de provincie Utrecht en wil ze circulair "
        "inkopen? Vraag hier aan om mee te doen met de Coalitie Inkoop en het RCIO."
    ),
    "intro": (
        "Is je organisatie een publieke opdrachtgever in de provincie Utrecht en wil ze "
        "circulair inkopen? Vraag dan om mee te doen: de coördinator leest elke aanvraag en "
        "antwoordt binnen een paar weken."
    ),
    "body": (
        "<h2>Wat meedoen inhoudt</h2>"
        "<ul>"
        "<li>Je inkopers en adviseurs schuiven elke zes weken aan bij het Regionaal Circulair "
        "Inkoopoverleg (RCIO).</li>"
        "<li>Ze krijgen een account voor de ledenlijst en voor wat de coalitie met haar leden "
        "deelt.</li>"
        "<li>Je organisatie deelt haar circulaire aanbestedingen, zodat anderen ervan kunnen "
        'leren, in de <a href="/kennisbank/">kennisbank</a> op dit portaal.</li>'
        "</ul>"
    ),
    "thanks_title": "Bedankt voor je aanvraag",
    "thanks_intro": (
        "We hebben je aanvraag om mee te doen ontvangen. Je krijgt binnen een paar minuten een "
        "bevestiging per e-mail."
    ),
    "thanks_body": (
        "<h2>Wat gebeurt er nu?</h2>"
        "<ol>"
        "<li>De coördinator leest je aanvraag en belt je misschien met vragen.</li>"
        "<li>Je hoort het besluit per e-mail, meestal binnen drie weken.</li>"
        "<li>Na goedkeuring krijg je een uitnodiging om je account aan te maken, en ben je "
        "welkom bij het volgende RCIO.</li>"
        "</ol>"
    ),
}

CONTACT = {
    "slug": "contact",
    "title": "Contact",
    "seo_title": "Contact met de coördinator van de Coalitie Inkoop",
    "search_description": (
        "Een vraag over de Coalitie Inkoop, een aanbesteding of het RCIO? Stel haar via dit "
        "formulier aan de coördinator; je krijgt per e-mail antwoord."
    ),
    "intro": (
        "Een vraag over de coalitie, een aanbesteding of het RCIO? Stuur die naar de "
        "coördinator; je krijgt per e-mail antwoord."
    ),
    "body": (
        '<p>Wil jouw organisatie meedoen? Gebruik dan het <a href="/deelnemen/">'
        "aanvraagformulier</a>.</p>"
    ),
    "thanks_title": "Bedankt voor je bericht",
    "thanks_intro": (
        "Je bericht is aangekomen bij de coördinator. Je krijgt per e-mail antwoord, meestal "
        "binnen vijf werkdagen."
    ),
    "thanks_body": "",
}

FOOTER_TEXT = (
    "Cirkelinkoop is het portaal van de Coalitie Inkoop van Cirkelregio Utrecht, waarin "
    "overheden uit de regio Utrecht samen leren circulair in te kopen."
)
