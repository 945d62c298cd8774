"""The foundation's texts that promised the case library ("binnenkort een kennisbank",
"die we nu bouwen") now that it exists: ``setup_site`` brings an existing site up to date.

A text is replaced only while it is still exactly the former default, so a coordinator's
own wording stays; a page with a draft waiting is left alone entirely, so publishing
never takes someone's unfinished edits live. New sites get the new texts from
``initial_content`` directly.
"""

from dataclasses import dataclass

from wagtail.models import Page

from cirkelinkoop import initial_content
from cirkelinkoop.models import HomePage, StandardPage
from members.models import JoinPage


@dataclass(frozen=True)
class FormerDefault:
    texts: dict  # the page's texts in initial_content
    field: str
    block: int | None  # the index of the stream block in initial_content, None for a field
    former: str

    @property
    def current(self) -> str:
        value = self.texts[self.field]
        return value if self.block is None else value[self.block]["value"]


FORMER_DEFAULTS = [
    FormerDefault(
        initial_content.HOME,
        "search_description",
        None,
        (
            "Overheden in de regio Utrecht leren samen circulair inkopen: het RCIO-overleg, "
            "de deelnemende organisaties en binnenkort een kennisbank met aanbestedingen."
        ),
    ),
    FormerDefault(
        initial_content.HOME,
        "body",
        3,
        (
            '<ul><li><a href="/deelnemers/">Deelnemers</a>: de organisaties die meedoen. '
            "Leden vinden na het inloggen hun collega's in de ledenlijst.</li><li><a "
            'href="/het-rcio/">Het RCIO</a>: hoe het Regionaal Circulair Inkoopoverleg '
            "werkt, dat elke zes weken plaatsvindt.</li><li><a "
            'href="/deelnemen/">Meedoen</a>: hoe je organisatie aansluit.</li></ul>'
        ),
    ),
    FormerDefault(
        initial_content.HOME,
        "body",
        5,
        (
            "<p>Het portaal groeit. Hieraan werken we nu:</p><ul><li>een kennisbank met "
            "circulaire aanbestedingen uit de regio, met documenten en lessen, waarin je "
            "zoekt en filtert op thema, organisatie en soort opdracht;</li><li>de "
            "bijeenkomsten van het RCIO, met agenda, thema en verslag, en een agendafeed "
            "voor je eigen agenda.</li></ul>"
        ),
    ),
    FormerDefault(
        initial_content.ABOUT,
        "body",
        7,
        (
            "<p>In de coalitie werken deze overheden samen:</p><ul><li>de Provincie "
            "Utrecht;</li><li>het Hoogheemraadschap De Stichtse Rijnlanden;</li><li>het "
            "Inkoopbureau Midden Nederland;</li><li>de meeste gemeenten in de provincie "
            'Utrecht.</li></ul><p>Op de pagina <a href="/deelnemers/">Deelnemers</a> zie je '
            "welke organisaties meedoen. Zodra de kennisbank er is, zie je daar ook welke "
            "voorbeelden zij delen. Hun inkopers en duurzaamheidsadviseurs ontmoeten elkaar "
            'in het <a href="/het-rcio/">Regionaal Circulair Inkoopoverleg</a>.</p>'
        ),
    ),
    FormerDefault(
        initial_content.RCIO,
        "body",
        3,
        (
            "<p>Vaak staat er een thema centraal, waarover je de laatste stand van zaken "
            "hoort. Ook laten deelnemers zien wat bij hen goed werkte. Eerdere thema's "
            "waren bijvoorbeeld:</p><ul><li>duurzaam groenbeheer;</li><li>de openbare "
            "ruimte duurzaam en circulair inrichten.</li></ul><p>Ook strategische "
            "onderwerpen komen aan bod, zoals:</p><ul><li>inkoopbeleid "
            "opstellen;</li><li>de Aanpak Duurzaam GWW toepassen;</li><li>werken met het "
            "Ambitieweb.</li></ul><p>De Aanpak Duurzaam GWW helpt opdrachtgevers in de "
            "grond-, weg- en waterbouw om duurzaamheid in elke fase van een project mee te "
            "nemen. Het Ambitieweb is een hulpmiddel uit die aanpak om samen ambities vast "
            "te leggen.</p><p>Besproken voorbeelden krijgen straks een plek in de "
            "kennisbank op dit portaal, die we nu bouwen. Heb je een onderwerp dat je graag "
            "besproken ziet? Geef het door via het <a "
            'href="/contact/">contactformulier</a>.</p>'
        ),
    ),
    FormerDefault(
        initial_content.JOIN,
        "body",
        None,
        (
            "<h2>Wat meedoen inhoudt</h2><ul><li>Je inkopers en adviseurs schuiven elke zes "
            "weken aan bij het Regionaal Circulair Inkoopoverleg (RCIO).</li><li>Ze krijgen "
            "een account voor de ledenlijst en voor wat de coalitie met haar leden "
            "deelt.</li><li>Je organisatie deelt haar circulaire aanbestedingen, zodat "
            "anderen ervan kunnen leren. Straks doet ze dat in de kennisbank op dit "
            "portaal, die we nu bouwen.</li></ul>"
        ),
    ),
]


def _pages() -> list[tuple[Page, dict]]:
    pages = [
        (HomePage.objects.first(), initial_content.HOME),
        (
            StandardPage.objects.filter(slug=initial_content.ABOUT["slug"]).first(),
            initial_content.ABOUT,
        ),
        (
            StandardPage.objects.filter(slug=initial_content.RCIO["slug"]).first(),
            initial_content.RCIO,
        ),
        (JoinPage.objects.first(), initial_content.JOIN),
    ]
    return [(page, texts) for page, texts in pages if page is not None]


def _updated(page: Page, defaults: list[FormerDefault]) -> bool:
    changed = False
    for default in defaults:
        if default.block is None:
            if getattr(page, default.field) == default.former:
                setattr(page, default.field, default.current)
                changed = True
            continue
        blocks = [dict(block) for block in getattr(page, default.field).raw_data]
        for block in blocks:
            if block["type"] == "paragraph" and block["value"] == default.former:
                block["value"] = default.current
                changed = True
        setattr(page, default.field, blocks)
    return changed


def library_promises_keep() -> list[Page]:
    """Publish the new texts on the pages that still carry a former default; returns them."""
    updated = []
    for page, texts in _pages():
        if page.has_unpublished_changes:
            continue
        if _updated(page, [d for d in FORMER_DEFAULTS if d.texts is texts]):
            page.save_revision().publish()
            updated.append(page)
    return updated
