"""What a case page shows beyond its own fields: its documents as the reader may have
them, and related cases."""

from knowledge.queries import is_restricted, restricted_collection_paths
from knowledge.views.compare import compare_url
from members.access import is_member


def case_context(request, case) -> dict:
    from knowledge.models import CasePage

    member = is_member(request.user)
    documents, held_back = _documents_for(case, member)
    related_cases = list(CasePage.objects.visible_to(request.user).related_to(case))
    return {
        "criteria": case.criteria.all(),
        "figures": case.figures.all(),
        "documents": documents,
        "documents_held_back": held_back,
        "strategies": case.strategies.all(),
        "themes": case.themes.live().public(),
        "instruments": case.instruments.all(),
        "related_cases": related_cases,
        "compare_with_related_url": compare_url([case.slug, *(c.slug for c in related_cases)])
        if related_cases
        else "",
        "show_contact_details": member,
    }


def _documents_for(case, member: bool) -> tuple[list, int]:
    """(document, members-only?) pairs the reader may download, and how many are held back."""
    restricted = restricted_collection_paths()
    shown, held_back = [], 0
    for item in case.documents.select_related("document__collection"):
        members_only = is_restricted(item.document.collection, restricted)
        if members_only and not member:
            held_back += 1
        else:
            shown.append((item, members_only))
    return shown, held_back
