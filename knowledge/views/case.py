"""What a case page shows beyond its own fields: its documents as the reader may have
them, and related cases."""

from django.utils.functional import SimpleLazyObject

from cirkelinkoop.page_cache import shared_fragment
from knowledge.cards import case_cards
from knowledge.queries import (
    is_restricted,
    restricted_collection_paths,
    without_view_restrictions,
)
from knowledge.views.compare import compare_url
from members.access import is_member


def case_context(request, case) -> dict:
    member = is_member(request.user)
    documents, held_back = documents_for_reader(request, case.documents_with_collections(), member)
    related = _related_cards(request, case, member)
    case.contact_load()
    return {
        # Lazy: read only when the part of the page every reader shares is made anew.
        "criteria": case.criteria.all(),
        "figures": case.figures.all(),
        "strategies": case.strategies.all(),
        "themes": SimpleLazyObject(lambda: list(_public_themes(case))),
        "instruments": case.instruments.all(),
        "documents": documents,
        "documents_held_back": held_back,
        "related_cases": related,
        "compare_with_related_url": compare_url([case.slug, *(card.slug for card in related)])
        if related
        else "",
        "show_contact_details": member,
    }


def _public_themes(case):
    return without_view_restrictions(case.themes.live())


def _related_cards(request, case, member: bool) -> list:
    """Cards of the cases most like this one that the reader may see; which ones is kept
    until content changes (finding them groups hundreds of cases: 15 ms at 5,000)."""
    from knowledge.models import CasePage

    def find():
        theme_ids = list(_public_themes(case).values_list("pk", flat=True))
        return CasePage.objects.visible_to(request.user).related_to(case, theme_ids)

    audience = "members" if member else "public"
    pks = shared_fragment(request, f"related-cases:{audience}:{case.pk}", find)
    return case_cards(request, pks)


def documents_for_reader(request, items, member: bool) -> tuple[list, int]:
    """(item, members-only?) pairs of ``items`` (a page's documents: a case's, a meeting's,
    each with its document and collection) the reader may download, and how many are
    held back."""
    # Kept until public content changes, which a collection's restriction is.
    restricted = shared_fragment(request, "restricted-collections", restricted_collection_paths)
    shown, held_back = [], 0
    for item in items:
        members_only = is_restricted(item.document.collection, restricted)
        if members_only and not member:
            held_back += 1
        else:
            shown.append((item, members_only))
    return shown, held_back
