"""The library's cards, rendered once per content generation and kept in the cache.

A page of the library shows twelve cards; loading twelve cases with their buyer and
product group and rendering them cost some 8 ms a request, more than everything else
the filters do. A card shows only what every reader of it may see (its title, buyer,
year, product group and summary), so the rendered HTML is shared by all readers of the
site until public content changes (``cirkelinkoop.page_cache``): a page of cards is one
``get_many``, and only the cards not yet kept are loaded, in one query.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from cirkelinkoop.page_cache import shared_fragments
from knowledge.models import CasePage

CARD_TEMPLATE = "knowledge/_case_card.html"


@dataclass
class Card:
    pk: int
    title: str
    slug: str
    html: SafeString


def case_cards(request, pks: list[int]) -> list[Card]:
    """The cards of the live cases ``pks``, in that order (the caller decides who may see
    which cases). A kept card comes back as it was made: its HTML still a SafeString
    (pickle keeps the type), rendered here."""
    cards = shared_fragments(request, "case-card", pks, lambda missing: _rendered(request, missing))
    return [cards[pk] for pk in pks if pk in cards]


def _rendered(request, pks) -> dict[int, Card]:
    cases = CasePage.objects.live().for_cards().order_by().in_bulk(pks)
    return {pk: _card(request, cases[pk]) for pk in pks if pk in cases}


def _card(request, case) -> Card:
    html = render_to_string(CARD_TEMPLATE, {"case": case, "request": request})
    return Card(case.pk, case.title, case.slug, html)
